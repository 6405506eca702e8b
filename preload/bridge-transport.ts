import type { CommandName, EventName, Events } from '../shared/ipc/contract';
import type { Subscriber, Transport } from '../shared/ipc/client';
import type { IpcOutcome } from '../shared/ipc/result';
import { INVOKE_CHANNEL, eventChannel, isEventName } from '../shared/ipc/channels';

/** The slice of ipcRenderer the bridge needs; the test passes a fake. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Commands travel over one invoke channel and come back as outcomes. A failure of the
 * channel itself (main process gone, handler threw) also becomes an outcome, so the page
 * always gets a message to show rather than an unexplained rejection.
 */
export function ipcTransport(ipc: RendererIpc): Transport {
  return async (command: CommandName, input: unknown): Promise<IpcOutcome<unknown>> => {
    try {
      return (await ipc.invoke(INVOKE_CHANNEL, command, input)) as IpcOutcome<unknown>;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: `${command} failed: ${message}` } };
    }
  };
}

/**
 * Subscriptions to contract events only. The page's listener gets the payload alone: the
 * IpcRendererEvent (and its `sender`) never crosses into the page.
 */
export function ipcSubscriber(ipc: RendererIpc): Subscriber {
  return <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => {
    if (!isEventName(event)) throw new Error(`Unknown event "${String(event)}"`);
    if (typeof listener !== 'function') throw new Error('The listener must be a function');
    const channel = eventChannel(event);
    const relay = (_event: unknown, payload: unknown) => listener(payload as Events[E]);
    ipc.on(channel, relay);
    return () => {
      ipc.removeListener(channel, relay);
    };
  };
}
