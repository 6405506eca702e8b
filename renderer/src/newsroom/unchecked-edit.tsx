import './newsroom.css';
import { useCallback, useEffect, useState } from 'react';
import type { CheckOutKind } from '../../../shared/ipc/newsroom-contract';
import type { UncheckedEdit } from '../../../shared/model/unchecked-edit';
import { useI18n } from '../i18n/i18n-context';
import { useClient } from '../ipc/client-context';
import { errorMessage } from '../ipc/error-message';

/** 无签出编辑 on a library row, a page in the list, a revision or a conflict side: who and when on hover. */
export function UncheckedBadge({ flag }: { flag: UncheckedEdit | null | undefined }) {
  const t = useI18n().t.newsroom;
  if (!flag) return null;
  return (
    <span className="flag flag-unchecked" title={t.uncheckedHint(flag.by, flag.at)} data-testid="unchecked-badge">
      {t.unchecked}
    </span>
  );
}

/**
 * Under an open story's or page's toolbar: it was saved without the check-out and nobody has
 * reviewed it yet. 已核对 is offered to the desk holding the check-out (`canReview`); the mark
 * then goes on every desk.
 */
export function UncheckedBanner({ kind, id, canReview }: { kind: CheckOutKind; id: string; canReview: boolean }) {
  const t = useI18n().t.newsroom;
  const client = useClient();
  const [flag, setFlag] = useState<UncheckedEdit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    client.call('newsroom.unchecked', { kind, id }).then(
      (found) => setFlag(found.unchecked),
      (failure: unknown) => setError(errorMessage(failure)),
    );
  }, [client, kind, id]);
  useEffect(() => {
    load();
    const event = kind === 'story' ? 'stories.changed' : 'pages.changed';
    return client.on(event, ({ ids }) => ids.includes(id) && load());
  }, [client, load, kind, id]);
  if (!flag) return null;
  const review = () => {
    setError(null);
    client.call('newsroom.reviewUnchecked', { kind, id }).then(load, (failure: unknown) => setError(errorMessage(failure)));
  };
  return (
    <div className="notice notice-warning editor-notice" role="status" data-testid="unchecked-banner">
      <span className="notice-text">{t.uncheckedBanner(flag.by, flag.at)}</span>
      <button
        type="button"
        className="secondary-button"
        data-testid="review-unchecked"
        disabled={!canReview}
        title={canReview ? undefined : t.reviewNeedsCheckOut}
        onClick={review}
      >
        {t.reviewUnchecked}
      </button>
      {error && (
        <span className="newsroom-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
