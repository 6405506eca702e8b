import { BanmianError } from '../../shared/ipc/result';
import { exportProofFromDesk } from '../proof/proof-export';
import { setStoryStatus } from '../proof/story-status';
import type { Handlers, Services } from './handler-types';

type ProofreadingCommand =
  | 'annotations.list'
  | 'annotations.create'
  | 'annotations.update'
  | 'annotations.setStatus'
  | 'annotations.reanchor'
  | 'annotations.remove'
  | 'stories.setStatus'
  | 'stories.statusHistory'
  | 'proof.exportPage';

/**
 * Proofreading commands (docs/proofreading.md): marks on a story's text and the story's status
 * workflow. Every change is announced with `annotations.changed`, so other windows showing
 * the story reload its marks; a status change is a save, announced with `stories.changed`.
 */
export function proofreadingHandlers(services: Services): Pick<Handlers, ProofreadingCommand> {
  const { store } = services;
  const marksChanged = (storyId: string) => services.notify?.('annotations.changed', { storyId });

  return {
    'annotations.list': ({ storyId }) => {
      store.stories.get(storyId); // 'not-found' for an unknown story rather than an empty list
      return store.annotations.listByStory(storyId);
    },
    'annotations.create': (input) => {
      const created = store.annotations.create(input);
      marksChanged(created.storyId);
      return created;
    },
    'annotations.update': ({ id, author, patch }) => {
      const current = store.annotations.get(id);
      // The correction and the note are the author's; anyone may move an anchor (the editor does, as text changes).
      if ((patch.text !== undefined || patch.body !== undefined || patch.kind !== undefined) && current.author !== author) {
        throw new BanmianError('forbidden', `Only ${current.author} can change what this mark says.`);
      }
      const updated = store.annotations.update(id, patch);
      marksChanged(updated.storyId);
      return updated;
    },
    'annotations.setStatus': ({ id, status, author }) => {
      const updated = store.annotations.updateStatus(id, status, author);
      marksChanged(updated.storyId);
      return updated;
    },
    'annotations.reanchor': ({ storyId, version, anchors }) => {
      const updated = store.annotations.reanchor(storyId, version, anchors);
      if (updated > 0) marksChanged(storyId);
      return { updated };
    },
    'annotations.remove': ({ id, author }) => {
      const { storyId } = store.annotations.get(id);
      store.annotations.remove(id, author);
      marksChanged(storyId);
      return { id };
    },
    'stories.setStatus': (input) => {
      // Routing signs the assignment as the newsroom user (outside a newsroom, the workstation's name).
      const result = setStoryStatus(store, { ...input, assignedBy: services.newsroom?.user() ?? input.author });
      services.notify?.('stories.changed', { ids: [input.id] });
      if (result.assignment) services.notify?.('tasks.changed', { ids: [result.assignment.id] });
      return result;
    },
    'stories.statusHistory': ({ id }) => {
      store.stories.get(id);
      return store.statusHistory.list(id);
    },
    'proof.exportPage': async ({ document, drafts }) => {
      if (!services.pickPdfPath) throw new BanmianError('forbidden', 'This shell cannot save files.');
      return exportProofFromDesk(store, document, drafts, services.pickPdfPath);
    },
  };
}
