import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

/**
 * Just enough of Electron's main-process API for start-app to run under Node: each fake
 * records what the app asked of it so a test can check the window, IPC, protocols, menu
 * and session policy without the Electron binary.
 */

export const calls: string[] = [];

class FakeApp extends EventEmitter {
  isPackaged = false;
  userData = '';
  locale = 'en-US';
  lockAvailable = true;
  sandboxed = false;
  quitCalled = false;
  exitCode: number | undefined;
  about: unknown;
  private resolveReady!: () => void;
  private readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));

  reset() {
    this.removeAllListeners();
    Object.assign(this, { isPackaged: false, locale: 'en-US', lockAvailable: true, sandboxed: false, quitCalled: false, exitCode: undefined, about: undefined, isReadyNow: false });
    this.readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));
  }
  /** Electron refuses utilityProcess.fork before this. */
  isReadyNow = false;
  becomeReady() {
    calls.push('ready');
    this.isReadyNow = true;
    this.resolveReady();
  }
  setName(_name: string) {}
  enableSandbox() {
    this.sandboxed = true;
    calls.push('enableSandbox');
  }
  requestSingleInstanceLock() {
    return this.lockAvailable;
  }
  whenReady() {
    return this.readyPromise;
  }
  getPath(name: string) {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return this.userData;
  }
  getLocale() {
    return this.locale;
  }
  getVersion() {
    return '0.1.0';
  }
  setAboutPanelOptions(options: unknown) {
    this.about = options;
  }
  quit() {
    this.quitCalled = true;
  }
  exit(code: number) {
    this.exitCode = code;
  }
}
export const app = new FakeApp();

type Handler = (request: { url: string; method: string }) => Promise<Response>;
export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, Handler>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    calls.push('registerSchemesAsPrivileged');
    this.privileged = schemes;
  },
  handle(scheme: string, handler: Handler) {
    this.handlers.set(scheme, handler);
  },
};

export const net = {
  fetch: async (url: string) => new Response(readFileSync(fileURLToPath(url))),
};

class FakeSession extends EventEmitter {
  permissionRequestHandler: unknown;
  permissionCheckHandler: unknown;
  beforeRequestFilter: unknown;
  setPermissionRequestHandler(handler: unknown) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: unknown) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(_handler: unknown) {}
  webRequest = {
    onBeforeRequest: (filter: unknown, _listener: unknown) => {
      this.beforeRequestFilter = filter;
    },
    onHeadersReceived: (_listener: unknown) => {},
  };
}
export const session = { defaultSession: new FakeSession() };

export const ipcMain = {
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
};

const workArea = { x: 0, y: 0, width: 1920, height: 1050 };
export const screen = {
  getAllDisplays: () => [{ workArea }],
  getPrimaryDisplay: () => ({ workArea }),
};

export const Menu = {
  current: undefined as { template: unknown[] } | undefined,
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu(menu: { template: unknown[] }) {
    this.current = menu;
  },
};

export const dialog = {
  errors: [] as Array<[string, string]>,
  showErrorBox(title: string, message: string) {
    this.errors.push([title, message]);
  },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] as string[] }),
};

let nextContentsId = 1;
export class FakeWebContents extends EventEmitter {
  id = nextContentsId++;
  sent: Array<[string, unknown]> = [];
  openHandler: ((details: { url: string }) => unknown) | undefined;
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.openHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static windows: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;
  static getAllWindows() {
    return [...BrowserWindow.windows];
  }
  static getFocusedWindow() {
    return BrowserWindow.focused;
  }

  webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  visible = false;
  minimized = false;
  maximized = false;
  focusedCount = 0;
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  show() {
    this.visible = true;
  }
  maximize() {
    this.maximized = true;
  }
  setFullScreen(_on: boolean) {}
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  focus() {
    this.focusedCount += 1;
  }
  getNormalBounds() {
    return { x: Number(this.options.x ?? 200), y: Number(this.options.y ?? 100), width: Number(this.options.width), height: Number(this.options.height) };
  }
  isMaximized() {
    return this.maximized;
  }
  isFullScreen() {
    return false;
  }
  close() {
    this.emit('close', { preventDefault() {} });
    this.destroyed = true;
    BrowserWindow.windows = BrowserWindow.windows.filter((window) => window !== this);
    this.emit('closed');
  }
}

/**
 * Electron's utilityProcess as Node can give it: a child process with its messages, its
 * stderr and the exit code waitpid gives (128 + the signal when one killed it). The child
 * talks over Node's channel (heavy-process.ts uses `process.send` where it has no
 * `process.parentPort`), so this checks the app's side of the transport, not Electron's.
 */
class FakeUtilityProcess extends EventEmitter {
  readonly child: ChildProcess;
  pid: number | undefined;
  stdout: NodeJS.ReadableStream | null;
  stderr: NodeJS.ReadableStream | null;
  constructor(modulePath: string, args: string[], options: { execArgv?: string[]; stdio?: string; serviceName?: string }) {
    super();
    calls.push(`utilityProcess.fork ${options.serviceName ?? ''}`);
    this.child = fork(modulePath, args, { execArgv: options.execArgv, serialization: 'advanced', stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    this.pid = this.child.pid;
    this.stdout = this.child.stdout;
    this.stderr = this.child.stderr;
    this.child.on('message', (message) => this.emit('message', message));
    this.child.on('close', (code, signal) => {
      this.pid = undefined;
      this.emit('exit', code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  }
  postMessage(message: unknown) {
    this.child.send(message as never);
  }
  kill() {
    return this.child.kill('SIGTERM');
  }
}

export const utilityProcess = {
  processes: [] as FakeUtilityProcess[],
  fork(modulePath: string, args: string[] = [], options: { execArgv?: string[]; stdio?: string; serviceName?: string } = {}) {
    if (!app.isReadyNow) throw new Error('utilityProcess.fork can only be called after the app is ready');
    const made = new FakeUtilityProcess(modulePath, args, options);
    utilityProcess.processes.push(made);
    return made;
  },
};

export function resetFakeElectron(userData: string) {
  calls.length = 0;
  app.reset();
  app.userData = userData;
  protocol.handlers.clear();
  protocol.privileged = [];
  ipcMain.handlers.clear();
  session.defaultSession = new FakeSession();
  Menu.current = undefined;
  dialog.errors = [];
  BrowserWindow.windows = [];
  BrowserWindow.focused = null;
  utilityProcess.processes = [];
}
