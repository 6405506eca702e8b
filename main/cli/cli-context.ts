import type { PreflightIssue } from '../../shared/compose/compose-types';
import { BanmianError } from '../../shared/ipc/result';
import { preflightText } from './preflight-text';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress is then drawn in place). */
  errIsTTY?: boolean;
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

/** A command line that does not say what to do: exit code 2, like an unknown option. */
export class UsageError extends Error {
  readonly code = 'usage';
}

/** One preflight problem as a line: severity, code, frame, message. */
export function formatIssue(issue: PreflightIssue): string {
  return `${issue.severity === 'error' ? 'error' : 'warning'}  ${issue.code.padEnd(18)} ${issue.frameId ? `[${issue.frameId}] ` : ''}${preflightText(issue)}`;
}
