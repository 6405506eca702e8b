import type { AppInfo } from '../../../shared/ipc/contract-types';
import type { StoryFields } from '../../../shared/model/story';
import { useI18n } from '../i18n/i18n-context';
import { useClient } from '../ipc/client-context';
import { LoadingScreen } from '../ui/loading-screen';
import { useLoad } from '../ui/use-load';
import { StoryEditor } from './story-editor';

/** Opens one story (`stories.get`) and hands it to the editor. */
export function StoryEditorScreen({
  id,
  appInfo,
  onClose,
  onDraft,
}: {
  id: string;
  appInfo: AppInfo | null;
  onClose: () => void;
  /** Beside a page: the story's fields as they are typed. */
  onDraft?: (fields: StoryFields) => void;
}) {
  const client = useClient();
  const { t } = useI18n();
  const state = useLoad(() => client.call('stories.get', { id }), [client, id]);

  if (state.kind === 'loaded') return <StoryEditor story={state.value} appInfo={appInfo} onClose={onClose} onDraft={onDraft} />;
  return (
    <LoadingScreen
      className="editor-app"
      backLabel={t.editor.back}
      onBack={onClose}
      loading={t.editor.loading}
      error={state.kind === 'error' ? t.editor.failed(state.message) : undefined}
    />
  );
}
