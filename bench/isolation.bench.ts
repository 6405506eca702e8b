import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HEAVY_MEMORY_MB, HEAVY_TIMEOUTS_MS } from '../main/isolation/heavy-work';
import type { PrintJob, ScreenComposeJob } from '../main/isolation/heavy-protocol';
import { HeavyPool } from '../main/isolation/heavy-pool';
import { forkNodeProcess } from '../main/isolation/node-process-transport';
import { composeDocument } from '../main/pages/compose-service';
import { composeScreenJob } from '../main/pages/screen-compose';
import { samplePageDocument } from '../main/sample/sample-page';
import type { Benchmark } from './bench-types';

/**
 * What the heavy-work process costs (docs/security.md, Isolation), on the built-in sample page:
 * the same composition run directly in this process and through the warm heavy process (the
 * difference is V8's serialisation of the page and its result over the pipe, both ways), and the
 * start-up a first task pays. The process is the built bundle (dist/heavy-process.cjs, built here
 * first), forked as the CLI forks it (child_process; the app's utilityProcess cannot run here).
 */

const ROOT = join(__dirname, '..');
const SEED = new Uint8Array(readFileSync(join(ROOT, 'resources/sample/seed-page.txt')));
const entry = { modulePath: join(ROOT, 'dist/heavy-process.cjs'), execArgv: [] };
const options = { spawn: forkNodeProcess, entry, maxOldGenerationSizeMb: HEAVY_MEMORY_MB, timeoutMs: HEAVY_TIMEOUTS_MS };
let pool: HeavyPool | undefined;
let print: PrintJob | undefined;
let screen: ScreenComposeJob | undefined;

async function prepare(): Promise<void> {
  if (pool) return;
  const { buildCli } = (await import(pathToFileURL(join(ROOT, 'scripts/build-cli.mjs')).href)) as { buildCli: () => Promise<void> };
  await buildCli();
  pool = new HeavyPool(options);
  const doc = await samplePageDocument();
  // Composition and preflight, no PDF: the photos are files of the page (read and decoded whole each time).
  print = { doc, baseDir: ROOT, photoPaths: {}, convertRgb: true, allowMissingGlyphs: false };
  screen = { document: doc, stories: doc.stories, images: {}, photos: {} };
  await pool.run('page.print', print, { label: 'bench' });
  await pool.run('page.screen', screen, { label: 'bench' });
}

export const benchmarks: Benchmark[] = [
  {
    name: 'isolation: a new heavy process, its first task (start, load the bundle, read the sample copy)',
    setup: prepare,
    run: async () => {
      const fresh = new HeavyPool(options);
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
    name: 'isolation: sample page for print (photos, compose, preflight), through the warm heavy process',
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
    name: 'isolation: sample page for the screen (compose, every item), through the warm heavy process',
    setup: prepare,
    run: async () => void (await pool!.run('page.screen', screen!, { label: 'bench' })),
    iterations: 20,
  },
];

process.on('exit', () => void pool?.close());
