import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdfBytes } from '../main/export/index';
import { composeDocument, type ComposedDocument } from '../main/pages/compose-service';
import { displayDocument, renderPagePdf } from '../main/pages/export-page';
import { samplePageDocument } from '../main/sample/sample-page';
import type { DisplayDocument } from '../shared/model/display-list';
import type { PageDocument } from '../shared/model/page';
import type { Benchmark } from './bench-types';

/**
 * Composition and PDF benchmarks (issue 4 §8), on the built-in sample page:
 * - the CLI in a cold process: `node bin/banmian.cjs compose --sample --out …` (≤ 1.0 s);
 * - composition + PDF writing in a warm process (≤ 150 ms): stories and photos resolved,
 *   page composed, PDF rendered in memory;
 * - the sample PDF with its photos removed, rendered and its size checked (≤ 300 KB).
 */

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'banmian.cjs');
const SIZE_LIMIT = 300 * 1024;

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
];

process.on('exit', () => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});
