import { useI18n } from '../i18n/i18n-context';
import type { ImportState } from './use-importer';

/** The import's progress and outcome; a failure says what went wrong and that nothing was saved. */
export function ImportStatus({ state, onDismiss }: { state: ImportState; onDismiss: () => void }) {
  const { t } = useI18n();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'reading':
    case 'importing':
      return (
        <div className="notice notice-progress" role="status" data-testid="import-status">
          <span className="spinner" aria-hidden="true" />
          {state.kind === 'reading' ? t.importer.reading(state.done, state.total) : t.importer.importing(state.total)}
          {state.kind === 'reading' && (
            <progress max={state.total} value={state.done} aria-hidden="true" />
          )}
        </div>
      );
    case 'done': {
      const { stories } = state.result;
      const provisional = stories.filter((story) => story.flags.includes('provisional-headline')).length;
      return (
        <div className={`notice ${stories.length ? 'notice-success' : 'notice-warning'}`} role="status" data-testid="import-status">
          <span className="notice-text">
            {stories.length ? t.importer.done(stories.length, state.files) : t.importer.noStories}
            {provisional > 0 && t.importer.provisional(provisional)}
          </span>
          <button type="button" className="link-button" onClick={onDismiss}>
            {t.importer.dismiss}
          </button>
        </div>
      );
    }
    case 'error':
      return (
        <div className="notice notice-error" role="alert" data-testid="import-status">
          <span className="notice-text">
            <strong>{t.importer.failed}</strong> <span className="error-message">{state.message}</span>
            {state.issues.length > 1 && (
              <ul className="issues">
                {state.issues.map((issue) => (
                  <li key={issue}>{issue}</li>
                ))}
              </ul>
            )}
          </span>
          <button type="button" className="link-button" onClick={onDismiss}>
            {t.importer.dismiss}
          </button>
        </div>
      );
  }
}
