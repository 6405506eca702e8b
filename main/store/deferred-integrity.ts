import type Database from 'better-sqlite3';
import type { BanmianError } from '../../shared/ipc/result';
import { damagedError, problemLine, refuseWrites } from './integrity';
import { startWorker } from './worker-entry';

/**
 * Files of this size and above open at once in the app and are checked in the background.
 * quick_check reads the whole file: ~2.8 s per 100 MB on the development machine under load
 * (docs/benchmarks.md), so below 3 MB the blocking check stays under ~100 ms.
 */
export const DEFERRED_CHECK_MIN_BYTES = 3 * 2 ** 20;

const UNCHECKED = 'the background integrity check could not run';

export interface DeferredCheck {
  /** Files of at least this many bytes are checked in the background (default DEFERRED_CHECK_MIN_BYTES). */
  minBytes?: number;
  /** The verdict: null when the file is sound, else the refusal its writes now get and SQLite's complaint (one line). */
  onResult: (damage: { error: BanmianError; problem: string } | null) => void;
}

/**
 * Runs quick_check over `db`'s file in a worker thread; if it finds damage, `db` refuses every
 * write from then on with the same words as the blocking check. Returns a stop function (the
 * store's close): the verdict of a check stopped early is not reported.
 */
export function checkInBackground(db: Database.Database, onResult: DeferredCheck['onResult']): () => void {
  const worker = startWorker('integrity-worker', { workerData: { path: db.name } });
  // The check never keeps the process alive: quitting the app does not wait for it.
  worker.unref();
  let done = false;
  const finish = (problem: string) => {
    if (done) return;
    done = true;
    void worker.terminate();
    if (problem === 'ok') return onResult(null);
    if (problem.startsWith(UNCHECKED)) {
      // A check that could not run says nothing about the file: writes go on, the reason is logged.
      console.error(`banmian: ${db.name}: ${problem}`);
      return onResult(null);
    }
    const error = damagedError(db.name, problem);
    refuseWrites(db, error);
    onResult({ error, problem: problemLine(problem) });
  };
  worker.on('message', (message: { problem: string }) => finish(message.problem));
  worker.on('error', (error) => finish(`${UNCHECKED}: ${error.message}`));
  worker.on('exit', (code) => finish(`${UNCHECKED} (the worker stopped, exit code ${code})`));
  return () => {
    if (done) return;
    done = true;
    void worker.terminate();
  };
}
