import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve(__dirname, '../../../bin/banmian.cjs');
const dir = mkdtempSync(join(tmpdir(), 'banmian-cold-caches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `banmian compose --sample` in a new process with its own print cache (photos, font metrics) and a code cache folder named `v8`. */
function compose(out: string, v8: string, env: Record<string, string> = {}): Buffer {
  const r = spawnSync(process.execPath, [BIN, 'compose', '--sample', '--out', join(dir, out)], {
    cwd: tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, BANMIAN_COMPILE_CACHE_DIR: join(dir, v8), BANMIAN_CACHE_DIR: join(dir, 'print'), ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toMatch(/ink-limit .*school-leaf-cmyk.* reaches 289 %/u); // the ink map, cached or read
  return readFileSync(join(dir, out));
}

/** The modules the main thread compiled in its run, from a fresh code cache's index (bin/compile-cache.cjs). */
function compiled(v8: string): string[] {
  const bytes = readFileSync(join(dir, v8, `node-${process.version}-${process.arch}.bin`));
  return Object.keys(JSON.parse(bytes.subarray(4, 4 + bytes.readUInt32LE(0)).toString('utf8')) as object);
}

const loads = (modules: string[], pkg: string): boolean => modules.some((key) => key.includes(`/node_modules/${pkg}/`));

describe('a cold `banmian compose` of a page seen before', () => {
  it('reads fonts and photos from the caches, never loads fontkit, and writes the same bytes', () => {
    const first = compose('first.pdf', 'v8-first');
    const fonts = join(dir, 'print', 'fonts');
    const files = readdirSync(fonts).sort();
    expect(files.filter((f) => f.startsWith('subset-'))).toHaveLength(4); // the page's four faces
    expect(readdirSync(join(dir, 'print', 'photo-facts'))).toHaveLength(5);
    const written = files.map((f) => statSync(join(fonts, f)).mtimeMs);

    const again = compose('again.pdf', 'v8-again');
    expect(Buffer.compare(again, first)).toBe(0);
    // Every answer came from the cache: a question the fonts had to answer (fontkit opened) would
    // have been added to its record, and a subset not found would have been written.
    expect(readdirSync(fonts).sort()).toEqual(files);
    expect(files.map((f) => statSync(join(fonts, f)).mtimeMs)).toEqual(written);
    // The main thread only reads the page and hands it to the worker: no PDF library, no fonts, no typesetter.
    const main = compiled('v8-again');
    expect(['pdf-lib', 'fontkit', 'linebreak'].filter((pkg) => loads(main, pkg))).toEqual([]);

    // Caches off, or damaged: the same bytes from the fonts and photos themselves.
    expect(Buffer.compare(compose('off.pdf', 'v8-first', { BANMIAN_FONT_CACHE: '0', BANMIAN_PHOTO_FACTS_CACHE: '0' }), first)).toBe(0);
    for (const file of files) writeFileSync(join(dir, 'print', 'fonts', file), 'damaged');
    for (const file of readdirSync(join(dir, 'print', 'photo-facts'))) writeFileSync(join(dir, 'print', 'photo-facts', file), '{"width": 1');
    expect(Buffer.compare(compose('damaged.pdf', 'v8-first'), first)).toBe(0);
  }, 300_000);
});
