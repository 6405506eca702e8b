import { useCallback } from 'react';
import type { CopyfitLimits, CopyfitOutcome } from '../../../../shared/compose/copyfit';
import type { BanmianClient } from '../../ipc/bridge';
import { errorMessage } from '../../ipc/error-message';
import { setStoryCopyfit } from './frame-edits';
import type { PageComposer } from './page-composer';
import type { WorkspaceStore } from './workspace-store';

/**
 * "Fit to frames" (缩字/扩字/撑行): the main process finds the copyfit for the page as it stands (with the
 * stories being typed), and the page takes it as one undoable change. The outcome is returned for
 * the inspector to say what changed; null when the command failed (said in a notice).
 */
export function useStoryFit(client: BanmianClient, store: WorkspaceStore, composer: PageComposer, label: string, onNotice: (text: string) => void) {
  return useCallback(
    async (frameId: string, limits: CopyfitLimits): Promise<CopyfitOutcome | null> => {
      try {
        const drafts = composer.draftStories();
        const outcome = await client.call('pages.fitStory', { document: store.doc, frameId, ...limits, ...(Object.keys(drafts).length ? { drafts } : {}) });
        store.change(label, (d) => setStoryCopyfit(d, outcome.frameId, outcome.copyfit));
        return outcome;
      } catch (error) {
        onNotice(errorMessage(error));
        return null;
      }
    },
    [client, store, composer, label, onNotice],
  );
}
