import '../page-desk.css';
import { useEffect } from 'react';
import type { AppInfo } from '../../../../shared/ipc/contract-types';
import { useClient } from '../../ipc/client-context';
import { LoadingScreen } from '../../ui/loading-screen';
import { useLoad } from '../../ui/use-load';
import { preloadPageFonts } from '../canvas/screen-fonts';
import { PageWorkspace } from './page-workspace';
import type { StoryEditorSlot } from './story-editor-slot';
import { useI18n } from '../../i18n/i18n-context';

/** Opens one page (`pages.get`) in the workspace. */
export function PageWorkspaceScreen({
  id,
  appInfo,
  onClose,
  storyEditor,
}: {
  id: string;
  appInfo: AppInfo | null;
  onClose: () => void;
  storyEditor: StoryEditorSlot;
}) {
  const client = useClient();
  const t = useI18n().t.pageDesk;
  // The fonts load while the page is read and composed.
  useEffect(() => preloadPageFonts(client), [client]);
  const state = useLoad(() => client.call('pages.get', { id }), [client, id]);

  if (state.kind === 'loaded') return <PageWorkspace key={state.value.id} page={state.value} appInfo={appInfo} onClose={onClose} storyEditor={storyEditor} />;
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
