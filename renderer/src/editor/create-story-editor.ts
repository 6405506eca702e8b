import { createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { ReactEditor, withReact } from 'slate-react';
import { withPaste } from './plugins/with-paste';
import { withPhotos } from './plugins/with-photos';
import { withPunctuationFlags } from './plugins/with-punctuation-flags';
import { withSubheads } from './plugins/with-subheads';
import { withSchema } from './schema/with-schema';
import type { StoryEditor } from './slate-types';

/** The story body editor: schema rules first, then behaviour, innermost to outermost. */
export function createStoryEditor(): StoryEditor {
  const base = withHistory(withReact(createEditor())) as unknown as StoryEditor;
  const editor = withPaste(withSubheads(withPhotos(withSchema(base))));
  return withPunctuationFlags(editor, (target) => ReactEditor.isComposing(target));
}
