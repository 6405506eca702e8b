import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faceFont } from '../../../main/fonts/font-loader';
import type { GlyphRun } from '../../../shared/model/display-list';
import { compose } from '../compose/compose-fixtures';
import { PDFCHECK, pdfcheckPresent, pdffonts, pdftotext, run, SKIP_MESSAGE, toolsPresent } from '../export/helpers/pdf-tools';
import { traditionalPage } from './fixtures/traditional-page';
import { cli } from './fixtures/run-cli';
import { generatedPageDir } from './fixtures/generated-page-dir';

/**
 * Issue 13 item 2 end to end: a generated page with Traditional Chinese stories (centred
 * punctuation, bold lead-ins, bylines in the 楷体 the page style names) and a Simplified one,
 * composed by `banmian compose` and read back by pdfcheck: no violation, no loose line, nothing
 * lost, every glyph the one its font maps the character to (no .notdef), ToUnicode exact.
 */

interface Report {
  text: { violations: { line_start: number; line_end: number }; loose_lines: number };
  nothing_lost: { missing: number; extra: number; exact: boolean };
}

const CENTRED = new Set('。，、；：！？');
const page = traditionalPage(3);
const { path, pagePath } = generatedPageDir('traditional', page);

describe('a generated page of Traditional Chinese stories', () => {
  it('sets each glyph as its face’s cmap maps the character (no .notdef), centred marks from the TC faces', () => {
    const result = compose(page.doc);
    const runs = result.page.items.filter((i): i is GlyphRun => i.kind === 'glyphs');
    for (const r of runs) {
      const font = faceFont(r.face);
      for (const g of r.glyphs) {
        expect(g.gid, `${g.text} in ${r.face}`).toBeGreaterThan(0);
        // Only the CJK ideographs and the marks: Latin and quotes may take fwid/pwid forms.
        if (/\p{Script=Han}/u.test(g.text) || CENTRED.has(g.text)) expect(font.glyphForCodePoint(g.text.codePointAt(0)!).id, `${g.text} in ${r.face}`).toBe(g.gid);
      }
    }
    const hant = runs.filter((r) => r.source?.storyId !== 'tc-3' && r.source?.block !== 'byline' && r.glyphs.some((g) => CENTRED.has(g.text)));
    expect(hant.length).toBeGreaterThan(0);
    for (const r of hant) expect(r.face, r.glyphs.map((g) => g.text).join('')).toMatch(/-tc-/);
    expect(result.preflight.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it.skipIf(!pdfcheckPresent || !toolsPresent)(`prints with no violation, no loose line and nothing lost ${toolsPresent ? '' : SKIP_MESSAGE}`, async () => {
    const pdf = path('traditional.pdf');
    const result = await cli('compose', pagePath(), '--out', pdf);
    expect(result.code, result.err).toBe(0);
    const report = JSON.parse(run('/usr/bin/python3', [PDFCHECK, pdf, '--source', path('source.txt')]).stdout) as Report;
    expect(report.text.violations).toMatchObject({ line_start: 0, line_end: 0 });
    expect(report.text.loose_lines).toBe(0);
    expect(report.nothing_lost).toMatchObject({ missing: 0, extra: 0, exact: true });
    const fonts = pdffonts(pdf);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'LXGWWenKai-Regular',
      'NotoSansSC-Bold',
      'NotoSansTC-Bold',
      'NotoSerifSC-Regular',
      'NotoSerifTC-Regular',
    ]);
    for (const f of fonts) expect(f, f.name).toMatchObject({ emb: true, sub: true, uni: true });
    // ToUnicode gives the Traditional text back exactly, marks included.
    const text = pdftotext(pdf).replace(/\s/gu, '');
    for (const line of page.source.split('\n')) expect(text).toContain(line.replace(/\s/gu, '').slice(0, 12));
    expect(statSync(pdf).size).toBeLessThan(300_000);
  });
});
