import { createContext, useContext, type ReactNode } from 'react';
import type { BanmianClient } from './bridge';

const ClientContext = createContext<BanmianClient | null>(null);

export function ClientProvider({ client, children }: { client: BanmianClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/** The IPC client; components receive it through context so a view can be mounted on any bridge. */
export function useClient(): BanmianClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient: no ClientProvider above this component');
  return client;
}
