/**
 * What crosses the IPC boundary. Electron strips custom properties from thrown errors,
 * so handlers' outcomes travel as values and the client turns failures back into errors.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'bad-file'
  | 'forbidden'
  | 'unknown-command'
  | 'internal';

export interface IpcErrorPayload {
  code: ErrorCode;
  message: string;
  /** Field-level problems for invalid input: "fields.headline: Expected string". */
  issues?: string[];
  /** Extra data for the renderer, e.g. both versions on a conflict. */
  details?: unknown;
}

export type IpcOutcome<T> = { ok: true; value: T } | { ok: false; error: IpcErrorPayload };

/** An error a handler means the user to see; anything else is reported as "internal". */
export class BanmianError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly issues?: string[],
  ) {
    super(message);
    this.name = 'BanmianError';
  }

  toPayload(): IpcErrorPayload {
    return { code: this.code, message: this.message, issues: this.issues, details: this.details };
  }
}

/** The error the renderer sees, carrying the code and details from the main process. */
export class IpcError extends Error {
  readonly code: ErrorCode;
  readonly issues: string[];
  readonly details: unknown;

  constructor(payload: IpcErrorPayload) {
    super(payload.message);
    this.name = 'IpcError';
    this.code = payload.code;
    this.issues = payload.issues ?? [];
    this.details = payload.details;
  }
}
