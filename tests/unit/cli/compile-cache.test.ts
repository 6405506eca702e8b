import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin', 'banmian.cjs');
const dir = mkdtempSync(join(tmpdir(), 'banmian-v8-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `banmian compose --sample` in a new process, run from another folder, with its own code cache and photo cache. */
function compose(out: string, env: Record<string, string> = {}): Buffer {
  const r = spawnSync(process.execPath, [BIN, 'compose', '--sample', '--out', join(dir, out)], {
    cwd: tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, BANMIAN_COMPILE_CACHE_DIR: join(dir, 'v8'), BANMIAN_CACHE_DIR: join(dir, 'photos'), ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  // Every photo is found (a failed import('sharp') would report them unreadable).
  expect(r.stderr).not.toMatch(/unknown-asset|cannot be read/u);
  return readFileSync(join(dir, out));
}

/** The keys of a cache file's index (`name`: "" for the CLI, "-heavy" for its heavy-work process): every module it compiled. */
function cachedModules(name: string): string[] {
  const bytes = readFileSync(join(dir, 'v8', `node-${process.version}-${process.arch}${name}.bin`));
  return Object.keys(JSON.parse(bytes.subarray(4, 4 + bytes.readUInt32LE(0)).toString('utf8')) as object);
}

describe('the CLI’s V8 code cache (bin/compile-cache.cjs)', () => {
  it('is written by the first run and gives the same PDF bytes when used, or damaged, or off', () => {
    const first = compose('first.pdf');
    const files = readdirSync(join(dir, 'v8'));
    // One for the CLI, one for its heavy-work process (main/isolation, bin/heavy-process.cjs).
    expect(files.sort()).toEqual([`node-${process.version}-${process.arch}-heavy.bin`, `node-${process.version}-${process.arch}.bin`]);
    // The main thread's index names every module the run compiled: a page needs neither the newsroom's
    // PouchDB stack nor the .docx importer, and a cold compose must not pay for loading them.
    const modules = cachedModules('');
    expect(modules.filter((key) => /\/(pouchdb-node|leveldown|node-fetch|mammoth|jszip)\//u.test(key))).toEqual([]);
    // The two bundles are the largest scripts of all; a comment in them saying `import(` once kept them out.
    expect(modules.some((key) => key.startsWith(join(ROOT, 'dist', 'cli.cjs') + '\0'))).toBe(true);
    expect(cachedModules('-heavy').some((key) => key.startsWith(join(ROOT, 'dist', 'heavy-process.cjs') + '\0'))).toBe(true);
    expect(Buffer.compare(compose('cached.pdf'), first)).toBe(0);
    for (const file of files) writeFileSync(join(dir, 'v8', file), 'not a cache');
    expect(Buffer.compare(compose('damaged.pdf'), first)).toBe(0);
    expect(Buffer.compare(compose('off.pdf', { BANMIAN_COMPILE_CACHE: '0' }), first)).toBe(0);
  }, 240_000);
});
