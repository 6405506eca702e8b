import { afterAll, describe, expect, it } from 'vitest';
import { renderPdfBytes } from '../../../main/export/index';
import { pageGeometry } from '../../../main/export/page-geometry';
import type { Cmyk } from '../../../shared/model/color';
import type { DisplayItem } from '../../../shared/model/display-list';
import { glyphRun } from './helpers/glyph-runs';
import { pressProof, scratchDir, SKIP_MESSAGE, toolsPresent, type Raster } from './helpers/pdf-tools';

const YELLOW: Cmyk = [0, 0, 1, 0];
const PAPER: Cmyk = [0, 0, 0, 0];

/** Mean red and blue of the dark pixels (ink) in a region, pt from the trim's top-left. */
function inkIn(proof: Raster, margin: number, x0: number, y0: number, x1: number, y1: number, dpi: number) {
  const s = dpi / 72;
  let n = 0;
  let red = 0;
  let blue = 0;
  let white = 0;
  for (let y = Math.round((margin + y0) * s); y < Math.round((margin + y1) * s); y++) {
    for (let x = Math.round((margin + x0) * s); x < Math.round((margin + x1) * s); x++) {
      const i = (y * proof.width + x) * 3;
      const [r, g, b] = [proof.pixels[i]!, proof.pixels[i + 1]!, proof.pixels[i + 2]!];
      if (r + g < 100) {
        n++;
        red += r;
        blue += b;
      }
      if (b > 240) white++;
    }
  }
  return { n, red: red / Math.max(n, 1), blue: blue / Math.max(n, 1), white };
}

describe.skipIf(!toolsPresent)(`black overprints, paper white knocks out${toolsPresent ? '' : ` (${SKIP_MESSAGE})`}`, () => {
  const scratch = scratchDir();
  afterAll(() => scratch.cleanup());

  it('on a yellow banner: black text and rules let the yellow through; knockout text and reversed text do not', async () => {
    const items: DisplayItem[] = [
      { kind: 'box', rect: { x: 0, y: 0, width: 400, height: 200 }, fill: YELLOW },
      glyphRun('黑', { x: 10, y: 80, size: 60, face: 'noto-sans-sc-900', overprint: true }),
      glyphRun('黑', { x: 110, y: 80, size: 60, face: 'noto-sans-sc-900', overprint: false }),
      glyphRun('白', { x: 210, y: 80, size: 60, face: 'noto-sans-sc-900', color: PAPER, overprint: true }),
      { kind: 'rule', x1: 10, y1: 150, x2: 390, y2: 150, width: 12, color: [0, 0, 0, 1] },
    ];
    const doc = { title: 'overprint', pages: [{ width: 400, height: 200, bleed: 0, items }] };
    const path = scratch.file('overprint.pdf', (await renderPdfBytes(doc, { fixedDate: new Date(0) })).bytes);
    const margin = pageGeometry(doc.pages[0]!, 0).margin;
    const dpi = 72;
    const proof = await pressProof(path, dpi);
    const overprinted = inkIn(proof, margin, 10, 20, 70, 90, dpi);
    const knockedOut = inkIn(proof, margin, 110, 20, 170, 90, dpi);
    const reversed = inkIn(proof, margin, 210, 20, 270, 90, dpi);
    const rule = inkIn(proof, margin, 20, 146, 380, 154, dpi);
    expect(overprinted.n).toBeGreaterThan(100);
    expect(overprinted.red - overprinted.blue).toBeGreaterThan(15); // yellow under the black
    expect(Math.abs(knockedOut.red - knockedOut.blue)).toBeLessThan(8); // neutral black on paper
    expect(rule.red - rule.blue).toBeGreaterThan(15);
    expect(reversed.white).toBeGreaterThan(200); // white text stays white, never vanishes into the yellow
  });
});
