import { activeBlockType, toggleBlockType, toggleMark } from '../commands';
import type { StoryEditor } from '../slate-types';
import type { EditorCommand } from './hotkeys';

/** Runs a toolbar or keyboard command on the body. */
export function runCommand(editor: StoryEditor, command: EditorCommand): void {
  // In proofing the text changes only through suggestions: formatting and undo are refused.
  if (editor.suggesting) {
    editor.onSuggest?.({ type: 'refused' });
    return;
  }
  switch (command) {
    case 'bold':
    case 'italic':
    case 'emphasis':
      toggleMark(editor, command);
      return;
    case 'undo':
      editor.undo();
      return;
    case 'redo':
      editor.redo();
      return;
    case 'paragraph':
      if (activeBlockType(editor) !== 'paragraph') toggleBlockType(editor, 'paragraph');
      return;
    case 'subhead':
    case 'pull-quote':
      toggleBlockType(editor, command);
      return;
  }
}
