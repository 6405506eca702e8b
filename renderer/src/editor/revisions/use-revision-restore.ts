import { ReactEditor } from 'slate-react';
import type { StoryRevision } from '../../../../shared/ipc/contract-types';
import type { StoryFields } from '../../../../shared/model/story';
import { useI18n } from '../../i18n/i18n-context';
import { replaceBody } from '../body/replace-body';
import { headFrom, type HeadFields } from '../fields/head-fields';
import type { StorySession } from '../saving/story-session';
import type { StoryEditor } from '../slate-types';
import type { Notice } from '../story-notices';

/**
 * Restoring a revision replaces head and body together, so it is undone together, from the
 * notice (the body's undo history starts afresh); the text before is also kept as a revision.
 */
export function useRevisionRestore({
  editor,
  session,
  readCurrent,
  updateHead,
  setNotice,
}: {
  editor: StoryEditor;
  session: StorySession;
  readCurrent: () => StoryFields;
  updateHead: (patch: Partial<HeadFields>) => void;
  setNotice: (notice: Notice | null) => void;
}) {
  const { t } = useI18n();
  /** Puts whole fields in the editor as the user's change, saved at once. */
  const putFields = (fields: StoryFields) => {
    updateHead(headFrom(fields));
    replaceBody(editor, fields.body, { undoable: false });
    void session.flush();
  };
  return (revision: StoryRevision) => {
    if (ReactEditor.isComposing(editor)) return;
    if (editor.suggesting) {
      setNotice({ text: t.proof.messages.refused });
      return;
    }
    const before = readCurrent();
    putFields(revision.fields);
    setNotice({
      text: t.editor.revisions.restored(revision.version),
      action: {
        label: t.editor.revisions.undoRestore,
        run: () => {
          if (ReactEditor.isComposing(editor)) return;
          putFields(before);
          setNotice(null);
        },
      },
    });
  };
}
