import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IpcOutcome } from '../../../shared/ipc/result';
import * as fake from './fake-electron';

// The real dist/main/index.cjs, built with scripts/build.mjs's options and loaded by Node
// with a fake Electron: its externals resolve, it finds dist/renderer and dist/preload next to
// itself, and it starts the app. (The smoke test does the same in Electron where it exists.)

const root = path.resolve(__dirname, '../../..');
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };
const originalLoad = moduleInternals._load;

let appDir: string;
let userData: string;

beforeAll(async () => {
  // Inside node_modules/.cache, so the bundle's external packages resolve as in the repo.
  const cache = path.join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  appDir = mkdtempSync(path.join(cache, 'banmian-main-bundle-'));
  userData = mkdtempSync(path.join(tmpdir(), 'banmian-bundle-data-'));
  const outfile = path.join(appDir, 'dist', 'main', 'index.cjs');
  const { mainOptions, heavyProcessOptions } = (await import(pathToFileURL(path.join(root, 'scripts/build.mjs')).href)) as {
    mainOptions: (outfile: string) => object;
    heavyProcessOptions: (outfile: string) => object;
  };
  const { build } = await import('esbuild');
  await Promise.all([build(mainOptions(outfile)), build(heavyProcessOptions(path.join(appDir, 'dist', 'main', 'heavy-process.cjs')))]);
  mkdirSync(path.join(appDir, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>版面</title>');
  mkdirSync(path.join(appDir, 'dist', 'preload'), { recursive: true });
  writeFileSync(path.join(appDir, 'dist', 'preload', 'index.cjs'), '');

  fake.resetFakeElectron(userData);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  moduleInternals._load = function (request, parent, isMain) {
    return request === 'electron' ? fake : originalLoad.call(this, request, parent, isMain);
  };
  createRequire(outfile)(outfile);
  fake.app.becomeReady();
  await new Promise((resolve) => setTimeout(resolve, 50));
}, 60_000);

afterAll(() => {
  fake.app.emit('will-quit');
  moduleInternals._load = originalLoad;
  vi.restoreAllMocks();
  rmSync(appDir, { recursive: true, force: true });
  rmSync(userData, { recursive: true, force: true });
});

describe('built main bundle', () => {
  it('starts without errors and loads the renderer with the preload beside it', () => {
    expect(fake.dialog.errors).toEqual([]);
    const window = fake.BrowserWindow.windows[0]!;
    expect(window.loadedUrl).toBe('app://banmian/index.html');
    expect((window.options.webPreferences as { preload: string }).preload).toBe(path.join(appDir, 'dist', 'preload', 'index.cjs'));
  });

  it('answers commands from the window with the real store', async () => {
    const window = fake.BrowserWindow.windows[0]!;
    const invoke = fake.ipcMain.handlers.get('banmian:invoke')!;
    const event = { sender: { id: window.webContents.id }, senderFrame: { url: 'app://banmian/index.html', parent: null } };
    const outcome = (await invoke(event, 'stories.search', { query: '党建' })) as IpcOutcome<unknown[]>;
    expect(outcome).toEqual({ ok: true, value: [] });
  });

  it('reads reporter copy in the heavy-work utility process, its script built beside the bundle (dist/main/heavy-process.cjs)', async () => {
    const window = fake.BrowserWindow.windows[0]!;
    const invoke = fake.ipcMain.handlers.get('banmian:invoke')!;
    const event = { sender: { id: window.webContents.id }, senderFrame: { url: 'app://banmian/index.html', parent: null } };
    const base64 = Buffer.from('党建引领基层治理\n\n本报讯 社区党组织牵头，居民议事会每月开一次。\n').toString('base64');
    const outcome = (await invoke(event, 'import.files', { files: [{ name: 'copy.txt', base64 }] })) as IpcOutcome<{ stories: { headline: string }[] }>;
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    expect(outcome.ok ? outcome.value.stories : []).toHaveLength(1);
    // Started once, with the app, through Electron's utilityProcess (a fake one here, over Node's child_process).
    expect(fake.utilityProcess.processes).toHaveLength(1);
    expect(fake.calls).toContain('utilityProcess.fork Banmian heavy work');
  });

  it('cuts the screen fonts (HarfBuzz in WebAssembly, found from the bundle) and serves them over banmian://', async () => {
    const window = fake.BrowserWindow.windows[0]!;
    const invoke = fake.ipcMain.handlers.get('banmian:invoke')!;
    const event = { sender: { id: window.webContents.id }, senderFrame: { url: 'app://banmian/index.html', parent: null } };
    const outcome = (await invoke(event, 'pages.screenFonts', { faces: { 'noto-sans-sc-700': { text: '版面', base: true } } })) as IpcOutcome<Record<string, { url: string; unicodeRange: string }[]>>;
    expect(outcome.ok).toBe(true);
    const parts = outcome.ok ? outcome.value['noto-sans-sc-700']! : [];
    expect(parts).toHaveLength(1);
    expect(parts[0]!.url).toMatch(/^banmian:\/\/screen-fonts\/noto-sans-sc-700\.[0-9a-f]{12}\.base-[0-9a-f]{16}\.ttf$/);
    const response = await fake.protocol.handlers.get('banmian')!({ url: parts[0]!.url, method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('font/ttf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0, 1, 0, 0]); // a TrueType font
  });
});
