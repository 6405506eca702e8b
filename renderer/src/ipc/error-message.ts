import { IpcError } from '../../../shared/ipc/result';

/** What the user reads when a call fails: the main process's own message, never a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof IpcError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
