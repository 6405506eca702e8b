import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { errorMessage } from '../ipc/error-message';
import type { CheckOutKeeper, CheckOutSnapshot } from './check-out-keeper';

interface Props {
  keeper: CheckOutKeeper | null;
  view: CheckOutSnapshot;
}

/**
 * The check-out under an item's toolbar: who holds it (read-only here; 总编室 may break it),
 * this desk's lost check-out, and the offline check-out (take it before leaving the LAN, check it in after).
 */
export function CheckOutBanner({ keeper, view }: Props) {
  const t = useI18n().t.newsroom;
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<void>) => {
    setError(null);
    work().catch((failure: unknown) => setError(errorMessage(failure)));
  };
  const failure = error && (
    <span className="newsroom-error" role="alert" data-testid="check-out-error">
      {error}
    </span>
  );
  if (view.state === 'held') {
    return (
      <div className="notice notice-warning editor-notice" role="status" data-testid="checked-out-banner">
        <span className="notice-text">{t.checkedOutBy(view.holder, view.since)}</span>
        {view.canBreak && keeper && (
          <button
            type="button"
            className="secondary-button"
            data-testid="break-check-out"
            onClick={() => window.confirm(t.breakConfirm(view.holder)) && run(() => keeper.breakAndTake())}
          >
            {t.breakCheckOut}
          </button>
        )}
        {failure}
      </div>
    );
  }
  if (view.state === 'lost') {
    return (
      <div className="notice notice-warning editor-notice" role="alert" data-testid="check-out-lost">
        <span className="notice-text">{t.checkOutLost(view.holder)}</span>
      </div>
    );
  }
  if (view.state === 'mine' && view.offline) {
    return (
      <div className="notice notice-info editor-notice" role="status" data-testid="offline-check-out">
        <span className="notice-text">{t.offlineCheckedOut(view.since)}</span>
        {keeper && (
          <button type="button" className="secondary-button" data-testid="check-in-offline" onClick={() => run(() => keeper.checkInOffline())}>
            {t.checkInOffline}
          </button>
        )}
        {failure}
      </div>
    );
  }
  return null;
}

/** The toolbar's 签出以便离线工作, offered while this desk holds the item's ordinary check-out. */
export function OfflineCheckOutButton({ keeper, view }: Props) {
  const t = useI18n().t.newsroom;
  if (!keeper || view.state !== 'mine' || view.offline) return null;
  return (
    <button type="button" className="bar-button" title={t.checkOutForOfflineHint} data-testid="check-out-offline" onClick={() => void keeper.takeForOffline()}>
      {t.checkOutForOffline}
    </button>
  );
}
