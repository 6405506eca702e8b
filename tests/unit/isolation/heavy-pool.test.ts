import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PdfExportError } from '../../../main/export/export-errors';
import { HEAVY_MEMORY_MB, heavyProcessEntry } from '../../../main/isolation/heavy-work';
import type { HeavyFaults } from '../../../main/isolation/heavy-protocol';
import { HeavyPool } from '../../../main/isolation/heavy-pool';
import { forkNodeProcess } from '../../../main/isolation/node-process-transport';
import { BanmianError } from '../../../shared/ipc/result';
import { samplePageDocument } from '../../../main/sample/sample-page';

// The heavy-work process (docs/security.md, Isolation): failures of the work — out of memory,
// a hang, an exception, an exit, a native abort or segmentation fault — become one-line errors
// of the task that caused them; the pool replaces the process and the next task runs.

const seed = () => new Uint8Array(readFileSync(join(__dirname, '../../../resources/sample/seed-page.txt')));
const pools: HeavyPool[] = [];

function pool(faults: HeavyFaults = {}, limits: { memoryMb?: number; timeoutMs?: number } = {}): HeavyPool {
  const entry = heavyProcessEntry(join(__dirname, '../../../main/isolation'));
  const made = new HeavyPool({ spawn: forkNodeProcess, entry, maxOldGenerationSizeMb: limits.memoryMb ?? HEAVY_MEMORY_MB, timeoutMs: limits.timeoutMs ?? 60_000, faults });
  pools.push(made);
  return made;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

async function failure(promise: Promise<unknown>): Promise<BanmianError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BanmianError);
  return error as BanmianError;
}

describe('the heavy-work pool', () => {
  it('runs the work in another process with the heap limit asked for; the process stays warm between tasks', async () => {
    const heavy = pool();
    const stories = await heavy.run('import.read', { name: 'seed-page.txt', bytes: seed() }, { label: 'Cannot import "seed-page.txt"' });
    expect(stories.length).toBeGreaterThan(1);
    expect(stories[0]!.headline).toContain('沁阳市');
    await heavy.run('import.read', { name: 'seed-page.txt', bytes: seed() }, { label: 'again' });
    expect(heavy.starts).toBe(1);
    // V8's limit is the old generation asked for plus the young one: not Node's default of several GB.
    expect(heavy.heapLimitMb).toBeGreaterThanOrEqual(HEAVY_MEMORY_MB);
    expect(heavy.heapLimitMb).toBeLessThan(HEAVY_MEMORY_MB + 256);
  });

  it("keeps the work's own errors as they were thrown: a BanmianError with its code, a PdfExportError", async () => {
    const heavy = pool();
    const error = await failure(heavy.run('import.read', { name: 'copy.docx', bytes: new Uint8Array([1, 2, 3]) }, { label: 'x' }));
    expect(error.code).toBe('bad-file');
    expect(error.message).toBe('Cannot import "copy.docx": it is named .docx but is not a Word document (a .docx file is a ZIP archive).');
    const doc = await samplePageDocument();
    const refused = join(tmpdir(), `banmian-never-written-${process.pid}.pdf`);
    doc.stories = { only: { ...Object.values(doc.stories)[0]!, headline: '\u{13000}' } };
    doc.frames = doc.frames.filter((f) => f.kind === 'story').slice(0, 1).map((f) => ({ ...f, storyId: 'only' }) as typeof f);
    const printed = await heavy.run('page.print', { doc, photoPaths: {}, convertRgb: true, outPath: refused, allowMissingGlyphs: false }, { label: 'x' });
    expect(existsSync(refused)).toBe(false);
    expect(printed.writeError?.kind).toBe('pdf-export');
    expect(printed.writeError?.code).toBe('missing-glyph');
    expect(heavy.starts).toBe(1);
    const { deserializeError } = await import('../../../main/isolation/heavy-protocol');
    expect(deserializeError(printed.writeError!)).toBeInstanceOf(PdfExportError);
  });

  it('a task that runs the process out of memory fails with one line; a fresh process runs the next task', async () => {
    const heavy = pool({ 'photo.prove': 'out-of-memory' }, { memoryMb: 128 });
    const error = await failure(heavy.run('photo.prove', { bytes: new Uint8Array(8) }, { label: 'big.jpg: not imported' }));
    expect(error.message).toBe('big.jpg: not imported: stopped, it needed more than 128 MB of memory.');
    expect((await heavy.run('import.read', { name: 'seed-page.txt', bytes: seed() }, { label: 'x' })).length).toBeGreaterThan(1);
    expect(heavy.starts).toBe(2);
  });

  it('a task that hangs is stopped at its time limit', async () => {
    const heavy = pool({ 'page.screen': 'hang' }, { timeoutMs: 1500 });
    const error = await failure(heavy.run('page.screen', {} as never, { label: 'Cannot compose the page' }));
    expect(error.message).toBe('Cannot compose the page: stopped, it took longer than 1.5 s.');
    expect((await heavy.run('import.read', { name: 'seed-page.txt', bytes: seed() }, { label: 'x', timeoutMs: 60_000 })).length).toBeGreaterThan(1);
  });

  it('a crash outside the task (an uncaught exception) and a process that exits fail their task only', async () => {
    const heavy = pool({ 'photo.prove': 'crash', 'page.print': 'exit' });
    const crashed = await failure(heavy.run('photo.prove', { bytes: new Uint8Array(8) }, { label: 'bad.jpg: not imported' }));
    expect(crashed.message).toBe('bad.jpg: not imported: stopped, the work failed (simulated decoder crash).');
    const exited = await failure(heavy.run('page.print', {} as never, { label: 'Cannot export "p.pdf"' }));
    expect(exited.message).toBe('Cannot export "p.pdf": stopped, the work failed (the heavy-work process ended with exit code 70).');
    expect((await heavy.run('import.read', { name: 'seed-page.txt', bytes: seed() }, { label: 'x' })).length).toBeGreaterThan(1);
    expect(heavy.starts).toBe(3);
  });

  it('a native crash — process.abort(), a segmentation fault — fails its task only; the caller goes on', async () => {
    const heavy = pool({ 'photo.prove': 'abort', 'page.screen': 'segfault' });
    const aborted = await failure(heavy.run('photo.prove', { bytes: new Uint8Array(8) }, { label: 'bad.tif: not imported' }));
    expect(aborted.message).toBe('bad.tif: not imported: stopped, the work failed (the heavy-work process crashed (SIGABRT)).');
    expect(aborted.code).toBe('bad-file');
    const segfault = await failure(heavy.run('page.screen', {} as never, { label: 'Cannot compose the page' }));
    expect(segfault.message).toBe('Cannot compose the page: stopped, the work failed (the heavy-work process crashed (SIGSEGV)).');
    expect((await heavy.run('import.read', { name: 'seed-page.txt', bytes: seed() }, { label: 'x' })).length).toBeGreaterThan(1);
    expect(heavy.starts).toBe(3);
  });

  it('tasks queued behind one that kills the process still run', async () => {
    const heavy = pool({ 'photo.prove': 'abort' });
    const results = await Promise.allSettled([
      heavy.run('import.read', { name: 'a.txt', bytes: seed() }, { label: 'a' }),
      heavy.run('photo.prove', { bytes: new Uint8Array(8) }, { label: 'b' }),
      heavy.run('import.read', { name: 'c.txt', bytes: seed() }, { label: 'c' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('a sibling (an edition\'s second core) has a process of its own with the same limits: its crash is its own', async () => {
    const heavy = pool({ 'photo.prove': 'segfault' });
    const sibling = heavy.sibling();
    pools.push(sibling);
    // Both at once: one task each, on two processes.
    const [a, b] = await Promise.all([
      heavy.run('import.read', { name: 'a.txt', bytes: seed() }, { label: 'a' }),
      sibling.run('import.read', { name: 'b.txt', bytes: seed() }, { label: 'b' }),
    ]);
    expect(a).toEqual(b);
    expect([heavy.starts, sibling.starts]).toEqual([1, 1]);
    expect(sibling.heapLimitMb).toBe(heavy.heapLimitMb);
    // The same provoked fault, in the sibling's process only.
    const crashed = await failure(sibling.run('photo.prove', { bytes: new Uint8Array(8) }, { label: 'cannot write 第2版 of the edition 2026-11-29' }));
    expect(crashed.message).toBe('cannot write 第2版 of the edition 2026-11-29: stopped, the work failed (the heavy-work process crashed (SIGSEGV)).');
    expect((await heavy.run('import.read', { name: 'c.txt', bytes: seed() }, { label: 'c' })).length).toBeGreaterThan(1);
    expect((await sibling.run('import.read', { name: 'd.txt', bytes: seed() }, { label: 'd' })).length).toBeGreaterThan(1);
    // The first process went on; the sibling's next task got a fresh one.
    expect([heavy.starts, sibling.starts]).toEqual([1, 2]);
  });

  it('closing refuses what is still queued, in words', async () => {
    const heavy = pool();
    const first = heavy.run('import.read', { name: 'a.txt', bytes: seed() }, { label: 'Cannot import "a.txt"' });
    const queued = heavy.run('import.read', { name: 'b.txt', bytes: seed() }, { label: 'Cannot import "b.txt"' });
    const failures = Promise.all([failure(first), failure(queued)]);
    await heavy.close();
    expect((await failures).map((e) => e.message)).toEqual([
      'Cannot import "a.txt": stopped, the heavy-work process was shut down.',
      'Cannot import "b.txt": stopped, the heavy-work process was shut down.',
    ]);
  });
});
