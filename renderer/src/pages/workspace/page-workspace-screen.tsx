import '../page-desk.css';
import { useEffect } from 'react';
import type { AppInfo } from '../../../../shared/ipc/contract-types';
import { useClient } from '../../ipc/client-context';
import { LoadingScreen } from '../../app/loading-screen';
import { useLoad } from '../../app/use-load';
import { preloadPageFonts } from '../canvas/screen-fonts';
import { usePagesText } from '../pages-text';
import { PageWorkspace } from './page-workspace';

/** Opens one page (`pages.get`) in the workspace. */
export function PageWorkspaceScreen({ id, appInfo, onClose }: { id: string; appInfo: AppInfo | null; onClose: () => void }) {
  const client = useClient();
  const t = usePagesText();
  // The fonts load while the page is read and composed.
  useEffect(() => preloadPageFonts(client), [client]);
  const state = useLoad(() => client.call('pages.get', { id }), [client, id]);

  if (state.kind === 'loaded') return <PageWorkspace key={state.value.id} page={state.value} appInfo={appInfo} onClose={onClose} />;
  return (
    <LoadingScreen
      className="page-desk"
      backLabel={t.list.title}
      onBack={onClose}
      loading={t.workspace.loading}
      error={state.kind === 'error' ? t.workspace.failed(state.message) : undefined}
    />
  );
}
