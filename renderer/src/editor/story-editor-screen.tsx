import { useEffect, useState } from 'react';
import type { AppInfo, Story } from '../../../shared/ipc/contract-types';
import type { StoryFields } from '../../../shared/model/story';
import { useI18n } from '../i18n/i18n-context';
import { useClient } from '../ipc/client-context';
import { errorMessage } from '../ipc/error-message';
import { StoryEditor } from './story-editor';

type LoadState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; story: Story };

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
  const [state, setState] = useState<LoadState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    client.call('stories.get', { id }).then(
      (story) => live && setState({ kind: 'loaded', story }),
      (error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [client, id]);

  if (state.kind === 'loaded') return <StoryEditor story={state.story} appInfo={appInfo} onClose={onClose} onDraft={onDraft} />;
  return (
    <div className="app editor-app">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark">{t.appName}</span>
        </div>
        <button type="button" className="back-button" onClick={onClose}>
          ← {t.editor.back}
        </button>
      </header>
      {state.kind === 'loading' ? (
        <p className="placeholder">{t.editor.loading}</p>
      ) : (
        <p className="notice notice-error" role="alert">{t.editor.failed(state.message)}</p>
      )}
    </div>
  );
}
