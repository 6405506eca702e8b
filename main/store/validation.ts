import type { z } from 'zod';
import { BanmianError } from '../../shared/ipc/result';
import { describeIssues, dottedField } from '../../shared/model/zod-issues';


/** Parses what a caller wants written; a bad field is the caller's mistake: 'invalid-input'. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string, prefix = ''): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = describeIssues(parsed.error, dottedField(prefix));
  throw new BanmianError('invalid-input', `Invalid ${what}: ${issues.join('; ')}`, undefined, issues);
}

/** Parses what the database returned; a bad value there is damage, not user error: 'internal'. */
export function parseStored<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = describeIssues(parsed.error);
  throw new BanmianError('internal', `${what} in the database is damaged: ${issues.join('; ')}`, undefined, issues);
}

export function parseJsonColumn(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BanmianError('internal', `${what} in the database is not valid JSON.`);
  }
}

/** Keys given as `undefined` leave the stored value alone when merged over it. */
export function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
