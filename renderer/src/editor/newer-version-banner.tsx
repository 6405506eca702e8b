import { useEffect, useState } from 'react';
import type { Story } from '../../../shared/ipc/contract-types';
import { useI18n } from '../i18n/i18n-context';
import { useClient } from '../ipc/client-context';

interface Props {
  newer: Story;
  onLoad: () => void;
  onCompare: () => void;
}

/**
 * A newer version was saved elsewhere (another desk, another window) while nothing here was
 * unsaved: "张三 于 10:42 修改了此稿 — 载入新版本 / 对比". Nothing is replaced under the caret unasked.
 */
export function NewerVersionBanner({ newer, onLoad, onCompare }: Props) {
  const { t } = useI18n();
  const client = useClient();
  const [who, setWho] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setWho(null);
    client.call('newsroom.editedBy', { id: newer.id, updatedAt: newer.updatedAt }).then(
      ({ editedBy }) => live && setWho(editedBy),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, newer.id, newer.updatedAt]);
  return (
    <div className="notice notice-info editor-notice" role="status" data-testid="newer-version-banner" data-version={newer.version}>
      <span className="notice-text">{t.newsroom.newerBy(who, newer.updatedAt)}</span>
      <button type="button" className="primary-button" data-testid="load-newer" onClick={onLoad}>
        {t.newsroom.loadNewer}
      </button>
      <button type="button" className="secondary-button" data-testid="compare-newer" onClick={onCompare}>
        {t.newsroom.compareNewer}
      </button>
    </div>
  );
}
