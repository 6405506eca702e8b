import { createEditor, Editor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { withPhotos } from '../../../../renderer/src/editor/plugins/with-photos';
import { withSubheads } from '../../../../renderer/src/editor/plugins/with-subheads';
import { withSchema } from '../../../../renderer/src/editor/schema/with-schema';
import type { StoryEditor } from '../../../../renderer/src/editor/slate-types';

/**
 * The story editor's schema and behaviour plugins on a plain Slate editor (no DOM): the
 * same plugin chain as createStoryEditor minus withReact and paste, which need a browser.
 */
export function storyEditor(children: unknown[]): StoryEditor {
  const editor = withSubheads(withPhotos(withSchema(withHistory(createEditor())))) as unknown as StoryEditor;
  editor.children = children as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

export const p = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'paragraph', children: [{ text }], ...extra });
export const sub = (text: string) => ({ type: 'subhead', children: [{ text }] });
export const photo = (caption = '') => ({ type: 'photo', assetId: null, caption, credit: '', children: [{ text: '' }] });
