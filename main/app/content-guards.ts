import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';

/**
 * The renderer is a single page that never navigates, never opens windows and needs no
 * browser permission, so every guard here says no. They are plain functions so the tests
 * can call them; `guardWebContents` attaches them to every web contents the app creates.
 */

export type GuardLog = (message: string) => void;
const defaultLog: GuardLog = (message) => console.warn(`banmian: ${message}`);

export function denyWindowOpen(details: Pick<HandlerDetails, 'url'>, log: GuardLog = defaultLog): WindowOpenHandlerResponse {
  log(`blocked window.open(${details.url})`);
  return { action: 'deny' };
}

/** For will-navigate, will-frame-navigate and will-redirect: the page stays where it is. */
export function denyNavigation(event: { preventDefault(): void; url?: string }, log: GuardLog = defaultLog): void {
  event.preventDefault();
  log(`blocked navigation to ${event.url ?? 'an unknown URL'}`);
}

export function denyWebview(event: { preventDefault(): void }, log: GuardLog = defaultLog): void {
  event.preventDefault();
  log('blocked a <webview>');
}

export function denyPermissionRequest(
  _contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  log: GuardLog = defaultLog,
): void {
  log(`denied permission "${permission}"`);
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

export function denyDownload(event: { preventDefault(): void }, log: GuardLog = defaultLog): void {
  event.preventDefault();
  log('blocked a download');
}

/** Offline tool: the renderer never talks to the network, whatever a story's text links to. */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export function denyNetworkRequest(
  details: { url: string },
  callback: (response: { cancel: boolean }) => void,
  log: GuardLog = defaultLog,
): void {
  log(`blocked network request to ${details.url}`);
  callback({ cancel: true });
}

/** Attaches the navigation, window and webview guards to one web contents. */
export function guardWebContents(contents: WebContents, log: GuardLog = defaultLog): void {
  contents.setWindowOpenHandler((details) => denyWindowOpen(details, log));
  contents.on('will-navigate', (event) => denyNavigation(event, log));
  contents.on('will-frame-navigate', (event) => denyNavigation(event, log));
  contents.on('will-redirect', (event) => denyNavigation(event, log));
  contents.on('will-attach-webview', (event) => denyWebview(event, log));
}
