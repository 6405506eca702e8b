import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  NETWORK_URL_PATTERNS,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  guardWebContents,
} from '../../../main/app/content-guards';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/content-security-policy';
import { secureSession } from '../../../main/app/session-security';

/** An Electron-style event: records whether the default action was prevented. */
function fakeEvent(url?: string) {
  return { url, prevented: false, preventDefault() { this.prevented = true; } };
}

class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

const quiet = () => {};

describe('web contents guards', () => {
  const contents = new FakeContents();
  guardWebContents(contents as unknown as WebContents, quiet);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s is prevented for every URL, our own included', (name) => {
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://banmian/index.html', 'javascript:alert(1)']) {
      const event = fakeEvent(url);
      contents.emit(name, event);
      expect(event.prevented, `${name} ${url}`).toBe(true);
    }
  });

  it('denies window.open and target=_blank links', () => {
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://banmian/index.html' })).toEqual({ action: 'deny' });
    expect(denyWindowOpen({ url: 'about:blank' }, quiet)).toEqual({ action: 'deny' });
  });

  it('destroys any <webview> before it attaches', () => {
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.prevented).toBe(true);
  });
});

describe('permission guards', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid'])('denies the %s permission', (permission) => {
    let granted: boolean | undefined;
    denyPermissionRequest({}, permission, (answer) => (granted = answer), quiet);
    expect(granted).toBe(false);
  });

  it('answers every permission check with no', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('session policy', () => {
  class FakeSession extends EventEmitter {
    permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    permissionCheck?: () => boolean;
    devicePermission?: () => boolean;
    beforeRequest?: { filter: { urls: string[] }; listener: (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void };
    headersReceived?: (details: { responseHeaders?: Record<string, string[]> }, callback: (r: unknown) => void) => void;
    setPermissionRequestHandler(handler: FakeSession['permissionRequest']) { this.permissionRequest = handler; }
    setPermissionCheckHandler(handler: FakeSession['permissionCheck']) { this.permissionCheck = handler; }
    setDevicePermissionHandler(handler: FakeSession['devicePermission']) { this.devicePermission = handler; }
    webRequest = {
      onBeforeRequest: (filter: { urls: string[] }, listener: NonNullable<FakeSession['beforeRequest']>['listener']) => {
        this.beforeRequest = { filter, listener };
      },
      onHeadersReceived: (listener: FakeSession['headersReceived']) => {
        this.headersReceived = listener;
      },
    };
  }

  const fake = new FakeSession();
  secureSession(fake as unknown as Session, quiet);

  it('denies permission requests, checks and device access for the whole session', () => {
    let granted: boolean | undefined;
    fake.permissionRequest?.({}, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
    expect(fake.permissionCheck?.()).toBe(false);
    expect(fake.devicePermission?.()).toBe(false);
  });

  it('cancels every http, https and websocket request', () => {
    expect(fake.beforeRequest?.filter.urls).toEqual(NETWORK_URL_PATTERNS);
    let answer: { cancel: boolean } | undefined;
    fake.beforeRequest?.listener({ url: 'https://tracker.example/pixel.gif' }, (response) => (answer = response));
    expect(answer).toEqual({ cancel: true });
  });

  it('adds the CSP header to responses that have headers', () => {
    let answer: unknown;
    fake.headersReceived?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => (answer = response));
    expect(answer).toEqual({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('cancels downloads', () => {
    const event = fakeEvent();
    fake.emit('will-download', event, {}, {});
    expect(event.prevented).toBe(true);
  });
});
