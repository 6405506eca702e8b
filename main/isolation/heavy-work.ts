import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HeavyInput, HeavyOutput, HeavyTask } from './heavy-protocol';
import { WorkerPool, type WorkerPoolOptions } from './worker-pool';

/**
 * The one seam between the main process and its heavy-work worker (docs/security.md,
 * Isolation): import, photo decoding, composition and PDF writing run through runHeavy, in a
 * worker thread with a heap limit and a time limit per task, so a file that still exhausts
 * them costs one clear error, not the app. The app, the CLI and the tests share this pool.
 */

/** The worker's heap limit: far above a real page or story (the import limits stop copy near 24 MB of XML). */
export const HEAVY_MEMORY_MB = 1024;

/**
 * Per task, counted from when the worker has loaded: a real task takes a fraction of it
 * (docs/benchmarks.md), a print the longest (a page's photos converted for the press).
 */
export const HEAVY_TIMEOUTS_MS: Record<HeavyTask, number> = {
  'import.read': 15_000,
  'photo.prove': 15_000,
  'page.screen': 15_000,
  'page.print': 120_000,
};

/**
 * The worker's script: heavy-worker.cjs beside this bundle (dist/main/ in the app, dist/ for
 * the CLI; scripts/build.mjs and build-cli.mjs write both), else — running from the sources,
 * as the tests and benchmarks do — the TypeScript entry through tsx's require hook.
 */
export function heavyWorkerEntry(dir: string = __dirname): WorkerPoolOptions['entry'] {
  const built = join(dir, 'heavy-worker.cjs');
  // The CLI (dist/ beside bin/): the worker keeps V8's compiled code between runs as the CLI does.
  const compileCache = join(dir, '..', 'bin', 'compile-cache.cjs');
  if (existsSync(built) && existsSync(compileCache)) {
    return { code: `const cache = require(${JSON.stringify(compileCache)}).enableCompileCache('worker'); require(${JSON.stringify(built)}); cache.save();` };
  }
  if (existsSync(built)) return { file: built };
  const source = join(dir, 'heavy-worker.ts');
  return { code: `require('tsx/cjs'); require(${JSON.stringify(source)});` };
}

let pool: WorkerPool | null = null;

export function heavyPool(): WorkerPool {
  pool ??= new WorkerPool({ entry: heavyWorkerEntry(), maxOldGenerationSizeMb: HEAVY_MEMORY_MB, timeoutMs: HEAVY_TIMEOUTS_MS });
  return pool;
}

/** Replaces the process's pool (tests give one with small limits or provoked failures); returns the one it replaced. */
export function useHeavyPool(next: WorkerPool | null): WorkerPool | null {
  const previous = pool;
  pool = next;
  return previous;
}

/** Runs a task in the worker; `label` starts the message should the worker be stopped: `Cannot import "copy.docx"`. */
export function runHeavy<K extends HeavyTask>(task: K, input: HeavyInput<K>, label: string): Promise<HeavyOutput<K>> {
  return heavyPool().run(task, input, { label });
}
