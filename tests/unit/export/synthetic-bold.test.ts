import { afterAll, describe, expect, it } from 'vitest';
import { renderPdfBytes } from '../../../main/export/index';
import { SYNTHETIC_BOLD_EM } from '../../../shared/typeset/fallback';
import type { DisplayDocument, GlyphRun } from '../../../shared/model/display-list';
import { set } from '../typeset/fixtures/set';
import { glyphRun } from './helpers/glyph-runs';
import { pdftotext, rasterise, scratchDir, SKIP_MESSAGE, toolsPresent } from './helpers/pdf-tools';

/**
 * Synthetic bold (issue 13 item 8, fallback glyphs in bold runs): the fallback faces have one
 * regular weight, so a rare character in a bold run is set in it with its outline also stroked
 * (PDF text render mode 2, the same stroke on screen) — darker than the same glyph unstroked,
 * and copied out as the same text.
 */

const DATE = new Date('2025-03-01T08:00:00Z');

describe('which glyphs are emboldened', () => {
  it('a rare character of a bold run, in the regular fallback face, and nothing else', () => {
    const layout = set([{ text: '吉𠮷家' }, { text: '吉𠮷家', style: { face: 'noto-sans-sc-700' } }], 200);
    const runs = layout.lines[0]!.runs.map((r) => ({ face: r.face, text: r.glyphs.map((g) => g.text).join(''), embolden: r.embolden }));
    expect(runs).toEqual([
      { face: 'noto-serif-sc-400', text: '吉', embolden: undefined },
      { face: 'hanamin-b', text: '𠮷', embolden: undefined },
      { face: 'noto-serif-sc-400', text: '家', embolden: undefined },
      { face: 'noto-sans-sc-700', text: '吉', embolden: undefined },
      { face: 'hanamin-b', text: '𠮷', embolden: SYNTHETIC_BOLD_EM },
      { face: 'noto-sans-sc-700', text: '家', embolden: undefined },
    ]);
  });
});

describe.skipIf(!toolsPresent)(`synthetic bold in the PDF${toolsPresent ? '' : ` (${SKIP_MESSAGE})`}`, () => {
  const scratch = scratchDir();
  afterAll(() => scratch.cleanup());

  /** Dark pixels of a 300 dpi greyscale raster. */
  function ink(path: string): number {
    const r = rasterise(path, { dpi: 300, gray: true });
    let dark = 0;
    for (const p of r.pixels) if (p < 128) dark++;
    return dark;
  }

  it('prints the stroked glyph darker than the plain one, and copies it out as the same text', async () => {
    const plain: GlyphRun = glyphRun('𠮷𪚥𡘙', { face: 'hanamin-b', x: 20, y: 60, size: 24 });
    const bold: GlyphRun = { ...plain, embolden: SYNTHETIC_BOLD_EM };
    const doc = (run: GlyphRun): DisplayDocument => ({ title: 't', pages: [{ width: 200, height: 100, bleed: 0, items: [run] }] });
    const plainPdf = scratch.file('plain.pdf', (await renderPdfBytes(doc(plain), { fixedDate: DATE })).bytes);
    const boldPdf = scratch.file('bold.pdf', (await renderPdfBytes(doc(bold), { fixedDate: DATE })).bytes);
    const [a, b] = [ink(plainPdf), ink(boldPdf)];
    // A 0.04 em stroke (0.96 pt at 24 pt) thickens every stem by about 40 % of a regular Ming stem.
    expect(b).toBeGreaterThan(a * 1.2);
    expect(pdftotext(boldPdf).replace(/\s/gu, '')).toBe('𠮷𪚥𡘙');
  });
});
