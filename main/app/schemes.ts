import type { CustomScheme } from 'electron';

/**
 * The renderer is served from app://banmian/ (never file://), so it has a real origin that
 * the CSP's 'self', the IPC sender check and the navigation guards can all name. Photos and
 * font files come from banmian://<root>/<path>, a separate scheme the renderer may only read.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'banmian';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const RENDERER_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const ASSET_SCHEME = 'banmian';

/**
 * Registered before `ready`. Both are standard (real origins, relative URLs) and secure
 * (a secure context, so no mixed-content downgrade); neither bypasses the CSP or gets
 * service workers. banmian:// is CORS-enabled because @font-face loads fonts in CORS mode
 * from another origin; its responses allow the app origin and nothing else.
 */
export const PRIVILEGED_SCHEMES: CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true, bypassCSP: false, allowServiceWorkers: false, stream: false },
  },
  {
    scheme: ASSET_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: false, bypassCSP: false, allowServiceWorkers: false, stream: false },
  },
];

/**
 * True when `url` is a document of our renderer. Compared by scheme and host, because
 * Node's URL gives the origin "null" for schemes it does not know.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.hostname === APP_HOST && parsed.port === '' && parsed.username === '' && parsed.password === '';
}
