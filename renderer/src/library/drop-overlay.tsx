import { useI18n } from '../i18n/i18n-context';

/** Shown while files are dragged over the window. */
export function DropOverlay({ visible }: { visible: boolean }) {
  const { t } = useI18n();
  if (!visible) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <div className="drop-title">{t.importer.dropTitle}</div>
        <div className="drop-hint">{t.importer.dropHint}</div>
      </div>
    </div>
  );
}
