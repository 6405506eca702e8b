import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runCli } from '../main/cli';
import { renderPdfBytes } from '../main/export/index';
import { composeDocument, type ComposedDocument } from '../main/pages/compose-service';
import { displayDocument, renderPagePdf } from '../main/pages/export-page';
import { samplePageDocument } from '../main/sample/sample-page';
import type { DisplayDocument } from '../shared/model/display-list';
import type { PageDocument } from '../shared/model/page';
import type { Benchmark } from './bench-types';
import { realCopyPage } from './edition-copy';

/**
 * Composition and PDF benchmarks (issue 4 §8), on the built-in sample page:
 * - the CLI in a cold process: `node bin/banmian.cjs compose --sample --out …` (≤ 1.0 s);
 * - composition + PDF writing in a warm process (≤ 150 ms): stories and photos resolved,
 *   page composed, PDF rendered in memory;
 * - the sample PDF with its photos removed, rendered and its size checked (≤ 300 KB);
 * - a whole edition of 16 pages in one cold CLI (its pages on both cores), of real copy and of
 *   the sample page sixteen times (issue 14: ≤ 3 s).
 */

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'banmian.cjs');
const SIZE_LIMIT = 300 * 1024;
const EDITION = '2026-11-29';
const EDITION_PAGES = 16;

let doc: PageDocument | undefined;
let withoutPhotos: DisplayDocument | undefined;
let scratch: string | undefined;

/** One `banmian compose --sample` in a new process; with `emptyCache`, a new converted-photo cache (the page's first export). */
function coldRun(emptyCache = false): void {
  scratch ??= mkdtempSync(join(tmpdir(), 'banmian-bench-'));
  const env = { ...process.env, BANMIAN_CACHE_DIR: emptyCache ? mkdtempSync(join(scratch, 'cache-')) : join(scratch, 'cache') };
  const r = spawnSync(process.execPath, [BIN, 'compose', '--sample', '--out', join(scratch, 'page.pdf')], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`banmian compose failed: ${r.stderr}`);
}

/**
 * A database holding a 16-page edition, 第1–16版 of 2026-11-29: of real copy, each page its own
 * stories on the sample page's layout and photos (edition-copy.ts), or the sample page sixteen times.
 */
async function editionDb(realCopy: boolean): Promise<string> {
  scratch ??= mkdtempSync(join(tmpdir(), 'banmian-bench-'));
  const db = join(scratch, realCopy ? 'edition-real.db' : 'edition.db');
  const io = { out: () => {}, err: (t: string) => void process.stderr.write(t) };
  const sample = join(scratch, 'sample.json');
  await runCli(['sample-page', '--out', sample], io);
  const doc = JSON.parse(readFileSync(sample, 'utf8')) as Parameters<typeof realCopyPage>[0];
  for (let number = 1; number <= EDITION_PAGES; number += 1) {
    const file = join(scratch, `page-${number}.json`);
    const page = realCopy ? realCopyPage(doc, number - 1) : doc;
    writeFileSync(file, JSON.stringify({ ...page, page: { ...doc.page, edition: EDITION, number, name: `第${number}版` } }));
    let id = '';
    await runCli(['page-save', file, '--db', db], { ...io, out: (t) => void (id += t) });
    if (!id.trim()) throw new Error(`page ${number} was not saved`);
  }
  return db;
}

function coldEdition(db: string): void {
  const env = { ...process.env, BANMIAN_CACHE_DIR: join(scratch!, 'cache') };
  const args = [BIN, 'compose', '--db', db, '--edition', EDITION, '--out-dir', join(scratch!, `edition-${basename(db, '.db')}`)];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`banmian compose --edition failed: ${r.stderr}`);
}

async function composed(): Promise<ComposedDocument> {
  doc ??= await samplePageDocument();
  return composeDocument(doc, { baseDir: ROOT, forPdf: true });
}

export const benchmarks: Benchmark[] = [
  {
    name: 'compose: CLI, cold process (node bin/banmian.cjs compose --sample --out page.pdf)',
    // The first run rebuilds dist/cli.cjs if a source is newer, and converts the RGB photos once: untimed.
    setup: () => coldRun(),
    run: () => coldRun(),
    warmup: 1,
    iterations: 10,
    targetMs: 1000,
  },
  {
    name: 'compose: CLI, cold process, first export (no converted photos cached: 2 RGB conversions)',
    run: () => coldRun(true),
    warmup: 1,
    iterations: 5,
  },
  {
    name: 'compose: sample page, warm process (resolve, compose, PDF bytes)',
    setup: async () => void (await renderPagePdf(await composed())),
    run: async () => void (await renderPagePdf(await composed())),
    iterations: 30,
    targetMs: 150,
  },
  {
    name: 'compose: sample page without photos -> PDF bytes (size ≤ 300 KB checked)',
    setup: async () => {
      const page = displayDocument(await composed());
      withoutPhotos = { ...page, pages: page.pages.map((p) => ({ ...p, items: p.items.filter((i) => i.kind !== 'image') })) };
      const { bytes } = await renderPdfBytes(withoutPhotos, { fixedDate: new Date('2024-02-20T00:00:00Z') });
      console.log(`compose: sample PDF without photos: ${bytes.length} bytes (${(bytes.length / 1024).toFixed(1)} KB)`);
      if (bytes.length > SIZE_LIMIT) throw new Error(`the sample PDF without photos is ${bytes.length} bytes, over ${SIZE_LIMIT}`);
    },
    run: async () => {
      await renderPdfBytes(withoutPhotos!, { fixedDate: new Date('2024-02-20T00:00:00Z') });
    },
    iterations: 20,
  },
  ...[true, false].map((realCopy) => {
    let db = '';
    return {
      name: `compose: CLI, cold process, a whole edition of ${EDITION_PAGES} broadsheet pages, ${realCopy ? 'each its own real copy' : 'the sample page sixteen times'} (compose --db --edition --out-dir)`,
      setup: async () => {
        db = await editionDb(realCopy);
        coldEdition(db);
      },
      run: () => coldEdition(db),
      warmup: 0,
      iterations: 3,
      targetMs: 3000,
    };
  }),
];

/**
 * The race against XeLaTeX typesetting the same page (issue 14: ≤ 0.5 × XeLaTeX) needs a TeX
 * installation and the peer page's sources, which the repository does not carry: give the race
 * script's path in BANMIAN_RACE_XELATEX and its line is printed after the table.
 */
export function report(): string {
  const race = process.env.BANMIAN_RACE_XELATEX;
  if (!race) return 'compose: race against XeLaTeX skipped (set BANMIAN_RACE_XELATEX to the race script)';
  const r = spawnSync(race, [], { cwd: ROOT, encoding: 'utf8' });
  return `compose: cold CLI vs XeLaTeX: ${(r.stdout || r.stderr).trim()}`;
}

process.on('exit', () => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});
