import { useI18n } from '../../i18n/i18n-context';
import { formatUpdated } from '../../ui/format-story';
import type { SessionSnapshot } from './story-session';

/** The save state in words; data attributes let tests wait for a finished save. */
export function SaveIndicator({ snapshot, onRetry }: { snapshot: SessionSnapshot; onRetry: () => void }) {
  const { t, locale } = useI18n();
  const s = t.editor.save;
  const text = (() => {
    switch (snapshot.state) {
      case 'saved':
        return s.saved(formatUpdated(snapshot.savedAt, locale));
      case 'pending':
        return s.pending;
      case 'saving':
        return s.saving;
      case 'conflict':
        return s.conflict;
      case 'deleted':
        return s.deleted;
      case 'error':
        return s.error(snapshot.error ?? '');
    }
  })();
  return (
    <span className={`save-indicator save-${snapshot.state}`} role="status" data-testid="save-indicator" data-state={snapshot.state} data-version={snapshot.version}>
      <span className="save-dot" aria-hidden="true" />
      <span>{text}</span>
      <span className="save-version">{s.version(snapshot.version)}</span>
      {snapshot.state === 'error' && (
        <button type="button" className="link-button" onClick={onRetry}>
          {s.retry}
        </button>
      )}
    </span>
  );
}
