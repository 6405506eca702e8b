import { useCallback, useState } from 'react';
import type { ProofExportResult } from '../../../../shared/ipc/contract-types';
import type { BanmianClient } from '../../ipc/bridge';
import { errorMessage } from '../../ipc/error-message';
import { IpcError } from '../../../../shared/ipc/result';
import { useI18n } from '../../i18n/i18n-context';
import type { ExportState } from '../panels/export-dialog';
import type { PageComposer } from './page-composer';
import type { WorkspaceStore } from './workspace-store';

export type ProofExportState = { state: 'writing' } | { state: 'done'; result: ProofExportResult } | { state: 'error'; message: string };

/** The writer's refusal in the window's language, when the main process sent its code. */
function exportFailure(failures: Record<string, string>, error: unknown): string | undefined {
  const code = error instanceof IpcError ? (error.details as { exportFailure?: { code?: string } } | undefined)?.exportFailure?.code : undefined;
  return code && Object.prototype.hasOwnProperty.call(failures, code) ? failures[code] : undefined;
}

/** The print PDF (a dialog: preflight, then writing) and the proof PDF (a notice), with the drafts typed beside the page. */
export function useDeskExports(client: BanmianClient, store: WorkspaceStore, composer: PageComposer) {
  const failures = useI18n().t.pageDesk.export.failures;
  const [exportState, setExportState] = useState<ExportState | null>(null);
  const [proofExport, setProofExport] = useState<ProofExportState | null>(null);
  const openExport = useCallback(() => setExportState({ step: 'preflight' }), []);
  const closeExport = useCallback(() => setExportState(null), []);
  const runExport = async () => {
    setExportState({ step: 'writing', startedAt: performance.now() });
    try {
      const result = await client.call('pages.exportPdf', { document: store.doc, drafts: composer.currentDrafts() });
      setExportState({ step: 'done', result });
    } catch (error) {
      setExportState({ step: 'error', message: exportFailure(failures, error) ?? errorMessage(error) });
    }
  };
  const runProofExport = async () => {
    setProofExport({ state: 'writing' });
    try {
      const result = await client.call('proof.exportPage', { document: store.doc, drafts: composer.currentDrafts() });
      setProofExport({ state: 'done', result });
    } catch (error) {
      setProofExport({ state: 'error', message: errorMessage(error) });
    }
  };
  const dismissProofExport = useCallback(() => setProofExport(null), []);
  return { exportState, openExport, closeExport, runExport, proofExport, runProofExport, dismissProofExport };
}
