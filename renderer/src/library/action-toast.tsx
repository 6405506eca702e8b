import { useI18n } from '../i18n/i18n-context';
import type { Toast } from './use-story-actions';

/** The outcome of the last action, with Undo after a delete. */
export function ActionToast({ toast, onUndo, onDismiss }: { toast: Toast | null; onUndo: (id: string) => void; onDismiss: () => void }) {
  const { t } = useI18n();
  if (!toast) return null;
  return (
    <div className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'} data-testid="toast" key={toast.key}>
      <span className="toast-text">{toast.text}</span>
      {toast.kind === 'deleted' && (
        <button type="button" className="toast-action" onClick={() => onUndo(toast.storyId)}>
          {t.actions.undo}
        </button>
      )}
      <button type="button" className="toast-close" aria-label={t.actions.dismiss} title={t.actions.dismiss} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
