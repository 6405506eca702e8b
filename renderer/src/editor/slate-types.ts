import type { BaseEditor, BaseRange, NodeEntry } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { Block, BlockType, PhotoBlock, TextLeaf } from '../../../shared/model/story';

/**
 * Slate's CustomTypes from the stored schema in shared/model/story.ts: an element is a
 * story Block, a text is a TextLeaf. Decoration-only properties are listed separately;
 * withSchema strips them if they ever reach the value.
 */

/** What a punctuation flag decoration puts on a leaf (never stored). */
export type PunctuationFlagKind = 'latin-in-han' | 'fullwidth-ascii';

export interface DecorationMarks {
  flag?: PunctuationFlagKind;
  /** The character the flag suggests, e.g. "，" for a Latin comma between Han characters. */
  suggestion?: string;
}

export type StoryText = TextLeaf & DecorationMarks;
export type StoryElement = Block;
export type TextBlock = Exclude<Block, PhotoBlock>;
export type TextBlockType = TextBlock['type'];
export type { BlockType, PhotoBlock };

/** Marks a leaf may carry; anything else is dropped by normalisation. */
export const LEAF_MARKS = ['bold', 'italic'] as const;
export type LeafMark = (typeof LEAF_MARKS)[number];

/** What withPunctuationFlags adds to the editor. */
export interface PunctuationFlagsEditor {
  /** Decoration ranges for one node; stable while an IME composition is open. */
  punctuationDecorations(entry: NodeEntry): BaseRange[];
  /** Flags in the whole body (cached per block). */
  punctuationFlagCount(): number;
  /** True when a block changed during a composition and decorations must be refreshed after it. */
  takeStaleDecorations(): boolean;
}

export type StoryEditor = BaseEditor & ReactEditor & HistoryEditor & PunctuationFlagsEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: StoryEditor;
    Element: StoryElement;
    Text: StoryText;
  }
}
