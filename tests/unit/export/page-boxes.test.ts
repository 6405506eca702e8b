import { PDFArray, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdfBytes } from '../../../main/export/index';
import { MARK_GAP, MARK_LENGTH } from '../../../main/export/page-geometry';
import { mmToPt } from '../../../shared/model/units';
import { glyphRun } from './helpers/glyph-runs';
import { pdfcheck, pdfcheckPresent, rasterise, scratchDir, SKIP_MESSAGE, toolsPresent } from './helpers/pdf-tools';

const TRIM_W = mmToPt(390);
const TRIM_H = mmToPt(545);
const BLEED = mmToPt(3);
const DATE = new Date('2025-03-01T08:00:00Z');

function box(page: { node: { lookup(name: PDFName): unknown } }, name: string): number[] {
  const array = page.node.lookup(PDFName.of(name)) as PDFArray;
  return array.asArray().map((n) => (n as PDFNumber).asNumber());
}

/** A broadsheet page whose photo and tint box run into the bleed on the left, as printers ask. */
function broadsheet() {
  return {
    title: '对开测试',
    pages: [
      {
        width: TRIM_W,
        height: TRIM_H,
        bleed: BLEED,
        items: [
          { kind: 'box' as const, rect: { x: -BLEED - 20, y: 100, width: 200, height: 50 }, fill: [0.3, 0, 0, 0] as [number, number, number, number] },
          glyphRun('版面', { x: 40, y: 300, size: 40 }),
        ],
      },
    ],
  };
}

describe('page boxes and crop marks', () => {
  it('MediaBox = trim + bleed + slug, with TrimBox and BleedBox on the page', async () => {
    const { bytes } = await renderPdfBytes(broadsheet(), { fixedDate: DATE });
    const pdf = await PDFDocument.load(bytes);
    const page = pdf.getPage(0);
    const media = box(page, 'MediaBox');
    const trim = box(page, 'TrimBox');
    const bleed = box(page, 'BleedBox');
    expect(trim[2]! - trim[0]!).toBeCloseTo(TRIM_W, 2);
    expect(trim[3]! - trim[1]!).toBeCloseTo(TRIM_H, 2);
    for (const side of [0, 1]) {
      expect(trim[side]! - bleed[side]!).toBeCloseTo(BLEED, 2);
      expect(bleed[side + 2]! - trim[side + 2]!).toBeCloseTo(BLEED, 2);
      // The slug outside the bleed holds the marks: gap + mark + paper margin.
      expect(bleed[side]! - media[side]!).toBeGreaterThanOrEqual(MARK_GAP + MARK_LENGTH);
      expect(media[side + 2]! - bleed[side + 2]!).toBeGreaterThanOrEqual(MARK_GAP + MARK_LENGTH);
    }
  });

  it('every page of a multi-page document gets its own boxes; fonts are embedded once for all pages', async () => {
    const doc = {
      title: '两版',
      pages: [
        { width: TRIM_W, height: TRIM_H, bleed: BLEED, items: [glyphRun('第一版', { x: 40, y: 100 })] },
        { width: TRIM_W / 2, height: TRIM_H / 2, bleed: 0, items: [glyphRun('第二版', { x: 40, y: 100 })] },
      ],
    };
    const { bytes, report } = await renderPdfBytes(doc, { fixedDate: DATE });
    expect(report.fonts).toHaveLength(1);
    expect(report.fonts[0]!.glyphs).toBe(4); // 第 一 二 版
    const pdf = await PDFDocument.load(bytes);
    const [first, second] = pdf.getPages();
    expect(box(first!, 'TrimBox')[2]! - box(first!, 'TrimBox')[0]!).toBeCloseTo(TRIM_W, 2);
    expect(box(second!, 'TrimBox')[2]! - box(second!, 'TrimBox')[0]!).toBeCloseTo(TRIM_W / 2, 2);
    expect(box(second!, 'BleedBox')).toEqual(box(second!, 'TrimBox'));
  });

  it('rejects a page without a usable size', async () => {
    const doc = { title: 'x', pages: [{ width: 0, height: 100, bleed: 0, items: [] }] };
    await expect(renderPdfBytes(doc)).rejects.toMatchObject({ code: 'bad-geometry' });
  });

  describe.skipIf(!toolsPresent)(`rasterised${toolsPresent ? '' : ` (${SKIP_MESSAGE})`}`, () => {
    const scratch = scratchDir();
    afterAll(() => scratch.cleanup());

    it('crop marks print in all four corners of the slug and never inside the bleed box', async () => {
      const empty = { title: 'marks', pages: [{ width: mmToPt(100), height: mmToPt(80), bleed: BLEED, items: [] }] };
      const { bytes } = await renderPdfBytes(empty, { fixedDate: DATE });
      const path = scratch.file('marks.pdf', bytes);
      const dpi = 300;
      const r = rasterise(path, { dpi, gray: true });
      const pdf = await PDFDocument.load(bytes);
      const bleed = box(pdf.getPage(0), 'BleedBox').map((v) => (v * dpi) / 72);
      const media = box(pdf.getPage(0), 'MediaBox').map((v) => (v * dpi) / 72);
      const corners = new Set<string>();
      let insideBleed = 0;
      for (let y = 0; y < r.height; y++) {
        for (let x = 0; x < r.width; x++) {
          if (r.pixels[y * r.width + x]! > 200) continue;
          const px = x + 0.5;
          const py = media[3]! - (y + 0.5); // raster rows run top-down, PDF y runs up
          if (px > bleed[0]! + 1 && px < bleed[2]! - 1 && py > bleed[1]! + 1 && py < bleed[3]! - 1) insideBleed++;
          corners.add(`${px < r.width / 2 ? 'left' : 'right'}-${py < r.height / 2 ? 'bottom' : 'top'}`);
        }
      }
      expect(insideBleed).toBe(0);
      expect([...corners].sort()).toEqual(['left-bottom', 'left-top', 'right-bottom', 'right-top']);
    });

    it('content is clipped at the bleed box: a box drawn past it does not reach the marks', async () => {
      const { bytes } = await renderPdfBytes(broadsheet(), { fixedDate: DATE });
      const path = scratch.file('bleed.pdf', bytes);
      const r = rasterise(path, { dpi: 72, gray: true });
      const pdf = await PDFDocument.load(bytes);
      const bleedLeft = box(pdf.getPage(0), 'BleedBox')[0]!;
      const media = box(pdf.getPage(0), 'MediaBox');
      const row = Math.round(media[3]! - (box(pdf.getPage(0), 'TrimBox')[3]! - 125)); // middle of the tint box
      const tinted = (x: number): boolean => r.pixels[row * r.width + x]! < 250;
      expect(tinted(Math.round(bleedLeft) + 2)).toBe(true); // the tint reaches into the bleed
      expect(tinted(Math.round(bleedLeft) - 3)).toBe(false); // and stops at its edge
    });

    it.skipIf(!pdfcheckPresent)(`pdfcheck finds 3 mm bleed and crop marks${pdfcheckPresent ? '' : ' (skipped: ../shared/tools/pdfcheck or python3-pikepdf missing)'}`, async () => {
      const { bytes } = await renderPdfBytes(broadsheet(), { fixedDate: DATE });
      const report = pdfcheck(scratch.file('check.pdf', bytes));
      expect(report.page_boxes[0]).toMatchObject({ bleed_ok: true, crop_marks: { present: true } });
      expect(report.page_boxes[0]!.bleed_mm).toBeCloseTo(3, 1);
    });
  });
});
