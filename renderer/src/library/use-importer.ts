import { useCallback, useState } from 'react';
import type { ImportResult } from '../../../shared/ipc/contract-types';
import { IpcError } from '../../../shared/ipc/result';
import type { BanmianClient } from '../ipc/bridge';
import { errorMessage } from '../ipc/error-message';
import { encodeBase64, isImportable } from '../ui/file-encoding';
import { useI18n } from '../i18n/i18n-context';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'importing'; total: number }
  | { kind: 'done'; result: ImportResult; files: number }
  | { kind: 'error'; message: string; issues: string[] };

/**
 * Reads the chosen or dropped files, sends them in one `import.files` call (the main
 * process imports all or nothing) and keeps the outcome for the status line.
 */
export function useImporter(client: BanmianClient) {
  const { t } = useI18n();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const refused = files.filter((file) => !isImportable(file.name));
      if (refused.length > 0) {
        setState({ kind: 'error', message: t.importer.unsupported(refused.map((file) => file.name).join('、')), issues: [] });
        return;
      }
      const payload: Array<{ name: string; base64: string }> = [];
      for (const [index, file] of files.entries()) {
        setState({ kind: 'reading', done: index, total: files.length });
        try {
          payload.push({ name: file.name, base64: encodeBase64(new Uint8Array(await file.arrayBuffer())) });
        } catch {
          setState({ kind: 'error', message: t.importer.readFailed(file.name), issues: [] });
          return;
        }
      }
      setState({ kind: 'importing', total: files.length });
      try {
        const result = await client.call('import.files', { files: payload });
        setState({ kind: 'done', result, files: files.length });
      } catch (error) {
        setState({
          kind: 'error',
          message: errorMessage(error),
          issues: error instanceof IpcError ? error.issues : [],
        });
      }
    },
    [client, t],
  );

  /** The desktop shell's native picker (menu → Import), which needs no click in the page. */
  const importWithDialog = useCallback(async () => {
    try {
      const result = await client.call('import.dialog', {});
      if (result.stories.length > 0) setState({ kind: 'done', result, files: new Set(result.stories.map((s) => s.fileName)).size });
    } catch (error) {
      setState({ kind: 'error', message: errorMessage(error), issues: error instanceof IpcError ? error.issues : [] });
    }
  }, [client]);

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);

  return { state, importFiles, importWithDialog, dismiss };
}
