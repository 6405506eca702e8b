import { useI18n } from '../i18n/i18n-context';

/** The bar and message shown while a screen's document loads, or why it could not. */
export function LoadingScreen({
  className,
  backLabel,
  onBack,
  loading,
  error,
}: {
  className: string;
  backLabel: string;
  onBack: () => void;
  loading: string;
  /** The failure message; absent while loading. */
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <div className={`app ${className}`}>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark">{t.appName}</span>
        </div>
        <button type="button" className="back-button" onClick={onBack}>
          ← {backLabel}
        </button>
      </header>
      {error === undefined ? (
        <p className="placeholder">{loading}</p>
      ) : (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
