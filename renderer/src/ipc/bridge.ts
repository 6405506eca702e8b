import { createClient, type BanmianBridge, type BanmianClient } from '../../../shared/ipc/client';

declare global {
  interface Window {
    /** Set by preload in Electron and by the init script in the e2e harness; nothing else reaches the main process. */
    readonly banmian?: BanmianBridge;
  }
}

export type { BanmianBridge, BanmianClient };

/** The renderer's client over window.banmian, or null when the page runs outside the app. */
export function connectClient(bridge: BanmianBridge | undefined = window.banmian): BanmianClient | null {
  return bridge ? createClient(bridge) : null;
}
