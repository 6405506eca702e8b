import { BanmianError } from '../../shared/ipc/result';
import type { Handlers, Services } from './handlers';
import { composeDocument } from '../pages/compose-service';
import { suggestedPdfName, withDrafts } from '../pages/desk-export';
import { proofMarksFor, writeProofPdf } from '../proof/proof-pdf';

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
    'stories.setStatus': ({ id, version, status, author, note }) => {
      // One transaction: the save (with its version check) and the history entry stand or fall together.
      const result = store.annotations.transaction(() => {
        const before = store.stories.get(id);
        if (before.status === status) throw new BanmianError('invalid-input', `The story is already in status "${status}".`);
        const story = store.stories.save(id, version, { status });
        const change = store.annotations.recordStatusChange({ storyId: id, from: before.status, to: status, author, version: story.version, note });
        return { story, change };
      });
      services.notify?.('stories.changed', { ids: [id] });
      return result;
    },
    'stories.statusHistory': ({ id }) => {
      store.stories.get(id);
      return store.annotations.statusHistory(id);
    },
    'proof.exportPage': async ({ document, drafts }) => {
      if (!services.pickPdfPath) throw new BanmianError('forbidden', 'This shell cannot save files.');
      const path = await services.pickPdfPath(suggestedPdfName(document).replace(/\.pdf$/, ' 校样.pdf'));
      if (!path) return { written: false, placed: 0, unplaced: [] };
      const doc = withDrafts(document, drafts);
      const page = await composeDocument(doc, { store, forPdf: true });
      const report = await writeProofPdf(page, path, { annotations: proofMarksFor(doc, { store }), store });
      return { written: true, path: report.path, bytes: report.bytes, placed: report.placed, unplaced: report.unplaced };
    },
  };
}
