import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcOutcome } from '../../../shared/ipc/result';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/content-security-policy';
import { secureWebPreferences } from '../../../main/app/web-preferences';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { startApp, startupErrorMessage } = await import('../../../main/app/start-app');

let base: string;
let userData: string;
let rendererDir: string;
const preloadPath = '/opt/banmian/dist/preload/index.cjs';

async function started(options: { rendererDir?: string } = {}) {
  startApp({ rendererDir: options.rendererDir ?? rendererDir, preloadPath });
  fake.app.becomeReady();
  await new Promise((resolve) => setTimeout(resolve, 20));
}

function theWindow() {
  const window = fake.BrowserWindow.windows[0];
  if (!window) throw new Error('no window was opened');
  return window;
}

/** Calls the invoke channel the way the preload does, from the given frame. */
function invoke(command: string, input: unknown, from?: { contentsId?: number; url?: string; subFrame?: boolean }) {
  const handler = fake.ipcMain.handlers.get('banmian:invoke');
  if (!handler) throw new Error('IPC is not bound');
  const event = {
    sender: { id: from?.contentsId ?? theWindow().webContents.id },
    senderFrame: { url: from?.url ?? 'app://banmian/index.html', parent: from?.subFrame ? {} : null },
  };
  return handler(event, command, input) as Promise<IpcOutcome<unknown>>;
}

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'banmian-shell-'));
  userData = path.join(base, 'userData');
  rendererDir = path.join(base, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>版面</title>');
  fake.resetFakeElectron(userData);
  // The shell logs every refusal; the assertions below check them, the console need not.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  fake.app.emit('will-quit');
  rmSync(base, { recursive: true, force: true });
});

describe('desktop shell start-up (fake Electron)', () => {
  it('enables the sandbox and registers the privileged schemes before ready', async () => {
    await started();
    expect(fake.calls.slice(0, 3)).toEqual(['enableSandbox', 'registerSchemesAsPrivileged', 'ready']);
    expect((fake.protocol.privileged as Array<{ scheme: string }>).map((s) => s.scheme)).toEqual(['app', 'banmian']);
  });

  it('opens one hidden window with the secure preferences and loads app://banmian/', async () => {
    await started();
    const window = theWindow();
    expect(fake.BrowserWindow.windows).toHaveLength(1);
    expect(window.options.webPreferences).toEqual(secureWebPreferences({ preload: preloadPath, isDev: false }));
    expect(window.options.show).toBe(false);
    expect(window.loadedUrl).toBe('app://banmian/index.html');
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('keeps the database and photos in userData', async () => {
    await started();
    expect(existsSync(path.join(userData, 'banmian.db'))).toBe(true);
    expect(existsSync(path.join(userData, 'photos'))).toBe(true);
    expect((await invoke('app.info', {})) as IpcOutcome<{ dataDir: string; shell: string }>).toMatchObject({
      ok: true,
      value: { dataDir: userData, shell: 'electron' },
    });
  });

  it('runs commands from the window against the store and tells the window what changed', async () => {
    await started();
    const created = (await invoke('stories.create', { headline: '党建引领基层治理' })) as IpcOutcome<{ id: string }>;
    if (!created.ok) throw new Error(created.error.message);
    const list = (await invoke('stories.list', {})) as IpcOutcome<Array<{ headline: string }>>;
    expect(list.ok && list.value.map((story) => story.headline)).toEqual(['党建引领基层治理']);
    expect(theWindow().webContents.sent).toContainEqual(['banmian:event:stories.changed', { ids: [created.value.id] }]);
  });

  it('answers an invalid payload with a clear error', async () => {
    await started();
    const outcome = await invoke('stories.get', { id: '' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!outcome.ok && outcome.error.message).toMatch(/id: an id is required/);
  });

  it('refuses commands from other pages, sub-frames and other web contents', async () => {
    await started();
    for (const from of [{ url: 'https://example.com/' }, { url: 'file:///etc/passwd' }, { subFrame: true }, { contentsId: 999 }]) {
      expect(await invoke('stories.list', {}, from), JSON.stringify(from)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('serves the renderer with its CSP and refuses path escapes on the asset protocol', async () => {
    await started();
    const page = await fake.protocol.handlers.get('app')!({ url: 'app://banmian/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const escape = await fake.protocol.handlers.get('banmian')!({ url: 'banmian://photos/..%2F..%2Fbanmian.db', method: 'GET' });
    expect(escape.status).toBe(403);
  });

  it('guards the window: navigation and window.open are denied', async () => {
    await started();
    const contents = theWindow().webContents;
    const event = { url: 'https://example.com/', prevented: false, preventDefault() { this.prevented = true; } };
    contents.emit('will-navigate', event);
    expect(event.prevented).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('denies permissions and network for the session', async () => {
    await started();
    let granted: boolean | undefined;
    (fake.session.defaultSession.permissionRequestHandler as (c: unknown, p: string, cb: (g: boolean) => void) => void)({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(fake.session.defaultSession.beforeRequestFilter).toEqual({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] });
  });

  it('installs the menu, whose Import… reaches the window as a menu action', async () => {
    await started();
    const template = fake.Menu.current!.template as MenuItemConstructorOptions[];
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const file = template[0]!.submenu as MenuItemConstructorOptions[];
    (file.find((item) => item.label === 'Import…')!.click as unknown as () => void)();
    expect(theWindow().webContents.sent).toContainEqual(['banmian:event:menu.action', { action: 'import' }]);
  });

  it('brings the first window back when a second instance starts', async () => {
    await started();
    const window = theWindow();
    window.minimized = true;
    fake.app.emit('second-instance', {}, [], '/');
    expect(window.minimized).toBe(false);
    expect(window.focusedCount).toBe(1);
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.app.lockAvailable = false;
    await started();
    expect(fake.app.quitCalled).toBe(true);
    expect(fake.BrowserWindow.windows).toHaveLength(0);
  });

  it('remembers the window position when it closes and reopens there', async () => {
    await started();
    theWindow().close();
    const saved = JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8'));
    expect(saved).toMatchObject({ x: 200, y: 100, maximized: false });
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCalled).toBe(process.platform !== 'darwin');
  });

  it('closes the store when the app quits', async () => {
    await started();
    fake.app.emit('will-quit');
    expect(await invoke('stories.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('explains a missing renderer build instead of showing a blank window', async () => {
    await started({ rendererDir: path.join(base, 'nowhere') });
    expect(fake.dialog.errors).toHaveLength(1);
    expect(fake.dialog.errors[0]![1]).toMatch(/npm run build/);
    expect(fake.app.exitCode).toBe(1);
  });

  it('names the fix when SQLite was compiled for Node instead of Electron', () => {
    const message = startupErrorMessage(new Error("The module 'better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115."));
    expect(message).toMatch(/npm start/);
    expect(message).toMatch(/electron-builder install-app-deps/);
  });
});
