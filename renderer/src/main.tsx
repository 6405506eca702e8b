// The base sheets first: every feature's own sheet (imported by the feature) comes after them in the cascade.
import './styles/tokens.css';
import './styles/base.css';
import './ui/ui.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { MissingBridge } from './app/missing-bridge';
import { I18nProvider } from './i18n/i18n-context';
import { connectClient } from './ipc/bridge';
import { ClientProvider } from './ipc/client-context';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const client = connectClient();
createRoot(container).render(
  <StrictMode>
    <I18nProvider>
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
