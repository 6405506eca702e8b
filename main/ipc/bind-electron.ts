import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { IpcOutcome } from '../../shared/ipc/result';
import { INVOKE_CHANNEL } from '../../shared/ipc/channels';
import { dispatch } from './dispatch';
import type { Handlers } from './handler-types';

/**
 * The only file that touches ipcMain. One invoke channel carries every contract command;
 * the sender is checked before the payload is even parsed, then `dispatch` validates the
 * input against the contract and runs the handler. Returns a function that unbinds.
 */
export function bindElectronIpc(handlers: Handlers, isTrusted: (event: IpcMainInvokeEvent) => boolean): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, command: unknown, input: unknown): Promise<IpcOutcome<unknown>> => {
    if (!isTrusted(event)) {
      console.warn(`banmian: refused IPC from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      return { ok: false, error: { code: 'forbidden', message: 'This page may not use Banmian commands.' } };
    }
    if (typeof command !== 'string') {
      return { ok: false, error: { code: 'unknown-command', message: 'The command name must be a string.' } };
    }
    return dispatch(handlers, command, input);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
