import type { Session } from 'electron';
import { withContentSecurityPolicy } from './content-security-policy';
import {
  NETWORK_URL_PATTERNS,
  denyDownload,
  denyNetworkRequest,
  denyPermissionCheck,
  denyPermissionRequest,
  type GuardLog,
} from './content-guards';

/**
 * Session-wide policy: every permission request and check denied (camera, notifications,
 * clipboard-read, HID, …), no downloads, no network, and the CSP added to any response
 * that has headers. Call once on the default session before the window loads.
 */
export function secureSession(session: Session, log?: GuardLog): void {
  session.setPermissionRequestHandler((contents, permission, callback) => denyPermissionRequest(contents, permission, callback, log));
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => denyNetworkRequest(details, callback, log));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.on('will-download', (event) => denyDownload(event, log));
}
