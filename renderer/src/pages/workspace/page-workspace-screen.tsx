import '../page-desk.css';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/ipc/contract-types';
import type { PageView } from '../../../../shared/ipc/page-contract';
import { useClient } from '../../ipc/client-context';
import { errorMessage } from '../../ipc/error-message';
import { preloadPageFonts } from '../canvas/font-faces';
import { usePagesText } from '../pages-text';
import { PageWorkspace } from './page-workspace';

type LoadState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; page: PageView };

/** Opens one page (`pages.get`) in the workspace. */
export function PageWorkspaceScreen({ id, appInfo, onClose }: { id: string; appInfo: AppInfo | null; onClose: () => void }) {
  const client = useClient();
  const t = usePagesText();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  // The fonts load while the page is read and composed.
  useEffect(() => preloadPageFonts(client), [client]);
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    client.call('pages.get', { id }).then(
      (page) => live && setState({ kind: 'loaded', page }),
      (error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [client, id]);

  if (state.kind === 'loaded') return <PageWorkspace key={state.page.id} page={state.page} appInfo={appInfo} onClose={onClose} />;
  return (
    <div className="app page-desk">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark">{t.appName}</span>
        </div>
        <button type="button" className="back-button" onClick={onClose}>
          ← {t.list.title}
        </button>
      </header>
      {state.kind === 'loading' ? (
        <p className="placeholder">{t.workspace.loading}</p>
      ) : (
        <p className="notice notice-error" role="alert">
          {t.workspace.failed(state.message)}
        </p>
      )}
    </div>
  );
}
