import { describe, expect, it } from 'vitest';
import { faceFont } from '../../../main/fonts/font-loader';
import { createFontkitMeasurer } from '../../../main/fonts/fontkit-measurer';
import type { GlyphRun } from '../../../shared/model/display-list';
import { compose } from '../compose/compose-fixtures';
import { PDFCHECK, pdfcheckPresent, pdffonts, run, SKIP_MESSAGE, toolsPresent } from '../export/helpers/pdf-tools';
import { verticalPage } from './fixtures/vertical-page';
import { cli } from './fixtures/run-cli';
import { generatedPageDir } from './fixtures/generated-page-dir';

/**
 * Issue 13, item 4 end to end: a generated page with vertical headlines beside their stories,
 * composed by `banmian compose` and read back by pdfcheck and poppler: no violation, no loose
 * line, nothing lost, no .notdef, and each headline column read as one vertical line.
 */

interface Report {
  text: { violations: { line_start: number; line_end: number }; loose_lines: number };
  nothing_lost: { missing: number; missing_chars: string };
}

const page = verticalPage(11);
const { path, pagePath } = generatedPageDir('vertical', page);

describe('a page with vertical headlines', () => {
  it('sets each headline in vertical runs of real glyphs, the body to its left, nothing overset', () => {
    const result = compose(page.doc);
    expect(result.preflight.filter((i) => i.severity === 'error')).toEqual([]);
    const measurer = createFontkitMeasurer();
    const vertical = result.page.items.filter((i): i is GlyphRun => i.kind === 'glyphs' && i.vertical === true);
    expect(new Set(vertical.map((r) => r.source?.storyId)).size).toBe(3);
    for (const run of vertical) {
      const font = faceFont(run.face);
      for (const g of run.glyphs) {
        expect(g.gid, g.text).toBeGreaterThan(0);
        expect(g.gid).toBeLessThan(font.numGlyphs);
        // Upright: the vertical form (—— joins with the box-drawing │, as across with ─).
        const cp = g.text === '—' ? 0x2502 : g.text.codePointAt(0)!;
        if (g.orient === undefined && g.text.trim()) expect(g.gid, g.text).toBe(measurer.glyph(run.face, cp, cp === 0x2502 ? 'default' : 'vertical').gid);
      }
    }
    // The body's lines end left of the headline strip of their frame.
    for (const frame of page.doc.frames) {
      const lines = result.lines.filter((l) => l.frameId === frame.id);
      const strip = Math.min(...lines.filter((l) => l.vertical).map((l) => l.x));
      for (const l of lines.filter((x) => !x.vertical)) expect(l.x + l.width, l.text).toBeLessThan(strip);
    }
  });

  it.skipIf(!pdfcheckPresent || !toolsPresent)(`prints with no violation, nothing lost, read back as vertical lines ${toolsPresent ? '' : SKIP_MESSAGE}`, async () => {
    const pdf = path('vertical.pdf');
    const result = await cli('compose', pagePath(), '--out', pdf);
    expect(result.code, result.err).toBe(0);
    const report = JSON.parse(run('/usr/bin/python3', [PDFCHECK, pdf, '--source', path('source.txt')]).stdout) as Report;
    expect(report.text.violations).toMatchObject({ line_start: 0, line_end: 0 });
    expect(report.text.loose_lines).toBe(0);
    expect(report.nothing_lost).toMatchObject({ missing: 0 });
    const fonts = pdffonts(pdf);
    expect(fonts.filter((f) => f.encoding === 'Identity-V').length).toBeGreaterThan(0);
    for (const f of fonts) expect(f, f.name).toMatchObject({ emb: true, sub: true, uni: true });
    // Poppler reads each headline column as one word standing upright (taller than wide).
    const bbox = run('pdftotext', ['-bbox-layout', pdf, '-']).stdout;
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
    const firstColumn = page.doc.stories['vertical-1']!.headline.slice(0, 4);
    const word = words.find((w) => w[5]!.startsWith(firstColumn));
    expect(word, firstColumn).toBeDefined();
    const [x0, y0, x1, y1] = word!.slice(1, 5).map(Number) as [number, number, number, number];
    expect(y1 - y0).toBeGreaterThan(3 * (x1 - x0));
  });
});
