/**
 * The harness's preload. It runs in the page before the renderer and builds window.banmian
 * from the very code Electron's preload uses (createBridge over preload's ipcTransport and
 * ipcSubscriber); only the ipcRenderer underneath is replaced. Its `invoke` goes to the
 * Playwright binding `__banmianInvoke` (the real dispatch and handlers in Node), and the
 * harness delivers main-process events by calling `__banmianEmit` with the event's channel.
 */
import { createBridge } from '../../../shared/ipc/client';
import { ipcSubscriber, ipcTransport, type RendererIpc } from '../../../preload/bridge-transport';
import { INVOKE_CHANNEL } from '../../../shared/ipc/channels';

type Invoke = (command: string, input: unknown) => Promise<unknown>;
type Listener = (event: unknown, ...args: unknown[]) => void;

const scope = window as unknown as { __banmianInvoke?: Invoke };
const listeners = new Map<string, Set<Listener>>();

const playwrightIpc: RendererIpc = {
  invoke(channel, command, input) {
    if (channel !== INVOKE_CHANNEL) return Promise.reject(new Error(`unknown channel ${channel}`));
    // Looked up per call: Playwright installs the binding alongside, not necessarily before, this script.
    const invoke = scope.__banmianInvoke;
    if (!invoke) return Promise.reject(new Error('the harness binding __banmianInvoke is missing'));
    // JSON across the binding: Playwright's own value serialiser walks every object of a large
    // result (a composed page) and costs far more than Electron's structured clone would.
    return invoke(command as string, JSON.stringify(input ?? {})).then((text) => JSON.parse(text as string) as unknown);
  },
  on(channel, listener) {
    const set = listeners.get(channel) ?? new Set<Listener>();
    listeners.set(channel, set);
    set.add(listener);
    return playwrightIpc;
  },
  removeListener(channel, listener) {
    listeners.get(channel)?.delete(listener);
    return playwrightIpc;
  },
};

/** What ipcRenderer does when the main process sends on `channel`. */
function emit(channel: string, payload: unknown): void {
  for (const listener of [...(listeners.get(channel) ?? [])]) {
    try {
      listener({ sender: null }, payload);
    } catch (error) {
      console.error(`banmian harness: a listener on ${channel} failed`, error);
    }
  }
}

const bridge = createBridge(ipcTransport(playwrightIpc), ipcSubscriber(playwrightIpc));

// Frozen and read-only, as contextBridge.exposeInMainWorld leaves it in Electron.
Object.freeze(bridge.invoke);
Object.defineProperty(window, 'banmian', { value: Object.freeze(bridge), enumerable: true });
Object.defineProperty(window, '__banmianEmit', { value: emit });
