import { TopBar } from './top-bar';

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
  return (
    <div className={`app ${className}`}>
      <TopBar>
        <button type="button" className="bar-button back-button" onClick={onBack}>
          ← {backLabel}
        </button>
      </TopBar>
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
