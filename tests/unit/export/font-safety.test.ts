import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../../main/export/render-document';
import { CHART_CELL, glyphChart, type ChartCell } from './helpers/glyph-chart';
import { pdffonts, pdftotext, rasterise, scratchDir, SKIP_MESSAGE, toolsPresent, type Raster } from './helpers/pdf-tools';
import { samplePage, seedPagePath, seedPageText } from './helpers/sample-page';

const DPI = 150;
const FACES = ['noto-serif-sc-400', 'noto-serif-sc-700', 'noto-sans-sc-400', 'noto-sans-sc-700'];
const DATE = new Date('2025-03-01T08:00:00Z');

/** Every character of the sample copy, plus the punctuation and Latin a page editor types. */
function chartCharacters(): string[] {
  const extra = '…①②③④⑤“”‘’《》〈〉「」『』【】（）、。，：；！？—·％%℃ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:!?()-/&@';
  const text = (seedPagePath() ? seedPageText() : '') + extra;
  return [...new Set([...text].filter((c) => !/\s/.test(c)))];
}

function cellStats(subset: Raster, reference: Raster, cell: ChartCell, margin: number): { differing: number; ink: number } {
  const scale = DPI / 72;
  const x0 = Math.round((margin + cell.x) * scale);
  const y0 = Math.round((margin + cell.y) * scale);
  const size = Math.round(CHART_CELL * scale);
  let differing = 0;
  let ink = 0;
  for (let y = y0; y < y0 + size; y++) {
    for (let x = x0; x < x0 + size; x++) {
      const i = y * subset.width + x;
      if (subset.pixels[i] !== reference.pixels[i]) differing++;
      if (subset.pixels[i]! < 128) ink++;
    }
  }
  return { differing, ink };
}

describe.skipIf(!toolsPresent)(`font safety: subset glyphs render exactly like the full font${toolsPresent ? '' : ` (${SKIP_MESSAGE})`}`, () => {
  const scratch = scratchDir();
  const chars = chartCharacters();
  const { doc, cells } = glyphChart(chars, FACES);
  let subsetPdf = '';
  let referencePdf = '';
  let margin = 0;

  beforeAll(async () => {
    const subset = await renderDocument(doc, { fixedDate: DATE });
    const reference = await renderDocument(doc, { fixedDate: DATE }, { fontPrograms: 'full' });
    subsetPdf = scratch.file('chart-subset.pdf', subset.bytes);
    referencePdf = scratch.file('chart-full.pdf', reference.bytes);
    // The chart pages have no bleed; the slug offset is the same in both files.
    const { pageGeometry } = await import('../../../main/export/page-geometry');
    margin = pageGeometry(doc.pages[0]!, 0).margin;
  });
  afterAll(() => scratch.cleanup());

  it('charts at least the whole sample copy', () => {
    expect(chars.length).toBeGreaterThan(seedPagePath() ? 900 : 100);
  });

  FACES.forEach((face, page) => {
    it(`${face}: every glyph of the subset is pixel-identical to the full font at ${DPI} dpi and has ink`, () => {
      const subset = rasterise(subsetPdf, { dpi: DPI, page: page + 1, gray: true });
      const reference = rasterise(referencePdf, { dpi: DPI, page: page + 1, gray: true });
      expect([subset.width, subset.height]).toEqual([reference.width, reference.height]);
      const broken: string[] = [];
      const blank: string[] = [];
      for (const cell of cells.filter((c) => c.page === page)) {
        const { differing, ink } = cellStats(subset, reference, cell, margin);
        if (differing > 0) broken.push(`${cell.char} (gid ${cell.gid}: ${differing} px differ)`);
        if (ink === 0) blank.push(cell.char);
      }
      expect(broken, 'glyphs that differ from the unsubset font').toEqual([]);
      expect(blank, 'glyphs that print nothing').toEqual([]);
    });
  });

  it('pdffonts: every font embedded, subset with a six-letter tag, with ToUnicode', () => {
    const fonts = pdffonts(subsetPdf);
    expect(fonts).toHaveLength(FACES.length);
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+NotoS(erif|ans)SC-(Regular|Bold)$/);
      expect(f).toMatchObject({ type: 'CID TrueType', encoding: 'Identity-H', emb: true, sub: true, uni: true });
    }
  });

  it('pdftotext gives back every charted character in order', () => {
    const pages = pdftotext(subsetPdf).split('\f');
    for (let p = 0; p < FACES.length; p++) expect(pages[p]!.replace(/\s/g, '')).toBe(chars.join(''));
  });

  it.skipIf(!seedPagePath())('the composed sample page rasterises identically with subset and full fonts', async () => {
    const page = samplePage();
    const subset = scratch.file('page-subset.pdf', (await renderDocument(page, { fixedDate: DATE })).bytes);
    const full = scratch.file('page-full.pdf', (await renderDocument(page, { fixedDate: DATE }, { fontPrograms: 'full' })).bytes);
    const a = rasterise(subset, { dpi: DPI, gray: true });
    const b = rasterise(full, { dpi: DPI, gray: true });
    let differing = 0;
    let ink = 0;
    for (let i = 0; i < a.pixels.length; i++) {
      if (a.pixels[i] !== b.pixels[i]) differing++;
      if (a.pixels[i]! < 128) ink++;
    }
    expect(differing).toBe(0);
    expect(ink).toBeGreaterThan(100_000);
  });
});
