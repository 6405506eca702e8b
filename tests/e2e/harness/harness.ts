import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { EventName, Events } from '../../../shared/ipc/contract';
import type { AppInfo } from '../../../shared/ipc/contract-types';
import { dispatch } from '../../../main/ipc/dispatch';
import type { Handlers } from '../../../main/ipc/handler-types';
import { createHandlers } from '../../../main/ipc/handlers';
import { heavyPool } from '../../../main/isolation/heavy-work';
import { announceNewsroomChanges, NewsroomService } from '../../../main/newsroom/newsroom-service';
import { testSecrets } from '../../unit/newsroom/test-secrets';
import { openStore } from '../../../main/store/open-store';
import type { Store } from '../../../main/store/store-types';
import { eventChannel } from '../../../shared/ipc/channels';
import { bundleBridge } from './bundle-bridge';
import { chromiumPath, rendererDist, repoRoot } from './paths';
import { startStaticServer, type StaticMount, type StaticServer } from './static-server';
import { createScreenFonts } from '../../../main/fonts/screen-fonts';
import { pageHasGlyph } from '../../../main/fonts/page-measurer';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface OpenAppOptions {
  /** navigator.language of the page, which picks the interface language. */
  locale?: string;
  viewport?: { width: number; height: number };
}

/** One window of the app: its page and what went wrong in it. */
export interface AppWindow {
  page: Page;
  context: BrowserContext;
  /** Console errors, CSP violations and uncaught exceptions seen in the page so far. */
  problems: string[];
}

export interface Harness {
  /** The real store on a temporary SQLite file, shared by every window. */
  readonly store: Store;
  readonly handlers: Handlers;
  readonly url: string;
  readonly dataDir: string;
  /** Where File → Export PDF writes (the desktop app asks with a save dialog). */
  readonly exportsDir: string;
  /** Opens a new window of the app (its own browser context) and waits until the library is up. */
  openApp(options?: OpenAppOptions): Promise<AppWindow>;
  /** Sends a main-process event to every open window, like the Electron shell does. */
  notify<E extends EventName>(event: E, payload: Events[E]): Promise<void>;
  close(): Promise<void>;
}

/**
 * The renderer as Electron runs it, minus Electron: the built renderer served with the app's
 * CSP, window.banmian built by the same createBridge as preload, and every command going
 * through the real dispatch (contract validation) to the real handlers on a real store.
 */
export interface HarnessOptions {
  /** A database to start from (copied first, so the original stays as it was), e.g. the benchmark's 100k archive. */
  databaseFile?: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: run \`npm run test:setup\` (apt-get install chromium).`);
  }
  if (!existsSync(path.join(rendererDist, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDist}: run \`npx vite build --config renderer/vite.config.mts\`.`);
  }

  const cleanups: Array<() => Promise<void> | void> = [];
  const cleanUp = async () => {
    for (const step of cleanups.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        console.error('banmian harness: cleanup failed', error);
      }
    }
  };

  try {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'banmian-e2e-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));

    if (options.databaseFile) await copyFile(options.databaseFile, path.join(dataDir, 'banmian.db'));
    const store = openStore(path.join(dataDir, 'banmian.db'));
    cleanups.push(() => store.close());

    // The photo store and the screen's font parts, as banmian://photos/… and banmian://screen-fonts/… serve them in the app.
    const photosDir = path.join(dataDir, 'photos');
    const screenFontsDir = path.join(dataDir, 'screen-fonts');
    const exportsDir = path.join(dataDir, 'exports');
    await mkdir(photosDir, { recursive: true });
    await mkdir(screenFontsDir, { recursive: true });
    const mounts: StaticMount[] = [
      { prefix: '/__banmian/photos/', dir: photosDir, extensions: ['.jpg', '.jpeg', '.png'] },
      { prefix: '/__banmian/screen-fonts/', dir: screenFontsDir, extensions: ['.ttf'] },
    ];
    const server: StaticServer = await startStaticServer(rendererDist, mounts);
    cleanups.push(() => server.close());
    const screenFonts = createScreenFonts({
      cacheDir: screenFontsDir,
      url: (name) => `${server.url}__banmian/screen-fonts/${encodeURIComponent(name)}`,
      hasGlyph: pageHasGlyph,
    });
    cleanups.push(() => screenFonts.close());

    const browser: Browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());

    const bridgeScript = await bundleBridge();
    const { version } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const appInfo = (): AppInfo => ({ name: 'Banmian', version, dataDir, shell: 'harness' });

    const windows = new Set<AppWindow>();
    const deliver = async <E extends EventName>(event: E, payload: Events[E]) => {
      await Promise.all(
        [...windows].map((appWindow) =>
          appWindow.page
            .evaluate(([channel, data]) => (globalThis as unknown as HarnessGlobal).__banmianEmit?.(channel, data), [eventChannel(event), payload] as const)
            .catch(() => undefined), // a window closing while an event is on its way
        ),
      );
    };
    // Settings → 编辑部 works as in the app; the password is sealed by a stand-in for Electron's safeStorage.
    const newsroom = new NewsroomService({
      store,
      settingsFile: path.join(dataDir, 'newsroom.json'),
      secrets: testSecrets,
      onStatus: (status) => void deliver('newsroom.status', status),
      onCheckOutLost: (lost) => void deliver('newsroom.checkOutLost', lost),
      onChanged: (changes) => announceNewsroomChanges(changes, (event, payload) => void deliver(event, payload)),
    });
    cleanups.push(() => newsroom.close());
    const handlers = createHandlers({
      store,
      appInfo,
      newsroom,
      notify: (event, payload) => void deliver(event, payload),
      screenFonts,
      photoUrl: (relative) => `${server.url}__banmian/photos/${relative.split('/').map(encodeURIComponent).join('/')}`,
      pickPdfPath: async (name) => {
        await mkdir(exportsDir, { recursive: true });
        return path.join(exportsDir, name);
      },
    });
    // As the app does with its window: the heavy-work process starts now, not on the first page's photos.
    heavyPool().warm();

    return {
      store,
      handlers,
      url: server.url,
      dataDir,
      exportsDir,
      notify: deliver,
      async openApp(options: OpenAppOptions = {}) {
        const context = await browser.newContext({
          locale: options.locale ?? 'zh-CN',
          viewport: options.viewport ?? { width: 1360, height: 860 },
          deviceScaleFactor: 1,
        });
        const problems: string[] = [];
        // As the Electron shell checks the sender, only our renderer's own pages reach the handlers.
        await context.exposeBinding('__banmianInvoke', async (source, command: string, payload: string) => {
          if (!source.frame.url().startsWith(server.url)) {
            return JSON.stringify({ ok: false, error: { code: 'forbidden', message: `IPC from ${source.frame.url()} refused.` } });
          }
          return JSON.stringify(await dispatch(handlers, command, JSON.parse(payload) as unknown));
        });
        await context.addInitScript({ content: bridgeScript });
        const page = await context.newPage();
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
        const appWindow: AppWindow = { page, context, problems };
        windows.add(appWindow);
        page.on('close', () => windows.delete(appWindow));
        cleanups.push(() => context.close());

        await page.goto(server.url);
        await page.locator('.story-table, .placeholder.empty').first().waitFor({ state: 'visible' });
        return appWindow;
      },
      close: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** What bridge-entry.ts leaves on the page for the harness. */
interface HarnessGlobal {
  __banmianEmit?: (channel: string, payload: unknown) => void;
}
