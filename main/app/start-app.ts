import { BrowserWindow, Menu, app, dialog, safeStorage, session, utilityProcess, type WebContents } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { EventName, Events, MenuAction } from '../../shared/ipc/contract';
import type { StoreDamage } from '../../shared/ipc/contract-types';
import { bindElectronIpc } from '../ipc/bind-electron';
import { createHandlers } from '../ipc/handlers';
import { heavyPool, useHeavyTransport } from '../isolation/heavy-work';
import { utilityProcessSpawner } from '../isolation/utility-process-transport';
import { announceNewsroomChanges, NewsroomService } from '../newsroom/newsroom-service';
import { openStore } from '../store/open-store';
import type { Store } from '../store/store-types';
import { createScreenFonts } from '../fonts/screen-fonts';
import { pageHasGlyph } from '../fonts/page-measurer';
import { pdfSaveDialog } from '../pages/pdf-save-dialog';
import { appIconPath } from './app-icon';
import { photoUrl, screenFontUrl } from './asset-roots';
import { guardWebContents } from './content-guards';
import { dataPaths } from './data-paths';
import { pickImportFiles } from './import-picker';
import { eventChannel } from '../../shared/ipc/channels';
import { isTrustedSender } from './ipc-sender';
import { createMainWindow } from './main-window';
import { mainTexts } from './texts';
import { menuTemplate } from './menu-template';
import { handleProtocols, registerPrivilegedSchemes } from './protocols';
import { secureSession } from './session-security';

const PRODUCT_NAME = 'Banmian';
const WINDOW_TITLE = '版面 Banmian';

export interface StartOptions {
  /** The built renderer. Default: dist/renderer beside dist/main, inside or outside app.asar. */
  rendererDir?: string;
  /** The bundled preload. Default: dist/preload/index.cjs. */
  preloadPath?: string;
}

/** The folder of dist/main/index.cjs once bundled. */
const bundleDir = __dirname;

/**
 * The desktop app: one instance, one library window, the store in userData, every web
 * contents guarded. DevTools and reload exist only when an unpackaged run asks for them
 * with BANMIAN_DEV=1 (`npm start -- --dev`).
 */
export function startApp(options: StartOptions = {}): void {
  const rendererDir = options.rendererDir ?? path.join(bundleDir, '..', 'renderer');
  const preloadPath = options.preloadPath ?? path.join(bundleDir, '..', 'preload', 'index.cjs');
  const isDev = !app.isPackaged && process.env.BANMIAN_DEV === '1';
  app.setName(PRODUCT_NAME);
  app.enableSandbox();
  registerPrivilegedSchemes();

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Our windows' web contents: the only IPC senders trusted.
  const trustedContents = new Set<number>();
  let mainWindow: BrowserWindow | undefined;
  let store: Store | undefined;

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  /** Our library windows (never a DevTools or other stray window). */
  const liveWindows = () =>
    BrowserWindow.getAllWindows().filter((window) => !window.isDestroyed() && trustedContents.has(window.webContents.id));

  function notify<E extends EventName>(event: E, payload: Events[E]): void {
    for (const window of liveWindows()) window.webContents.send(eventChannel(event), payload);
  }

  function sendMenuAction(action: MenuAction): void {
    const focused = BrowserWindow.getFocusedWindow();
    const target = focused && liveWindows().includes(focused) ? focused : mainWindow;
    if (target && !target.isDestroyed()) target.webContents.send(eventChannel('menu.action'), { action });
  }

  function openMainWindow(paths: ReturnType<typeof dataPaths>): void {
    const window = createMainWindow({
      preload: preloadPath,
      isDev,
      stateFile: paths.windowState,
      title: WINDOW_TITLE,
      icon: appIconPath({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, bundleDir }),
    });
    const contents: WebContents = window.webContents;
    const id = contents.id;
    trustedContents.add(id);
    window.on('closed', () => {
      trustedContents.delete(id);
      if (mainWindow === window) mainWindow = undefined;
    });
    mainWindow = window;
  }

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  let newsroom: NewsroomService | undefined;
  app.on('will-quit', () => {
    // Stops the sync's timers and feeds at once; a bridge step is one SQLite transaction, never half written.
    void newsroom?.close();
    void heavyPool().close();
    store?.close();
  });

  app
    .whenReady()
    .then(() => {
      if (!existsSync(path.join(rendererDir, 'index.html'))) {
        throw new Error(`The renderer is not built (${rendererDir} has no index.html). Run "npm run build" first.`);
      }
      const paths = dataPaths(app.getPath('userData'));
      mkdirSync(paths.photos, { recursive: true });
      mkdirSync(paths.screenFonts, { recursive: true });

      secureSession(session.defaultSession);
      handleProtocols(rendererDir, paths.photos, paths.screenFonts);

      // A large database opens at once and is checked in a worker; damage found there is told to every window.
      let storeDamage: StoreDamage | undefined;
      const openedStore = openStore(paths.database, {
        photosDir: paths.photos,
        deferredCheck: {
          onResult: (damage) => {
            if (!damage) return;
            console.error(`banmian: ${damage.error.message}`);
            storeDamage = { path: paths.database, problem: damage.problem };
            notify('store.damaged', storeDamage);
          },
        },
        // The archive's common words are ranked in a worker after opening, ready before they are searched.
        warmSearch: {},
      });
      store = openedStore;
      const texts = mainTexts(osLocale());
      // The newsroom password only ever touches the disk encrypted by the system keychain.
      newsroom = new NewsroomService({
        store: openedStore,
        settingsFile: paths.newsroomSettings,
        secrets: {
          canEncrypt: () => safeStorage.isEncryptionAvailable(),
          encrypt: (text) => safeStorage.encryptString(text),
          decrypt: (bytes) => safeStorage.decryptString(bytes),
        },
        onStatus: (status) => notify('newsroom.status', status),
        onCheckOutLost: (lost) => notify('newsroom.checkOutLost', lost),
        onChanged: (changes) => announceNewsroomChanges(changes, notify),
      });
      newsroom.resume();
      const handlers = createHandlers({
        newsroom,
        store: openedStore,
        appInfo: () => ({ name: PRODUCT_NAME, version: app.getVersion(), dataDir: paths.userData, shell: 'electron', ...(storeDamage ? { storeDamage } : {}) }),
        pickImportFiles: () => pickImportFiles(BrowserWindow.getFocusedWindow() ?? mainWindow, texts.importDialog),
        notify,
        // The page desk: screen fonts and photo previews over banmian://, PDFs saved where the user says.
        screenFonts: createScreenFonts({ cacheDir: paths.screenFonts, url: screenFontUrl, hasGlyph: pageHasGlyph }),
        photoUrl,
        pickPdfPath: pdfSaveDialog(
          (options) => {
            const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
            return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
          },
          () => safely(() => app.getPath('documents')) ?? paths.userData,
          texts.pdfDialog,
        ),
      });
      bindElectronIpc(handlers, (event) => isTrustedSender(event, trustedContents));
      // Import, photo decoding, composition and PDF writing run in a utility process (main/isolation):
      // a native crash there ends it, not the app. Started now (utilityProcess needs a ready app), so the first page composes warm.
      useHeavyTransport(utilityProcessSpawner((modulePath, args, options) => utilityProcess.fork(modulePath, args, options)));
      heavyPool().warm();

      app.setAboutPanelOptions({
        applicationName: WINDOW_TITLE,
        applicationVersion: app.getVersion(),
        copyright: texts.aboutLine,
      });
      const template = menuTemplate({
        platform: process.platform,
        isDev,
        appName: PRODUCT_NAME,
        labels: texts.menu,
        send: sendMenuAction,
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));

      openMainWindow(paths);
      app.on('activate', () => {
        if (liveWindows().length === 0) openMainWindow(paths);
      });
    })
    .catch((error: unknown) => {
      console.error('banmian: could not start', error);
      dialog.showErrorBox(mainTexts(osLocale()).startupFailed, startupErrorMessage(error));
      app.exit(1);
    });
}

/** The error, plus the fix when it is the usual one: SQLite compiled for Node, not Electron. */
export function startupErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(message)) return message;
  return `${message}\n\nbetter-sqlite3 is built for Node, not for Electron. Start the app with "npm start" (it builds an Electron copy) or run "npx electron-builder install-app-deps".`;
}

function safely<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** The OS language ("zh-CN", …), which picks the main process's texts; "" (English) when Electron cannot tell. */
function osLocale(): string {
  return safely(() => app.getLocale()) ?? '';
}
