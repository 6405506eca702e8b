import { useEffect, useState } from 'react';
import type { StoreDamage } from '../../../shared/ipc/contract-types';
import { useI18n } from '../i18n/i18n-context';
import { useClient } from '../ipc/client-context';

/**
 * A banner across the window once the background integrity check has found the database
 * damaged (main/store/deferred-integrity.ts): what happened and what to do. Saves are refused by
 * the main process from then on; a window opened later learns it from `app.info`.
 */
export function StoreDamageBanner() {
  const client = useClient();
  const t = useI18n().t.storeDamage;
  const [damage, setDamage] = useState<StoreDamage | null>(null);

  useEffect(() => {
    let live = true;
    const off = client.on('store.damaged', (found) => setDamage(found));
    client.call('app.info', {}).then(
      (info) => live && info.storeDamage && setDamage(info.storeDamage),
      () => {},
    );
    return () => {
      live = false;
      off();
    };
  }, [client]);

  if (!damage) return null;
  return (
    <div className="store-damage-banner" role="alert" data-testid="store-damage">
      <strong>{t.title}</strong> {t.body(damage.path, damage.problem)} <code>{t.recover(damage.path)}</code>
    </div>
  );
}
