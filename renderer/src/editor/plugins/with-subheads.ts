import { Editor, Range, Transforms } from 'slate';
import { blockAbove, elementText } from '../schema/block-shapes';

/**
 * Subheads (小标题) and pull quotes on the keyboard. A subhead holds one or two lines:
 * Shift+Enter inside a one-line subhead starts its second line ("\n"), and does nothing
 * in a subhead that already has two. Enter always leaves a subhead for a paragraph, and
 * Enter in an empty pull quote turns it back into a paragraph. Shift+Enter elsewhere is
 * a paragraph break: body paragraphs have no soft line breaks.
 */
export function withSubheads<E extends Editor>(editor: E): E {
  const { insertBreak } = editor;

  const currentBlock = () => blockAbove(editor) ?? null;

  editor.insertSoftBreak = () => {
    const entry = currentBlock();
    if (!entry || entry[0].type !== 'subhead') {
      editor.insertBreak();
      return;
    }
    if (editor.selection && Range.isExpanded(editor.selection)) Editor.deleteFragment(editor);
    if (elementText(entry[0]).includes('\n')) return;
    Editor.insertText(editor, '\n');
  };

  editor.insertBreak = () => {
    const entry = currentBlock();
    if (!entry) {
      insertBreak();
      return;
    }
    const [block, path] = entry;
    if (block.type === 'pull-quote' && elementText(block) === '') {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
      return;
    }
    if (block.type !== 'subhead') {
      insertBreak();
      return;
    }
    Editor.withoutNormalizing(editor, () => {
      insertBreak();
      const after = currentBlock();
      if (after && after[0].type === 'subhead') {
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: after[1] });
        // A break typed right after the subhead's line break leaves nothing to carry over.
        const text = elementText(after[0]);
        if (text.startsWith('\n')) Transforms.delete(editor, { at: { path: [...after[1], 0], offset: 0 }, distance: 1 });
      }
    });
  };

  return editor;
}
