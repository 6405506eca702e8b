import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { damagedStore } from '../hostile/damaged-store';

// The background integrity check's worker as the app ships it: bundled by scripts/build.mjs
// into dist/main/integrity-worker.cjs (electron-builder packs dist/main/**), run on a damaged file.

const root = path.resolve(__dirname, '../../..');
// Inside node_modules/.cache, so better-sqlite3 (external) resolves as in the repo.
const cache = path.join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(path.join(cache, 'banmian-integrity-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runWorker(file: string, database: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { path: database } });
    worker.once('message', (message: { problem: string }) => resolve(message.problem));
    worker.once('error', reject);
  });
}

describe('the bundled integrity worker', () => {
  it('reports the damage of a damaged file and "ok" for a sound one', async () => {
    const { integrityWorkerOptions } = (await import(pathToFileURL(path.join(root, 'scripts/build.mjs')).href)) as { integrityWorkerOptions: (outfile: string) => object };
    const { build } = await import('esbuild');
    const outfile = path.join(dir, 'dist', 'main', 'integrity-worker.cjs');
    await build(integrityWorkerOptions(outfile));
    const damaged = path.join(dir, 'damaged.db');
    damagedStore(damaged, 'wal', [40, 50, 60]);
    expect(await runWorker(outfile, damaged)).not.toBe('ok');
    const sound = path.join(dir, 'sound.db');
    damagedStore(sound, 'wal', []);
    expect(await runWorker(outfile, sound)).toBe('ok');
  }, 60_000);
});
