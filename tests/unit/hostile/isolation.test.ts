import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { heavyProcessEntry, useHeavyPool } from '../../../main/isolation/heavy-work';
import type { HeavyFaults } from '../../../main/isolation/heavy-protocol';
import { HeavyPool } from '../../../main/isolation/heavy-pool';
import { forkNodeProcess } from '../../../main/isolation/node-process-transport';
import { sampleResources } from '../../../main/sample/sample-resources';
import { cli, oneLine, pageWith, useDesk } from './hostile-fixtures';
import { docx } from './zip-bombs';
import type { PageDocument } from '../../../shared/model/page';

// Item 1 of issue 16, its second half: heavy, input-driven work (import, photo decoding and
// conversion, previews, composition, PDF and proof writing) runs in the heavy-work process, so
// what still exhausts it — memory, time, an exception, a native crash — is one line for the
// window or the CLI, and the calling process goes on answering. The failures are real (a process
// with a small heap, a short time limit) or provoked inside the heavy process (HeavyPoolOptions.faults),
// always through the real dispatch or the real CLI.

const desk = useDesk({ photoUrl: (relative) => `banmian://photos/${relative}` });
const CMYK_JPEG = readFileSync(join(sampleResources().photos, 'school-leaf-cmyk.jpg'));
const upload = (name: string, bytes: Uint8Array) => ({ name, base64: Buffer.from(bytes).toString('base64') });

let installed: HeavyPool | null = null;
/** Runs the rest of the test on a pool with these limits or faults (the process's own pool is put back after). */
function heavyPool(faults: HeavyFaults, limits: { memoryMb?: number; timeoutMs?: number } = {}): void {
  const entry = heavyProcessEntry(join(__dirname, '../../../main/isolation'));
  installed = new HeavyPool({ spawn: forkNodeProcess, entry, maxOldGenerationSizeMb: limits.memoryMb ?? 1024, timeoutMs: limits.timeoutMs ?? 60_000, faults });
  const previous = useHeavyPool(installed);
  saved ??= { pool: previous };
}
let saved: { pool: HeavyPool | null } | undefined;
afterEach(async () => {
  if (installed) await installed.close();
  installed = null;
  if (saved) useHeavyPool(saved.pool);
  saved = undefined;
});
afterAll(async () => {
  await useHeavyPool(null)?.close();
});

/** The window's next requests are answered (a fresh process's are in heavy-pool.test.ts and the last case here). */
async function stillAnswering(): Promise<void> {
  expect((await desk.call('app.info', {})).ok).toBe(true);
  expect((await desk.call('stories.list', {})).ok).toBe(true);
}

function expectOneLineError(outcome: Awaited<ReturnType<typeof desk.call>>, pattern: RegExp): void {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.error.message).toMatch(pattern);
  expect(oneLine(outcome.error.message)).toBe(true);
}

/** Parsing until the heap is full takes a while on a loaded machine (the limit is the process's memory, not time). */
const OUT_OF_MEMORY_MS = 180_000;

/** 45 000 paragraphs of 480 bytes: inside the import limits (22 MB of XML), more than a 160 MB heap can parse. */
const heavyDocx = () => docx(`<w:p><w:r><w:t>${'记者采访了多位居民，了解社区服务的新变化。'.repeat(7)}</w:t></w:r></w:p>`, 45_000);

describe('heavy work that still fails, isolated', () => {
  it('refused: a .docx within the limits that runs the heavy process out of memory (import.files)', async () => {
    heavyPool({}, { memoryMb: 160 });
    const before = desk.store.stories.list({}).length;
    const outcome = await desk.call('import.files', { files: [upload('heavy.docx', heavyDocx())] });
    expectOneLineError(outcome, /^Cannot import "heavy\.docx": stopped, it needed more than 160 MB of memory\.$/u);
    expect(desk.store.stories.list({}).length).toBe(before);
    await stillAnswering();
  }, OUT_OF_MEMORY_MS);

  it('refused: a photo whose decoder throws outside the task (pages.importPhotos); nothing stored', async () => {
    heavyPool({ 'photo.prove': 'crash' });
    const outcome = await desk.call('pages.importPhotos', { files: [upload('leaf.jpg', CMYK_JPEG)] });
    expectOneLineError(outcome, /^leaf\.jpg: not imported: stopped, the work failed \(simulated decoder crash\)\.$/u);
    expect(desk.store.assets.list()).toEqual([]);
    await stillAnswering();
  });

  it('refused: a page whose composition hangs is stopped at the time limit (pages.compose)', async () => {
    heavyPool({ 'page.screen': 'hang' }, { timeoutMs: 2000 });
    const outcome = await desk.call('pages.compose', { document: pageWith({ sha256: 'a'.repeat(64) }) });
    expectOneLineError(outcome, /^Cannot compose the page: stopped, it took longer than 2 s\.$/u);
    await stillAnswering();
  });

  it('refused: fitting a story (适配版面) or sizing a dropped frame that crashes natively (pages.fitStory, pages.fitStoryFrame)', async () => {
    heavyPool({ 'page.fit': 'segfault', 'page.fitFrame': 'abort' });
    const document = pageWith({ sha256: 'a'.repeat(64) });
    const fit = await desk.call('pages.fitStory', { document, frameId: 's', tracking: 50, subheadLines: 1, paragraphLines: 1 });
    expectOneLineError(fit, /^Cannot fit the story: stopped, the work failed \(the heavy-work process crashed \(SIGSEGV\)\)\.$/u);
    const size = await desk.call('pages.fitStoryFrame', { document, frameId: 's' });
    expectOneLineError(size, /^Cannot size the frame: stopped, the work failed \(the heavy-work process crashed \(SIGABRT\)\)\.$/u);
    await stillAnswering();
  });

  it('refused: a page whose PDF writing ends the heavy process (pages.exportPdf); no PDF and no temp file left', async () => {
    heavyPool({ 'page.print': 'exit' });
    const outcome = await desk.call('pages.exportPdf', { document: pageWith({ sha256: 'a'.repeat(64) }) });
    expectOneLineError(outcome, /^Cannot export "2024-03-01 第1版 测试\.pdf": stopped, the work failed \(the heavy-work process ended with exit code 70\)\.$/u);
    expect(readdirSync(desk.dir).filter((name) => name.endsWith('.pdf') || name.endsWith('.tmp'))).toEqual([]);
    await stillAnswering();
  });

  it('refused: the CLI exits 1 with one line when the import runs the heavy process out of memory, and stores nothing', async () => {
    heavyPool({}, { memoryMb: 160 });
    const file = join(desk.dir, 'heavy.docx');
    writeFileSync(file, heavyDocx());
    const db = join(desk.dir, 'cli.db');
    const result = await cli('import', file, '--db', db);
    expect(result.code).toBe(1);
    expect(oneLine(result.err)).toBe(true);
    expect(result.err).toContain('stopped, it needed more than 160 MB of memory');
    expect((await cli('articles', '--db', db, '--json')).out.trim()).toBe('[]');
  }, OUT_OF_MEMORY_MS);

  it('refused: the CLI exits 1 with one line when composing the page hangs, and writes no PDF', async () => {
    heavyPool({ 'page.print': 'hang' }, { timeoutMs: 2000 });
    const page = join(desk.dir, 'hang.json');
    writeFileSync(page, JSON.stringify(pageWith({ sha256: 'a'.repeat(64) })));
    const result = await cli('compose', page, '--out', join(desk.dir, 'hang.pdf'));
    expect(result.code).toBe(1);
    expect(result.err.trim()).toBe('banmian compose: cannot compose the page: stopped, it took longer than 2 s.');
    expect(existsSync(join(desk.dir, 'hang.pdf'))).toBe(false);
  });

  it('refused: a photo whose decoder aborts natively (process.abort) (pages.importPhotos); nothing stored', async () => {
    heavyPool({ 'photo.prove': 'abort' });
    const outcome = await desk.call('pages.importPhotos', { files: [upload('leaf.jpg', CMYK_JPEG)] });
    expectOneLineError(outcome, /^leaf\.jpg: not imported: stopped, the work failed \(the heavy-work process crashed \(SIGABRT\)\)\.$/u);
    expect(desk.store.assets.list()).toEqual([]);
    await stillAnswering();
  });

  it('refused: a proof whose composition crashes with a segmentation fault (proof.exportPage); no PDF', async () => {
    heavyPool({ 'page.proof': 'segfault' });
    const outcome = await desk.call('proof.exportPage', { document: pageWith({ sha256: 'a'.repeat(64) }) });
    expectOneLineError(outcome, /^Cannot export "2024-03-01 第1版 测试 校样\.pdf": stopped, the work failed \(the heavy-work process crashed \(SIGSEGV\)\)\.$/u);
    expect(readdirSync(desk.dir).filter((name) => name.endsWith('.pdf') || name.endsWith('.tmp'))).toEqual([]);
    await stillAnswering();
  });

  it('refused: a press conversion that crashes (pages.convertPhoto) stores nothing; a preview that crashes leaves the photo without one', async () => {
    expect((await desk.call('pages.importPhotos', { files: [upload('leaf.jpg', CMYK_JPEG)] })).ok).toBe(true);
    const [stored] = desk.store.assets.list();
    heavyPool({ 'photo.press': 'abort', 'photo.preview': 'segfault' });
    const outcome = await desk.call('pages.convertPhoto', { sha256: stored!.sha256 });
    expectOneLineError(outcome, /^leaf\.jpg: not converted: stopped, the work failed \(the heavy-work process crashed \(SIGABRT\)\)\.$/u);
    expect(desk.store.assets.list()).toHaveLength(1);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const boats = await desk.call('pages.importPhotos', { files: [upload('boats.jpg', readFileSync(join(sampleResources().photos, 'group-1-boats.jpg')))] });
    const warnings = warn.mock.calls.map(String).join('\n');
    warn.mockRestore();
    expect(boats.ok && boats.value).toEqual([expect.not.objectContaining({ url: expect.anything() })]);
    expect(warnings).toMatch(/no preview for photo [0-9a-f]{12}: boats\.jpg: stopped, the work failed \(the heavy-work process crashed \(SIGSEGV\)\)/u);
    await stillAnswering();
  });

  it('refused: the CLI exits 1 with one line when the proof aborts the heavy process, and writes no PDF', async () => {
    heavyPool({ 'page.proof': 'abort' });
    const out = join(desk.dir, 'proof.pdf');
    const result = await cli('compose', '--sample', '--proof', '--out', out);
    expect(result.code).toBe(1);
    expect(result.err.trim()).toBe('banmian compose: cannot write the proof: stopped, the work failed (the heavy-work process crashed (SIGABRT)).');
    expect(existsSync(out)).toBe(false);
  });

  it('refused: the CLI exits 1 with one line naming the page when an edition crashes its heavy processes, and writes no page', async () => {
    // A stored page names stored photos only: these have none. Two pages: one heavy process each.
    const withoutPhoto = (doc: PageDocument) => {
      doc.assets = {};
      doc.frames = doc.frames.filter((frame) => frame.kind !== 'photo');
    };
    const db = join(desk.dir, 'edition.db');
    for (const number of [1, 2]) {
      const page = join(desk.dir, `edition-page-${number}.json`);
      const doc = pageWith({ sha256: 'a'.repeat(64) }, withoutPhoto);
      writeFileSync(page, JSON.stringify({ ...doc, page: { ...doc.page, number } }));
      const saved = await cli('page-save', page, '--db', db);
      expect(saved.code, saved.err).toBe(0);
    }
    heavyPool({ 'page.print': 'segfault' });
    const outDir = join(desk.dir, 'edition');
    const result = await cli('compose', '--db', db, '--edition', '2024-03-01', '--out-dir', outDir, '--force');
    expect(result.code).toBe(1);
    expect(result.err.trim()).toMatch(/^banmian compose: cannot write 第[12]版 of the edition 2024-03-01: stopped, the work failed \(the heavy-work process crashed \(SIGSEGV\)\)\.$/u);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });

  it('accepted: a real page (its photo missing: --force) through the heavy process gives the same PDF as before it failed', async () => {
    const page = join(desk.dir, 'real.json');
    writeFileSync(page, JSON.stringify(pageWith({ sha256: 'a'.repeat(64) })));
    const first = await cli('compose', page, '--out', join(desk.dir, 'real-1.pdf'), '--force');
    expect(first.code).toBe(0);
    heavyPool({ 'page.print': 'abort' });
    expect((await cli('compose', page, '--out', join(desk.dir, 'real-x.pdf'), '--force')).code).toBe(1);
    useHeavyPool(saved!.pool);
    const again = await cli('compose', page, '--out', join(desk.dir, 'real-2.pdf'), '--force');
    expect(again.code).toBe(0);
    expect(readFileSync(join(desk.dir, 'real-2.pdf')).equals(readFileSync(join(desk.dir, 'real-1.pdf')))).toBe(true);
  });
});
