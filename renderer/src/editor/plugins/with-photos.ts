import { Editor, Element, Node, Path, Range, Transforms } from 'slate';
import { elementText, textBlock } from '../schema/block-shapes';

/**
 * Photo blocks (voids) in the flow of typing: Enter on a selected photo opens a paragraph
 * after it, text typed (or committed by an IME) with a photo selected goes into a new
 * paragraph after it instead of nowhere, and Backspace at the start of the block after a
 * photo selects the photo instead of deleting it with its caption (a second one deletes it).
 */
export function withPhotos<E extends Editor>(editor: E): E {
  const { insertBreak, deleteBackward, insertText } = editor;

  const photoAtSelection = () =>
    editor.selection ? Editor.above(editor, { at: editor.selection, match: (n) => Element.isElement(n) && n.type === 'photo', voids: true }) : undefined;

  editor.insertBreak = () => {
    const photo = photoAtSelection();
    if (!photo) {
      insertBreak();
      return;
    }
    const at = Path.next(photo[1]);
    Transforms.insertNodes(editor, textBlock('paragraph'), { at, select: true });
  };

  editor.insertText = (text, options) => {
    const photo = photoAtSelection();
    if (!photo || (editor.selection && Range.isExpanded(editor.selection))) {
      insertText(text, options);
      return;
    }
    const at = Path.next(photo[1]);
    Transforms.insertNodes(editor, textBlock('paragraph', text), { at, select: false });
    Transforms.select(editor, Editor.end(editor, at));
  };

  editor.deleteBackward = (unit) => {
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection)) {
      const blockPath = selection.anchor.path.slice(0, 1);
      const atStart = Editor.isStart(editor, selection.anchor, blockPath);
      if (atStart && Path.hasPrevious(blockPath)) {
        const previousPath = Path.previous(blockPath);
        const previous = Node.get(editor, previousPath);
        if (Element.isElement(previous) && previous.type === 'photo') {
          const current = Node.get(editor, blockPath);
          if (Element.isElement(current) && elementText(current) === '') Transforms.removeNodes(editor, { at: blockPath });
          Transforms.select(editor, Editor.start(editor, previousPath));
          return;
        }
      }
    }
    deleteBackward(unit);
  };

  return editor;
}
