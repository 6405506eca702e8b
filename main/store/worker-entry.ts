import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A store worker thread: `<name>.cjs` beside this bundle (dist/main/ in the app; see
 * scripts/build.mjs), else — running from the sources, as the tests and benchmarks do — the
 * TypeScript entry `<name>.ts` through tsx's require hook.
 */
export function startWorker(name: string, options: WorkerOptions, dir: string = __dirname): Worker {
  const built = join(dir, `${name}.cjs`);
  if (existsSync(built)) return new Worker(built, options);
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(join(dir, `${name}.ts`))});`, { ...options, eval: true });
}
