import type Database from 'better-sqlite3';
import { BanmianError } from '../../shared/ipc/result';

/** `PRAGMA quick_check`'s first line: "ok", or the first problem it found. */
export function quickCheck(db: Database.Database): string {
  try {
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    return rows[0]?.quick_check ?? 'no answer';
  } catch (error) {
    // A page so damaged that the check itself stops (SQLITE_CORRUPT, a broken search table).
    return (error as Error).message;
  }
}

/** The refusal of a damaged file, with what to do; the same words whether the check ran at open or in the background. */
export function damagedError(path: string, problem: string): BanmianError {
  return new BanmianError(
    'bad-file',
    `${path} is damaged (SQLite quick_check: ${problem.replace(/\s+/gu, " ").trim().slice(0, 200)}). Nothing was written to it. Restore it from a backup, or recover what is readable with: sqlite3 "${path}" ".recover" | sqlite3 recovered.db`,
  );
}

/** A damaged file is refused with what to do, before anything is written to it. */
export function assertIntact(db: Database.Database): void {
  const problem = quickCheck(db);
  if (problem !== 'ok') throw damagedError(db.name, problem);
}

const damage = new WeakMap<Database.Database, BanmianError>();

/**
 * From now on this connection writes nothing: SQLite itself refuses every write (query_only),
 * and `writeTransaction` says why with `error` before it begins.
 */
export function refuseWrites(db: Database.Database, error: BanmianError): void {
  damage.set(db, error);
  if (db.open) db.pragma('query_only = ON');
}

/** The refusal recorded for this connection, if its file was found damaged after it opened. */
export function damageOf(db: Database.Database): BanmianError | undefined {
  return damage.get(db);
}
