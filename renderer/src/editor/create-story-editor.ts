import { createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { ReactEditor, withReact } from 'slate-react';
import { withPaste } from './plugins/with-paste';
import { withPhotos } from './plugins/with-photos';
import { withPunctuationFlags } from './plugins/with-punctuation-flags';
import { withSubheads } from './plugins/with-subheads';
import { withSuggestMode } from './plugins/with-suggest-mode';
import { withSchema } from './schema/with-schema';
import type { StoryEditor } from './slate-types';

/**
 * The story body editor: schema rules first, then behaviour, innermost to outermost. Suggest
 * mode is outermost, so that in proofing nothing below it sees an edit it turned into a
 * suggestion. Proofreading decorations come from the AnnotationController once one is attached.
 */
export function createStoryEditor(): StoryEditor {
  const base = withHistory(withReact(createEditor())) as unknown as StoryEditor;
  const editor = withSuggestMode(withPunctuationFlags(withPaste(withSubheads(withPhotos(withSchema(base)))), (target) => ReactEditor.isComposing(target))) as StoryEditor;
  editor.proofDecorations = () => [];
  editor.proofEpoch = { subscribe: () => () => undefined, get: () => 0 };
  return editor;
}
