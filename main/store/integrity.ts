import type Database from 'better-sqlite3';
import { BanmianError } from '../../shared/ipc/result';

/** `PRAGMA quick_check`'s first line, of the whole file or of one table: "ok", or the first problem it found. */
export function quickCheck(db: Database.Database, table?: string): string {
  try {
    const rows = db.pragma(table === undefined ? 'quick_check' : `quick_check(${JSON.stringify(table)})`) as Array<{ quick_check: string }>;
    return rows[0]?.quick_check ?? 'no answer';
  } catch (error) {
    // A page so damaged that the check itself stops (SQLITE_CORRUPT, a broken search table).
    return (error as Error).message;
  }
}

/**
 * quick_check of every table and its indexes, one table at a time, returning the first problem
 * or "ok": the b-trees of the whole file, including the search index's own tables. Not checked
 * (unlike `quickCheck`): FTS5's comparison of the index with the text it indexes — 85 % of the
 * time on the 100k archive, in one uninterruptible call — and the free-page list.
 */
export function quickCheckTables(db: Database.Database): string {
  let tables: string[];
  try {
    tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").pluck().all() as string[];
  } catch (error) {
    return (error as Error).message;
  }
  for (const table of tables) {
    const problem = quickCheck(db, table);
    if (problem !== 'ok') return problem;
  }
  return 'ok';
}

/** The refusal of a damaged file, with what to do; the same words whether the check ran at open or in the background. */
export function damagedError(path: string, problem: string): BanmianError {
  return new BanmianError(
    'bad-file',
    `${path} is damaged (SQLite quick_check: ${problemLine(problem)}). Nothing was written to it. Restore it from a backup, or recover what is readable with: sqlite3 "${path}" ".recover" | sqlite3 recovered.db`,
  );
}

/** quick_check's complaint on one line of at most 200 characters (it lists problems one per line). */
export function problemLine(problem: string): string {
  return problem.replace(/\s+/gu, ' ').trim().slice(0, 200);
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
