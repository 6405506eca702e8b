import { BanmianError } from '../../shared/ipc/result';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliContext {
  /** Positional arguments after the command name. */
  args: string[];
  db: string | undefined;
  json: boolean;
  io: CliIo;
}

export function requireDb(ctx: CliContext): string {
  if (!ctx.db) throw new BanmianError('invalid-input', 'missing --db PATH (the article database)');
  return ctx.db;
}

export function printJson(ctx: CliContext, value: unknown): void {
  ctx.io.out(`${JSON.stringify(value, null, 2)}\n`);
}
