import './newsroom.css';
import { useEffect, useState, type FormEvent } from 'react';
import { DEFAULT_IDLE_MINUTES, DEFAULT_OFFLINE_HOURS, type NewsroomSettings } from '../../../shared/ipc/newsroom-contract';
import { useClient } from '../ipc/client-context';
import { errorMessage } from '../ipc/error-message';
import { TopBar } from '../ui/top-bar';
import { useI18n } from '../i18n/i18n-context';
import { NewsroomConflictsList } from './newsroom-conflicts-list';
import { useNewsroomStatus } from './use-newsroom-status';

/**
 * Settings → 编辑部: server address, user and password. The password goes to the main process
 * once and is kept there encrypted (Electron safeStorage); the window never gets it back.
 */
export function NewsroomSettingsView({ onClose }: { onClose: () => void }) {
  const t = useI18n().t.newsroom;
  const client = useClient();
  const status = useNewsroomStatus();
  const [settings, setSettings] = useState<NewsroomSettings | null>(null);
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [idleMinutes, setIdleMinutes] = useState(DEFAULT_IDLE_MINUTES);
  const [offlineHours, setOfflineHours] = useState(DEFAULT_OFFLINE_HOURS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    client.call('newsroom.settings', {}).then(
      (loaded) => {
        if (!live) return;
        setSettings(loaded);
        setUrl(loaded.url);
        setUser(loaded.user);
        setIdleMinutes(loaded.idleMinutes);
        setOfflineHours(loaded.offlineHours);
      },
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [client]);

  const run = (work: () => Promise<NewsroomSettings>) => {
    setBusy(true);
    setError(null);
    work().then(
      (next) => {
        setSettings(next);
        setPassword('');
        setBusy(false);
      },
      (failure: unknown) => {
        setError(errorMessage(failure));
        setBusy(false);
      },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(() => client.call('newsroom.join', { url, user, password, idleMinutes, offlineHours }));
  };

  return (
    <main className="newsroom-settings" data-testid="newsroom-settings">
      <TopBar sub={t.title}>
        <button type="button" className="secondary-button" onClick={onClose}>
          {t.back}
        </button>
      </TopBar>
      <p className="newsroom-intro">{t.intro}</p>
      <form onSubmit={submit} className="newsroom-form">
        <label>
          <span>{t.url}</span>
          <input type="url" value={url} placeholder={t.urlHint} required onChange={(event) => setUrl(event.target.value)} data-testid="newsroom-url" />
        </label>
        <label>
          <span>{t.user}</span>
          <input value={user} required autoComplete="username" onChange={(event) => setUser(event.target.value)} data-testid="newsroom-user" />
        </label>
        <label>
          <span>{t.password}</span>
          <input type="password" value={password} autoComplete="current-password" onChange={(event) => setPassword(event.target.value)} data-testid="newsroom-password" />
        </label>
        {settings?.hasPassword && <p className="newsroom-note">{t.passwordStored}</p>}
        <label>
          <span>{t.idleMinutes}</span>
          <input type="number" min={1} max={480} step={1} value={idleMinutes} required onChange={(event) => setIdleMinutes(event.target.valueAsNumber)} data-testid="newsroom-idle-minutes" />
        </label>
        <label>
          <span>{t.offlineHours}</span>
          <input type="number" min={1} max={240} step={1} value={offlineHours} required onChange={(event) => setOfflineHours(event.target.valueAsNumber)} data-testid="newsroom-offline-hours" />
        </label>
        {settings && !settings.canStorePassword && <p className="newsroom-note warning">{t.noKeychain}</p>}
        {error && (
          <p className="newsroom-error" role="alert" data-testid="newsroom-error">
            {error}
          </p>
        )}
        <div className="newsroom-actions">
          <button type="submit" className="primary-button" disabled={busy} data-testid="newsroom-join">
            {busy ? t.joining : t.join}
          </button>
          {status && (
            <button type="button" className="secondary-button" disabled={busy} onClick={() => run(() => client.call('newsroom.leave', {}))} data-testid="newsroom-leave">
              {t.leave}
            </button>
          )}
        </div>
      </form>
      <section className="newsroom-status" aria-live="polite" data-testid="newsroom-status">
        <h2>{status ? t.state[status.state] : t.state.off}</h2>
        {status && (
          <ul>
            <li>{t.waiting(status.waiting)}</li>
            <li>{t.lastSync(status.lastSync)}</li>
            {status.conflicts > 0 && <li>{t.conflicts(status.conflicts)}</li>}
            {status.error && <li className="newsroom-error">{status.error}</li>}
          </ul>
        )}
        {status && status.refused.length > 0 && (
          <>
            <h3>{t.refused}</h3>
            <ul data-testid="newsroom-refused">
              {status.refused.map((refusal) => (
                <li key={refusal.docId}>{t.refusedItem(refusal.docId, refusal.reason)}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <NewsroomConflictsList />
    </main>
  );
}
