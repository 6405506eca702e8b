import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { Block } from '../../../../shared/model/story';
import { textBlock } from '../schema/block-shapes';
import type { StoryEditor } from '../slate-types';

/**
 * Puts a stored body into the editor with the fewest operations (Slate's setChildren keeps
 * unchanged blocks, and the selection where it still fits). `undoable: false` is for
 * content that is not the user's edit — another window's save — and starts the undo
 * history afresh, since the old steps no longer fit the text.
 */
export function replaceBody(editor: StoryEditor, body: readonly Block[], { undoable }: { undoable: boolean }): void {
  const value = body.length > 0 ? [...body] : [textBlock('paragraph')];
  if (undoable) {
    Transforms.setChildren(editor, value);
    return;
  }
  HistoryEditor.withoutSaving(editor, () => Transforms.setChildren(editor, value));
  editor.history = { undos: [], redos: [] };
}

/** A freshly loaded body, normalised to the schema before Slate first renders it, outside the history. */
export function loadBody(editor: StoryEditor, body: readonly Block[]): void {
  editor.children = body.length > 0 ? [...body] : [textBlock('paragraph')];
  HistoryEditor.withoutSaving(editor, () => Editor.normalize(editor, { force: true }));
}
