import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { BanmianError } from '../../shared/ipc/result';
import { diskError } from './disk-errors';

/** How long a write waits for another window's write to finish before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

export function isMemoryPath(path: string): boolean {
  return path === ':memory:' || path === '';
}

/**
 * One connection with the store's per-connection settings: foreign keys on, a busy timeout
 * so concurrent writers queue instead of failing, and synchronous=NORMAL, which WAL makes
 * crash-safe. Nothing is written to the file yet: see `useWal`.
 */
export function openDatabase(path: string): Database.Database {
  if (!isMemoryPath(path)) mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    const said = diskError(error, path);
    throw said instanceof BanmianError ? said : new BanmianError('bad-file', `Cannot open the database ${path}: ${(error as Error).message}`);
  }
  try {
    // Reading the header is what fails on a file that is not SQLite (a document, a photo, …).
    db.pragma('user_version', { simple: true });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    throw new BanmianError('bad-file', `${path} is not a Banmian database: ${(error as Error).message}`);
  }
  return db;
}

/**
 * Write-ahead logging: readers never wait for a writer, so several windows share the file.
 * It is recorded in the file, so it is switched on only once the file is known to be ours.
 */
export function useWal(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
}
