import { Editor, Element, Path, Transforms } from 'slate';
import { blocksFromHtmlTree, defuseInlineStyles } from '../paste/html-to-blocks';
import { blocksFromPlainText } from '../paste/plain-text-to-blocks';
import type { StoryEditor, TextBlock } from '../slate-types';

const SLATE_FRAGMENT = 'application/x-slate-fragment';

/**
 * Paste and drop sanitised to the schema. Copy from this editor keeps its blocks (Slate's
 * own fragment, which normalisation still checks); HTML from Word or the web goes through
 * DOMParser — an inert document, nothing loads or runs — and keeps only paragraphs,
 * subheads and bold; plain text becomes paragraphs.
 */
export function withPaste<E extends StoryEditor>(editor: E): E {
  const { insertData } = editor;

  editor.insertData = (data: DataTransfer) => {
    const html = data.getData('text/html');
    if (data.types.includes(SLATE_FRAGMENT) || html.includes('data-slate-fragment')) {
      insertData(data);
      return;
    }
    if (html) {
      const document = new DOMParser().parseFromString(defuseInlineStyles(html), 'text/html');
      const blocks = blocksFromHtmlTree(document.body);
      if (blocks.length > 0) {
        insertBlocks(editor, blocks);
        return;
      }
    }
    const text = data.getData('text/plain');
    if (text) insertBlocks(editor, blocksFromPlainText(text));
  };

  return editor;
}

/** Pasted blocks: merged into the text at the caret, or placed after a selected photo. */
export function insertBlocks(editor: Editor, blocks: TextBlock[]): void {
  if (blocks.length === 0) return;
  const photo = editor.selection
    ? Editor.above(editor, { at: editor.selection, match: (n) => Element.isElement(n) && n.type === 'photo', voids: true })
    : undefined;
  if (photo) {
    const at = Path.next(photo[1]);
    Transforms.insertNodes(editor, blocks, { at });
    Transforms.select(editor, Editor.end(editor, [at[0]! + blocks.length - 1]));
    return;
  }
  Transforms.insertFragment(editor, blocks);
}
