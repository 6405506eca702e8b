import type { CommandInput, CommandName, CommandResult, EventName, Events } from './contract';
import { COMMAND_NAMES } from './command-names';
import { IpcError, type IpcOutcome } from './result';

/** Sends one command over whatever transport the shell has (Electron IPC, Playwright binding). */
export type Transport = (command: CommandName, input: unknown) => Promise<IpcOutcome<unknown>>;
export type Subscriber = <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => () => void;

/**
 * window.banmian: one function per contract command returning the outcome as a plain value.
 * Outcomes, not thrown errors, cross the context bridge, because Electron drops an error's
 * code and details on the way; `createClient` turns failures back into IpcError.
 */
export interface BanmianBridge {
  invoke: { [K in CommandName]: (input: CommandInput<K>) => Promise<IpcOutcome<CommandResult<K>>> };
  /** Returns the unsubscribe function. */
  on: Subscriber;
}

export interface BanmianClient {
  call<K extends CommandName>(command: K, input: CommandInput<K>): Promise<CommandResult<K>>;
  on: Subscriber;
}

/** Builds window.banmian from the contract's names; preload and the test harness both use it. */
export function createBridge(transport: Transport, subscribe: Subscriber): BanmianBridge {
  const invoke: Record<string, (input: unknown) => Promise<IpcOutcome<unknown>>> = {};
  for (const name of COMMAND_NAMES) invoke[name] = (input: unknown) => transport(name, input ?? {});
  return { invoke: invoke as unknown as BanmianBridge['invoke'], on: subscribe };
}

/** The renderer's view of the bridge: results, or an IpcError with the main process's code. */
export function createClient(bridge: BanmianBridge): BanmianClient {
  return {
    async call(command, input) {
      const send = bridge.invoke[command] as (input: unknown) => Promise<IpcOutcome<unknown>>;
      if (!send) throw new IpcError({ code: 'unknown-command', message: `Unknown command "${String(command)}"` });
      const outcome = await send(input);
      if (!outcome.ok) throw new IpcError(outcome.error);
      return outcome.value as never;
    },
    on: bridge.on,
  };
}
