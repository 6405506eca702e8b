import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { MissingBridge } from './app/missing-bridge';
import { I18nProvider } from './i18n/i18n-context';
import { catalogue, pickLocale } from './i18n/locale';
import { connectClient } from './ipc/bridge';
import { ClientProvider } from './ipc/client-context';
import './styles/app.css';

const locale = pickLocale(navigator.languages.length ? navigator.languages : [navigator.language]);
document.documentElement.lang = locale;
document.title = `${catalogue[locale].appName} · ${catalogue[locale].library.title}`;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const client = connectClient();
createRoot(container).render(
  <StrictMode>
    <I18nProvider locale={locale}>
      {client ? (
        <ClientProvider client={client}>
          <App />
        </ClientProvider>
      ) : (
        <MissingBridge />
      )}
    </I18nProvider>
  </StrictMode>,
);
