import { Editor, Element, Node, Path, Range, Transforms } from 'slate';
import { blockAbove, emptyPhoto, isTextBlockType, textBlock } from './schema/block-shapes';
import type { LeafMark, StoryEditor, StoryElement, TextBlockType } from './slate-types';

/** Editing commands shared by the toolbar and the keyboard shortcuts. */

export function isMarkActive(editor: Editor, mark: LeafMark): boolean {
  const marks = Editor.marks(editor);
  return marks?.[mark] === true;
}

export function toggleMark(editor: Editor, mark: LeafMark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

/** The type of the block the selection starts in, or null without a selection. */
export function activeBlockType(editor: Editor): StoryElement['type'] | null {
  const { selection } = editor;
  if (!selection) return null;
  return blockAbove(editor, Range.start(selection))?.[0].type ?? null;
}

/**
 * Makes the selected text blocks `type`, or paragraphs again when they already are
 * (so the subhead button toggles). Photos in the selection are left alone.
 */
export function toggleBlockType(editor: Editor, type: TextBlockType): void {
  const next: TextBlockType = activeBlockType(editor) === type ? 'paragraph' : type;
  Transforms.setNodes(editor, { type: next }, { match: (n) => Element.isElement(n) && isTextBlockType(n.type) });
}

/** Inserts an empty photo block after the current block and leaves the caret in the block after it. */
export function insertPhoto(editor: StoryEditor): void {
  const { selection } = editor;
  const at = selection ? Path.next([Range.end(selection).path[0]!]) : [editor.children.length];
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(editor, emptyPhoto(), { at, select: false });
    // A photo at the end gets a paragraph after it, so there is somewhere to go on typing.
    if (!Node.has(editor, Path.next(at))) Transforms.insertNodes(editor, textBlock('paragraph'), { at: Path.next(at), select: false });
  });
  Transforms.select(editor, { path: [...at, 0], offset: 0 });
}

/** Sets a photo's caption or credit (from the inputs inside the void element). */
export function setPhotoText(editor: Editor, path: Path, key: 'caption' | 'credit', value: string): void {
  Transforms.setNodes(editor, { [key]: value }, { at: path, voids: true });
}
