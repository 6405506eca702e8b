import { Editor, Element, type Descendant, type Location, type NodeEntry } from 'slate';
import type { Block } from '../../../../shared/model/story';
import type { BlockType } from '../../../../shared/model/story';
import { LEAF_MARKS, type StoryElement, type TextBlock, type TextBlockType } from '../slate-types';

/** The element types of the story schema, and the keys each may carry besides `children`. */
export const ELEMENT_KEYS: Record<BlockType, readonly string[]> = {
  paragraph: ['type'],
  subhead: ['type'],
  'pull-quote': ['type'],
  photo: ['type', 'assetId', 'caption', 'credit'],
};

export const TEXT_KEYS: readonly string[] = ['text', ...LEAF_MARKS];

export function isBlockType(value: unknown): value is BlockType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ELEMENT_KEYS, value);
}

export function isTextBlockType(value: unknown): value is TextBlockType {
  return value === 'paragraph' || value === 'subhead' || value === 'pull-quote';
}

export function textBlock(type: TextBlockType, text = ''): TextBlock {
  return { type, children: [{ text }] };
}

export function emptyPhoto(): StoryElement {
  return { type: 'photo', assetId: null, caption: '', credit: '', children: [{ text: '' }] };
}

/** Plain text of a block as Slate holds it (a photo gives its caption). */
export function elementText(element: StoryElement | Descendant): string {
  if ('type' in element && element.type === 'photo') return element.caption;
  if ('children' in element) return element.children.map((child) => elementText(child as Descendant)).join('');
  return element.text;
}

/** The top-level block at a location (photos included), typed as a story element. */
export function blockAbove(editor: Editor, at?: Location): NodeEntry<StoryElement> | undefined {
  const location = at ?? editor.selection;
  if (!location) return undefined;
  return Editor.above<StoryElement>(editor, {
    at: location,
    match: (n): n is StoryElement => Element.isElement(n) && Editor.isBlock(editor, n),
    voids: true,
  });
}

/** The editor's value as the stored body: normalisation keeps only blocks at the top level. */
export function bodyOf(editor: Editor): Block[] {
  return editor.children as Block[];
}
