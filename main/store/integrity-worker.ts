import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { quickCheckTables } from './integrity';

/**
 * The background integrity check's thread (bundled as dist/main/integrity-worker.cjs beside
 * the main bundle): `PRAGMA quick_check` on a read-only connection of its own, so the main
 * process answers the windows while a large file is read through. Posts the first problem or "ok".
 * Table by table, so that closing the store (quitting the app) stops it within one table: a
 * thread inside one long SQLite call cannot be stopped, and the process waits for it.
 */
const { path } = workerData as { path: string };
let problem: string;
try {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    problem = quickCheckTables(db);
  } finally {
    db.close();
  }
} catch (error) {
  problem = (error as Error).message;
}
parentPort?.postMessage({ problem });
