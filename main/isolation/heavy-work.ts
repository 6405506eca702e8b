import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { HeavyInput, HeavyOutput, HeavyTask } from './heavy-protocol';
import { HeavyPool, type HeavyPoolOptions, type RunOptions } from './heavy-pool';
import type { HeavySpawn } from './heavy-transport';
import { forkNodeProcess } from './node-process-transport';

/**
 * The one seam between the main process and its heavy-work process (docs/security.md,
 * Isolation): import, photo decoding and conversion, composition, previews and PDF writing run
 * through runHeavy, in a process of its own with a heap limit and a time limit per task, so a
 * file that still exhausts them — or crashes a native library — costs one clear error, not the
 * app. The app, the CLI and the tests share this pool; the app swaps the transport for
 * Electron's utilityProcess at start-up (useHeavyTransport).
 */

/** The process's heap limit: far above a real page or story (the import limits stop copy near 24 MB of XML). */
export const HEAVY_MEMORY_MB = 1024;

/**
 * Per task, counted from when the process has loaded: a real task takes a fraction of it
 * (docs/benchmarks.md), a print the longest (a page's photos converted for the press); an
 * edition's pages are print tasks of their own, each with its limit.
 */
export const HEAVY_TIMEOUTS_MS: Record<HeavyTask, number> = {
  'import.read': 15_000,
  'photo.prove': 15_000,
  'photo.press': 60_000,
  'photo.preview': 15_000,
  'page.screen': 15_000,
  // Fitting composes the page once per trial (a few dozen at most).
  'page.fit': 60_000,
  'page.fitFrame': 60_000,
  'page.print': 120_000,
  'page.proof': 120_000,
  // An edition's photos, converted for the press together (each one done starts it again).
  'edition.photos': 60_000,
};

/**
 * The process's script: heavy-process.cjs beside this bundle (dist/main/ in the app, dist/ for
 * the CLI; scripts/build.mjs and build-cli.mjs write both) — for the CLI through
 * bin/heavy-process.cjs, which keeps V8's compiled code between runs as the CLI does — else,
 * running from the sources as the tests and benchmarks do, the TypeScript entry through tsx.
 */
export function heavyProcessEntry(dir: string = __dirname): HeavyPoolOptions['entry'] {
  const built = join(dir, 'heavy-process.cjs');
  const cached = join(dir, '..', 'bin', 'heavy-process.cjs');
  if (existsSync(built) && existsSync(cached)) return { modulePath: cached, execArgv: [] };
  if (existsSync(built)) return { modulePath: built, execArgv: [] };
  return { modulePath: join(dir, 'heavy-process.ts'), execArgv: ['--require', createRequire(__filename).resolve('tsx/cjs')] };
}

let spawn: HeavySpawn = forkNodeProcess;
let pool: HeavyPool | null = null;

/** Chooses how heavy-work processes start (the app: Electron's utilityProcess); before the first task. */
export function useHeavyTransport(next: HeavySpawn): void {
  spawn = next;
  // A pool started on the old transport (or closed when the app last quit) gives way to a new one.
  void pool?.close();
  pool = null;
}

export function heavyPool(): HeavyPool {
  pool ??= new HeavyPool({ spawn, entry: heavyProcessEntry(), maxOldGenerationSizeMb: HEAVY_MEMORY_MB, timeoutMs: HEAVY_TIMEOUTS_MS });
  return pool;
}

/** Replaces the process's pool (tests give one with small limits or provoked failures); returns the one it replaced. */
export function useHeavyPool(next: HeavyPool | null): HeavyPool | null {
  const previous = pool;
  pool = next;
  return previous;
}

/** Runs a task in the heavy process; `label` starts the message should it be stopped: `Cannot import "copy.docx"`. */
export function runHeavy<K extends HeavyTask>(task: K, input: HeavyInput<K>, label: string, options: Omit<RunOptions, 'label'> = {}): Promise<HeavyOutput<K>> {
  return heavyPool().run(task, input, { ...options, label });
}
