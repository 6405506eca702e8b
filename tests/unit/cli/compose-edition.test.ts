import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCopyPage } from '../../../bench/edition-copy';
import { runCli } from '../../../main/cli';
import { exportEdition } from '../../../main/pages/edition-export';
import { openStore } from '../../../main/store/open-store';
import { pdftotext, qpdfCheck, SKIP_MESSAGE, toolsPresent } from '../export/helpers/pdf-tools';

const EDITION = '2026-11-29';

async function cli(argv: string[], errIsTTY = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY });
  return { code, out, err };
}

let dir: string;
let db: string;
const ids = new Map<number, string>();
const cacheBefore = process.env.BANMIAN_CACHE_DIR;

/** Three pages of 2026-11-29 (the sample page's copy and photos as 第1–3版, named apart) and one page of the next day. */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banmian-edition-'));
  process.env.BANMIAN_CACHE_DIR = join(dir, 'photo-cache');
  db = join(dir, 'news.db');
  const sample = join(dir, 'sample.json');
  expect((await cli(['sample-page', '--out', sample])).code).toBe(0);
  const doc = JSON.parse(readFileSync(sample, 'utf8')) as { page: { edition: string; number: number; name: string } };
  const slots: Array<[string, number, string]> = [[EDITION, 1, '要闻'], [EDITION, 2, '党建'], [EDITION, 3, '社会'], ['2026-11-30', 1, '次日要闻']];
  for (const [edition, number, name] of slots) {
    const file = join(dir, `page-${edition}-${number}.json`);
    writeFileSync(file, JSON.stringify({ ...doc, page: { ...doc.page, edition, number, name } }));
    const saved = await cli(['page-save', file, '--db', db]);
    expect(saved.code, saved.err).toBe(0);
    if (edition === EDITION) ids.set(number, saved.out.trim());
  }
}, 120_000);

afterAll(() => {
  if (cacheBefore === undefined) delete process.env.BANMIAN_CACHE_DIR;
  else process.env.BANMIAN_CACHE_DIR = cacheBefore;
  rmSync(dir, { recursive: true, force: true });
});

describe('banmian compose --db DB --edition DATE --out-dir DIR', () => {
  it('writes every page of the edition, and only those, each the PDF compose --page writes', async () => {
    const outDir = join(dir, 'edition');
    const result = await cli(['compose', '--db', db, '--edition', EDITION, '--out-dir', outDir]);
    expect(result.code, result.err).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual([`${EDITION}-p01.pdf`, `${EDITION}-p02.pdf`, `${EDITION}-p03.pdf`]);
    // Progress without a terminal: one line per page as it is written (two processes: in the order they finish).
    const steps = result.err.split('\n').filter((line) => /^\d\/3 /u.test(line));
    expect(steps.map((line) => line.slice(0, 4))).toEqual(['1/3 ', '2/3 ', '3/3 ']);
    expect(steps.map((line) => line.slice(4)).sort()).toEqual(['第1版 要闻', '第2版 党建', '第3版 社会']);
    expect(result.err).toMatch(new RegExp(`wrote 3 page\\(s\\) of ${EDITION}`, 'u'));
    for (const number of [1, 2, 3]) {
      const pdf = join(outDir, `${EDITION}-p0${number}.pdf`);
      const single = join(dir, `single-${number}.pdf`);
      expect((await cli(['compose', '--db', db, '--page', ids.get(number)!, '--out', single])).code).toBe(0);
      expect(Buffer.compare(readFileSync(pdf), readFileSync(single)), `第${number}版`).toBe(0);
    }
  }, 180_000);

  it.skipIf(!toolsPresent)(`gives valid PDFs with the page's text ${toolsPresent ? '' : SKIP_MESSAGE}`, async () => {
    const outDir = join(dir, 'checked');
    expect((await cli(['compose', '--db', db, '--edition', EDITION, '--out-dir', outDir])).code).toBe(0);
    for (const name of readdirSync(outDir)) {
      const pdf = join(outDir, name);
      expect(qpdfCheck(pdf).status, name).toBe(0);
      expect(pdftotext(pdf).replace(/\s/gu, '')).toContain('沁阳市：凝聚合力构建新兴领域党建新格局');
    }
  }, 180_000);

  it('draws the progress bar in place on a terminal', async () => {
    const result = await cli(['compose', '--db', db, '--edition', EDITION, '--out-dir', join(dir, 'tty')], true);
    expect(result.code, result.err).toBe(0);
    expect(result.err.startsWith('\r\x1b[K[########················] 1/3 第')).toBe(true);
    expect(result.err).toMatch(/\[########################\] 3\/3 第\d版 \S+\n/u);
  }, 180_000);

  it('does not write a page with preflight errors unless --force, writes the others and exits 1 naming it', async () => {
    const sample = JSON.parse(readFileSync(join(dir, 'page-2026-11-30-1.json'), 'utf8')) as { page: object; frames: { id: string; area: { line: number } }[] };
    const day = '2026-12-01';
    // 第2版: the 校史馆 story moved up three grid lines, onto the story above (a collision).
    const moved = { ...sample, frames: sample.frames.map((f) => (f.id === 'school' ? { ...f, area: { ...f.area, line: f.area.line - 3 } } : f)) };
    for (const [number, doc] of [[1, sample], [2, moved]] as const) {
      const file = join(dir, `refuse-${number}.json`);
      writeFileSync(file, JSON.stringify({ ...doc, page: { ...doc.page, edition: day, number, name: `版${number}` } }));
      expect((await cli(['page-save', file, '--db', db])).code).toBe(0);
    }
    const outDir = join(dir, 'refused');
    const refused = await cli(['compose', '--db', db, '--edition', day, '--out-dir', outDir]);
    expect(refused.code).toBe(1);
    expect(readdirSync(outDir)).toEqual([`${day}-p01.pdf`]);
    expect(refused.err).toMatch(/^第2版 error\s+collision/mu);
    expect(refused.err).toMatch(/wrote 1 page\(s\) of 2026-12-01/u);
    expect(refused.err).toMatch(/^not written: 第2版 \(1 page\(s\) with preflight errors, listed above\); fix them, or give --force/mu);
    const forced = await cli(['compose', '--db', db, '--edition', day, '--out-dir', outDir, '--force']);
    expect(forced.code, forced.err).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual([`${day}-p01.pdf`, `${day}-p02.pdf`]);
  }, 240_000);

  it('writes the same bytes on two heavy processes as on one, for pages of different real copy', async () => {
    const day = '2026-12-02';
    const sample = JSON.parse(readFileSync(join(dir, 'sample.json'), 'utf8')) as Parameters<typeof realCopyPage>[0];
    for (let number = 1; number <= 4; number += 1) {
      const file = join(dir, `real-${number}.json`);
      writeFileSync(file, JSON.stringify({ ...realCopyPage(sample, number - 1), page: { ...sample.page, edition: day, number, name: `版${number}` } }));
      expect((await cli(['page-save', file, '--db', db])).code).toBe(0);
    }
    const store = openStore(db);
    try {
      const options = { refuseErrors: true, allowMissingGlyphs: false };
      const one = await exportEdition(store, day, join(dir, 'one'), { ...options, processes: 1 });
      const two = await exportEdition(store, day, join(dir, 'two'), { ...options, processes: 2 });
      expect(two.map((page) => page.pageNumber)).toEqual([1, 2, 3, 4]);
      expect(one.every((page) => page.path && !page.refused), JSON.stringify(one.flatMap((page) => page.preflight))).toBe(true);
      const bytes = one.map((page) => readFileSync(page.path!));
      // Different copy: each page its own text, so its own subsets (not one page found in memory four times).
      expect(new Set(bytes.map((b) => b.toString('latin1'))).size).toBe(4);
      for (const [i, page] of two.entries()) expect(Buffer.compare(readFileSync(page.path!), bytes[i]!), `版${i + 1}`).toBe(0);
    } finally {
      store.close();
    }
  }, 240_000);

  it('says so when the edition has no pages, and asks for all three options', async () => {
    const empty = await cli(['compose', '--db', db, '--edition', '2026-01-01', '--out-dir', join(dir, 'none')]);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/No pages are stored for the edition 2026-01-01/u);
    const missing = await cli(['compose', '--db', db, '--edition', EDITION]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--out-dir DIR/u);
    const badDate = await cli(['compose', '--db', db, '--edition', '29.11.2026', '--out-dir', join(dir, 'none')]);
    expect(badDate.code).toBe(2);
    expect(badDate.err).toMatch(/YYYY-MM-DD/u);
  });
});
