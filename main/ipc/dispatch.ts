import { commands, type CommandName } from '../../shared/ipc/contract';
import { BanmianError, type IpcOutcome } from '../../shared/ipc/result';
import { describeIssues } from '../../shared/model/zod-issues';
import type { Handlers } from './handler-types';

/**
 * Validates a payload against the contract and runs its handler. Every outcome is a value:
 * the renderer gets a clear message for bad input, and an unexpected failure is logged here
 * and reported without internals.
 */
export async function dispatch(handlers: Handlers, command: string, rawInput: unknown): Promise<IpcOutcome<unknown>> {
  if (!Object.prototype.hasOwnProperty.call(commands, command)) {
    return { ok: false, error: { code: 'unknown-command', message: `Unknown command "${command}".` } };
  }
  const name = command as CommandName;
  const parsed = commands[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    return {
      ok: false,
      error: { code: 'invalid-input', message: `Invalid input for ${name}: ${issues.join('; ')}`, issues },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof BanmianError) return { ok: false, error: error.toPayload() };
    console.error(`banmian: ${name} failed`, error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `${name} failed: ${message}` } };
  }
}
