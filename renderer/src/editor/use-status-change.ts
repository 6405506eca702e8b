import type { Dispatch, SetStateAction } from 'react';
import { ReactEditor } from 'slate-react';
import type { StatusChange } from '../../../shared/model/annotation';
import type { StoryStatus } from '../../../shared/model/story';
import type { BanmianClient } from '../ipc/bridge';
import { errorMessage } from '../ipc/error-message';
import { useI18n } from '../i18n/i18n-context';
import { readUserName } from '../ui/user-name';
import type { AnnotationController } from './annotations/annotation-controller';
import type { StorySession } from './saving/story-session';
import type { StoryEditor } from './slate-types';

/**
 * Routing: a story entering a step goes to whoever was last given that step (the one on duty,
 * e.g. the proofreader for proofing); the assign box beside the editor gives it to someone else.
 * No one known (or no answer): the change is made without routing.
 */
async function onDutyFor(client: BanmianClient, status: StoryStatus): Promise<string | undefined> {
  try {
    return (await client.call('tasks.people', {})).onDuty[status];
  } catch {
    return undefined;
  }
}

/** A status change through the workflow: saved with the version, recorded with who and when, and routed. */
export function useStatusChange({
  client,
  editor,
  controller,
  session,
  storyId,
  currentStatus,
  onSaved,
  setHistory,
  notify,
}: {
  client: BanmianClient;
  editor: StoryEditor;
  controller: AnnotationController;
  session: StorySession;
  storyId: string;
  /** The status as the editor holds it now (read when the change is asked for). */
  currentStatus: () => StoryStatus;
  onSaved: (status: StoryStatus) => void;
  setHistory: Dispatch<SetStateAction<StatusChange[]>>;
  notify: (text: string) => void;
}) {
  const { t } = useI18n();
  return async (status: StoryStatus) => {
    const author = readUserName();
    if (!author) {
      notify(t.proof.messages.needName);
      return;
    }
    if (ReactEditor.isComposing(editor) || status === currentStatus()) return;
    await controller.flushPatches();
    const assignTo = await onDutyFor(client, status);
    try {
      const saved = await session.saveWith(async (base) => {
        const result = await client.call('stories.setStatus', { id: storyId, version: base.version, status, author, ...(assignTo ? { assignTo } : {}) });
        setHistory((changes) => [...changes, result.change]);
        return result.story;
      });
      if (saved) onSaved(saved.status);
    } catch (error) {
      notify(errorMessage(error));
    }
  };
}
