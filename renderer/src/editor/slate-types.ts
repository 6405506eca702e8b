import type { BaseEditor, BaseRange, NodeEntry } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { Block, BlockType, PhotoBlock, TextLeaf } from '../../../shared/model/story';
import type { AnnotationKind } from '../../../shared/model/annotation';

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
  /** Proofreading marks over this text (comments, suggested deletions, proof marks). */
  notes?: NoteMark[];
  /** Text a mark would add, drawn beside this text but not part of it (suggested insertions, ¶, …). */
  widgets?: MarkWidget[];
}

/** One proofreading mark as a decoration draws it. */
export interface NoteMark {
  id: string;
  kind: AnnotationKind;
  /** Round colour for proof marks and notes, the author's colour for suggestions. */
  color: string;
  selected: boolean;
  /** Tooltip: kind, author, round and note. */
  title: string;
}

export interface MarkWidget {
  id: string;
  kind: AnnotationKind;
  text: string;
  color: string;
  /** Drawn before or after the decorated character. */
  position: 'before' | 'after';
  selected: boolean;
  title: string;
}

/** What typing does in suggest mode: the text stays, a suggestion is made instead. */
export type SuggestAction =
  | { type: 'insert'; at: BaseRange; text: string }
  | { type: 'delete'; at: BaseRange; direction: 'backward' | 'forward' }
  | { type: 'split'; at: BaseRange }
  /** Join block `block` with the one after it. */
  | { type: 'join'; block: number }
  /** Something other than typing tried to change the text (formatting, drag and drop, undo). */
  | { type: 'refused' };

/** What withSuggestMode and the annotation controller add to the editor. */
export interface ProofEditor {
  /** The story is in proofing: the text changes only through suggestions. */
  suggesting: boolean;
  /** Where suggest mode sends what the user typed or deleted. */
  onSuggest: ((action: SuggestAction) => void) | null;
  /** Runs `fn` with the text editable even in suggest mode (accepting a mark, another window's save). */
  withDirectEdits(fn: () => void): void;
  /** Decoration ranges of the marks in one node; stable while an IME composition is open. */
  proofDecorations(entry: NodeEntry): BaseRange[];
  /** Bumped when the marks' decorations change (never during a composition). */
  proofEpoch: { subscribe(listener: () => void): () => void; get(): number };
}

export type StoryText = TextLeaf & DecorationMarks;
export type StoryElement = Block;
export type TextBlock = Exclude<Block, PhotoBlock>;
export type TextBlockType = TextBlock['type'];
export type { BlockType, PhotoBlock };

/** Marks a leaf may carry; anything else is dropped by normalisation. */
export const LEAF_MARKS = ['bold', 'italic', 'emphasis'] as const;
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

export type StoryEditor = BaseEditor & ReactEditor & HistoryEditor & PunctuationFlagsEditor & ProofEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: StoryEditor;
    Element: StoryElement;
    Text: StoryText;
  }
}
