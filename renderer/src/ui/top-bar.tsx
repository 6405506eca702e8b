import type { ReactNode } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract-types';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSelect } from './language-select';

/** The bar at the top of every screen: the app's name, the screen's (where it has one), its tools. */
export function TopBar({ sub, className, children }: { sub?: string; className?: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className={className ? `topbar ${className}` : 'topbar'}>
      <div className="brand">
        <span className="brand-mark">{t.appName}</span>
        {sub && <span className="brand-sub">{sub}</span>}
      </div>
      {children}
    </header>
  );
}

/** The status bar's right end on every screen: the screen's own items, the language, the app's version. */
export function StatusBarEnd({ appInfo, children }: { appInfo: AppInfo | null; children?: ReactNode }) {
  return (
    <span className="statusbar-end">
      {children}
      <LanguageSelect />
      {appInfo && <span className="statusbar-app">{`${appInfo.name} ${appInfo.version}`}</span>}
    </span>
  );
}
