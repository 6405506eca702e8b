import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// The desktop app itself, in Electron, where the binary exists (it cannot be downloaded on
// our CI machines). Everything else about the app is tested in Chromium without it.

const root = path.resolve(__dirname, '../..');
const startScript = pathToFileURL(path.join(root, 'scripts/start.mjs')).href;
const { electronBinary, prepareElectronNative } = (await import(startScript)) as {
  electronBinary(): string | undefined;
  prepareElectronNative(electron: string): Record<string, string>;
};
const binary = electronBinary();
const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (!binary) console.log('Electron smoke test skipped: no Electron binary on this machine');
else if (headlessLinux) console.log('Electron smoke test skipped: no display (run it under xvfb-run)');

describe('Electron smoke test', () => {
  it.skipIf(!binary || headlessLinux)(
    'opens the library window, with window.banmian and without require or process',
    async () => {
      const userData = mkdtempSync(path.join(tmpdir(), 'banmian-electron-'));
      const env: Record<string, string> = {};
      for (const [key, value] of Object.entries({ ...process.env, ...prepareElectronNative(binary!) })) {
        if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE' && key !== 'BANMIAN_DEV') env[key] = value;
      }
      const app = await electron.launch({
        executablePath: binary!,
        // Chromium refuses to run as root with its OS sandbox (containers, CI); the renderer
        // keeps contextIsolation and the sandboxed preload either way.
        args: [root, `--user-data-dir=${userData}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
        env,
        timeout: 90_000,
      });
      try {
        const window = await app.firstWindow();
        await window.waitForLoadState('domcontentloaded');
        expect(window.url()).toBe('app://banmian/index.html');

        // The library is on screen and its status bar shows what app.info answered over IPC.
        await window.locator('.topbar input[type="search"]').waitFor({ state: 'visible' });
        await expect.poll(() => window.locator('.statusbar-app').textContent()).toBe(
          `Banmian ${JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version}`,
        );

        const page = await window.evaluate(() => {
          const scope = globalThis as unknown as Record<string, unknown>;
          const bridge = scope.banmian as { invoke?: Record<string, unknown> } | undefined;
          return {
            bridge: typeof bridge,
            commands: Object.keys(bridge?.invoke ?? {}).length,
            require: typeof scope.require,
            process: typeof scope.process,
            module: typeof scope.module,
            ipcRenderer: typeof scope.ipcRenderer,
          };
        });
        expect(page).toMatchObject({ bridge: 'object', require: 'undefined', process: 'undefined', module: 'undefined', ipcRenderer: 'undefined' });
        expect(page.commands).toBeGreaterThan(0);

        const info = await window.evaluate(() =>
          (globalThis as unknown as { banmian: { invoke: Record<string, (input: object) => Promise<unknown>> } }).banmian.invoke['app.info']!({}),
        );
        expect(info).toMatchObject({ ok: true, value: { shell: 'electron', dataDir: userData } });
        expect(existsSync(path.join(userData, 'banmian.db'))).toBe(true);

        // The page cannot navigate away from the app.
        await window.evaluate(() => {
          location.href = 'https://example.com/';
        });
        await window.waitForTimeout(500);
        expect(window.url()).toBe('app://banmian/index.html');
      } finally {
        await app.close();
        rmSync(userData, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
