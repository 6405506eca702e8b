import { Editor, Point, Range, type BaseRange } from 'slate';
import type { ProofEditor, SuggestAction } from '../slate-types';

/**
 * Suggest mode: while a story is in proofing its text changes only through suggestions.
 * Typing, deleting, Enter and paste are turned into suggestions (`onSuggest`); every other
 * operation that would change the text (formatting, drag and drop, undo of earlier edits) is
 * dropped, except inside `withDirectEdits` — accepting a mark, or taking in another window's
 * save. Selection changes always go through.
 */
export function withSuggestMode<E extends Editor>(editor: E): E & Pick<ProofEditor, 'suggesting' | 'onSuggest' | 'withDirectEdits'> {
  const target = editor as E & ProofEditor;
  const { apply, insertText, deleteBackward, deleteForward, deleteFragment, insertBreak, insertSoftBreak, insertData, insertFragment } = editor;
  let direct = 0;

  target.suggesting = false;
  target.onSuggest = null;
  const suggesting = () => target.suggesting && direct === 0;
  const suggest = (action: SuggestAction) => target.onSuggest?.(action);

  target.withDirectEdits = (fn) => {
    direct += 1;
    try {
      fn();
    } finally {
      direct -= 1;
    }
  };

  target.apply = (op) => {
    if (suggesting() && op.type !== 'set_selection') {
      suggest({ type: 'refused' });
      return;
    }
    apply(op);
  };

  target.insertText = (text, options) => {
    if (!suggesting()) return insertText(text, options);
    const at = (options?.at && Range.isRange(options.at) ? options.at : null) ?? editor.selection;
    if (at) suggest({ type: 'insert', at, text });
  };

  const deleteBy = (direction: 'backward' | 'forward', unit: 'character' | 'word' | 'line' | 'block') => {
    const { selection } = editor;
    if (!selection) return;
    if (Range.isExpanded(selection)) {
      suggest({ type: 'delete', at: selection, direction });
      return;
    }
    const here = selection.anchor;
    const block = here.path[0]!;
    const edge = direction === 'backward' ? Editor.start(editor, [block]) : Editor.end(editor, [block]);
    if (Point.equals(here, edge)) {
      // Backspace at a paragraph's start, Delete at its end: the paragraphs should join (接排).
      const joined = direction === 'backward' ? block - 1 : block;
      if (joined >= 0 && joined + 1 < editor.children.length) suggest({ type: 'join', block: joined });
      return;
    }
    const other = direction === 'backward' ? Editor.before(editor, here, { unit }) : Editor.after(editor, here, { unit });
    if (!other) return;
    // Never across the block edge: a word or line unit stops at the paragraph's start or end.
    const stop = other.path[0] === block ? other : edge;
    const at: BaseRange = direction === 'backward' ? { anchor: stop, focus: here } : { anchor: here, focus: stop };
    suggest({ type: 'delete', at, direction });
  };

  target.deleteBackward = (unit) => (suggesting() ? deleteBy('backward', unit) : deleteBackward(unit));
  target.deleteForward = (unit) => (suggesting() ? deleteBy('forward', unit) : deleteForward(unit));
  target.deleteFragment = (options) => {
    if (!suggesting()) return deleteFragment(options);
    const { selection } = editor;
    if (selection && Range.isExpanded(selection)) suggest({ type: 'delete', at: selection, direction: options?.direction ?? 'forward' });
  };
  target.insertBreak = () => {
    if (!suggesting()) return insertBreak();
    if (editor.selection) suggest({ type: 'split', at: editor.selection });
  };
  target.insertSoftBreak = () => {
    if (!suggesting()) return insertSoftBreak();
    if (editor.selection) suggest({ type: 'split', at: editor.selection });
  };
  target.insertFragment = (fragment, options) => {
    if (!suggesting()) return insertFragment(fragment, options);
    suggest({ type: 'refused' });
  };

  // Paste: the plain text becomes one suggested insertion (or replacement of the selection).
  const withData = target as typeof target & { insertData?: (data: DataTransfer) => void };
  if (typeof insertData === 'function') {
    withData.insertData = (data: DataTransfer) => {
      if (!suggesting()) return (insertData as (data: DataTransfer) => void)(data);
      const text = data.getData('text/plain').replace(/\s*[\r\n]+\s*/g, '');
      if (text && editor.selection) suggest({ type: 'insert', at: editor.selection, text });
    };
  }

  return target;
}
