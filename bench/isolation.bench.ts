import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HEAVY_MEMORY_MB, HEAVY_TIMEOUTS_MS } from '../main/isolation/heavy-work';
import type { PrintJob, ScreenComposeJob } from '../main/isolation/heavy-protocol';
import { WorkerPool } from '../main/isolation/worker-pool';
import { composeDocument } from '../main/pages/compose-service';
import { composeScreenJob } from '../main/pages/screen-compose';
import { samplePageDocument } from '../main/sample/sample-page';
import type { Benchmark } from './bench-types';

/**
 * What the heavy-work worker costs (docs/security.md, Isolation), on the built-in sample page:
 * the same composition run directly in this process and through a warm worker (the difference is
 * the structured clone of the page and its result, both ways), and the start-up a first task pays.
 * The worker is the built bundle (dist/heavy-worker.cjs, built here first), as the CLI runs it.
 */

const ROOT = join(__dirname, '..');
const SEED = new Uint8Array(readFileSync(join(ROOT, 'resources/sample/seed-page.txt')));
const entry = { file: join(ROOT, 'dist/heavy-worker.cjs') };
let pool: WorkerPool | undefined;
let print: PrintJob | undefined;
let screen: ScreenComposeJob | undefined;

async function prepare(): Promise<void> {
  if (pool) return;
  const { buildCli } = (await import(pathToFileURL(join(ROOT, 'scripts/build-cli.mjs')).href)) as { buildCli: () => Promise<void> };
  await buildCli();
  pool = new WorkerPool({ entry, maxOldGenerationSizeMb: HEAVY_MEMORY_MB, timeoutMs: HEAVY_TIMEOUTS_MS });
  const doc = await samplePageDocument();
  // Composition and preflight, no PDF: the photos are files of the page (read and decoded whole each time).
  print = { doc, baseDir: ROOT, photoPaths: {}, convertRgb: true, allowMissingGlyphs: false };
  screen = { document: doc, stories: doc.stories, images: {}, photos: {} };
  await pool.run('page.print', print, { label: 'bench' });
  await pool.run('page.screen', screen, { label: 'bench' });
}

export const benchmarks: Benchmark[] = [
  {
    name: 'isolation: a new worker, its first task (start, load the bundle, read the sample copy)',
    setup: prepare,
    run: async () => {
      const fresh = new WorkerPool({ entry, maxOldGenerationSizeMb: HEAVY_MEMORY_MB, timeoutMs: HEAVY_TIMEOUTS_MS });
      await fresh.run('import.read', { name: 'seed-page.txt', bytes: SEED }, { label: 'bench' });
      await fresh.close();
    },
    warmup: 1,
    iterations: 5,
  },
  {
    name: 'isolation: sample page for print (photos, compose, preflight), direct in this process',
    setup: prepare,
    run: async () => void (await composeDocument(print!.doc, { baseDir: ROOT, convertRgb: true })),
    iterations: 20,
  },
  {
    name: 'isolation: sample page for print (photos, compose, preflight), through the warm worker',
    setup: prepare,
    run: async () => void (await pool!.run('page.print', print!, { label: 'bench' })),
    iterations: 20,
  },
  {
    name: 'isolation: sample page for the screen (compose, every item), direct in this process',
    setup: prepare,
    run: () => void composeScreenJob(screen!),
    iterations: 20,
  },
  {
    name: 'isolation: sample page for the screen (compose, every item), through the warm worker',
    setup: prepare,
    run: async () => void (await pool!.run('page.screen', screen!, { label: 'bench' })),
    iterations: 20,
  },
];

process.on('exit', () => void pool?.close());
