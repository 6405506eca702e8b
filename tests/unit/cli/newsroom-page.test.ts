import { existsSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { faceFont } from '../../../main/fonts/font-loader';
import { missingGlyphs } from '../../../shared/compose/missing-glyphs';
import type { GlyphRun } from '../../../shared/model/display-list';
import { compose } from '../compose/compose-fixtures';
import { PDFCHECK, pdfcheckPresent, pdffonts, pdftotext, run, SKIP_MESSAGE, toolsPresent } from '../export/helpers/pdf-tools';
import { newsroomPage, RARE_NAMES } from './fixtures/newsroom-page';
import { cli } from './fixtures/run-cli';
import { generatedPageDir } from './fixtures/generated-page-dir';

/**
 * Issue 13 end to end: a generated page of newsroom copy — rare name characters (CJK
 * Extension B–H), URLs, addresses, product names, prices, standard numbers, dates — composed
 * by `banmian compose` and read back by pdfcheck: no violation, no loose line, nothing lost,
 * and no .notdef glyph (every glyph id checked against its font's cmap).
 */

interface Report {
  text: { violations: { line_start: number; line_end: number }; loose_lines: number };
  nothing_lost: { missing: number; extra: number; extra_chars: string };
  fonts: { embedded: boolean; tounicode: boolean }[];
}

const page = newsroomPage(7);
const { path, pagePath } = generatedPageDir('newsroom', page);

describe('a generated page of newsroom copy', () => {
  it('sets every rare character in a fallback face, with the glyph its font maps the character to', () => {
    const result = compose(page.doc);
    expect(missingGlyphs(result.page.items)).toEqual([]);
    const runs = result.page.items.filter((i): i is GlyphRun => i.kind === 'glyphs');
    const fontOf = faceFont;
    const fallbackFaces = new Set<string>();
    for (const r of runs) {
      for (const g of r.glyphs) {
        expect(g.gid, `${g.text} in ${r.face}`).toBeGreaterThan(0);
        const cp = g.text.codePointAt(0)!;
        if (cp >= 0x20000) {
          fallbackFaces.add(r.face);
          expect(fontOf(r.face).glyphForCodePoint(cp).id, `${g.text} in ${r.face}`).toBe(g.gid);
        }
      }
    }
    expect([...fallbackFaces].sort()).toEqual(['babelstone-han-plane3', 'hanamin-b']);
    expect(result.preflight.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it.skipIf(!pdfcheckPresent || !toolsPresent)(`prints with no violation, no loose line and nothing lost ${toolsPresent ? '' : SKIP_MESSAGE}`, async () => {
    const pdf = path('newsroom.pdf');
    const result = await cli('compose', pagePath(), '--out', pdf);
    expect(result.code, result.err).toBe(0);
    const report = JSON.parse(run('/usr/bin/python3', [PDFCHECK, pdf, '--source', path('source.txt')]).stdout) as Report;
    expect(report.text.violations).toMatchObject({ line_start: 0, line_end: 0 });
    expect(report.text.loose_lines).toBe(0);
    // Extra characters are only the hyphens added at hyphenated English words.
    expect(report.nothing_lost).toMatchObject({ missing: 0 });
    expect(report.nothing_lost.extra_chars).toMatch(/^-*$/);
    const fonts = pdffonts(pdf);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['BabelStoneHan', 'HanaMinB', 'NotoSansSC-Bold', 'NotoSerifSC-Regular']);
    for (const f of fonts) expect(f, f.name).toMatchObject({ emb: true, sub: true, uni: true });
    // ToUnicode gives the rare characters back exactly (supplementary-plane code points).
    const text = pdftotext(pdf).replace(/\s/gu, '');
    for (const name of RARE_NAMES.filter((n) => page.source.includes(n))) expect(text).toContain(name);
  });
});

describe('a character no bundled font has', () => {
  // U+2EBF0 is in CJK Extension I (Unicode 15.1), which no bundled face covers.
  const missing = '\u{2EBF0}';
  const doc = structuredClone(page.doc);
  const first = doc.stories['newsroom-1']!;
  first.body[1] = { type: 'paragraph', children: [{ text: `记者${missing}报道。` }] };
  const file = () => path('missing.json');
  beforeAll(() => writeFileSync(file(), JSON.stringify(doc)));

  it('is named by preflight with its story, paragraph and position', async () => {
    const result = await cli('compose', file(), '--preflight');
    expect(result.code).toBe(1);
    expect(result.out).toContain(`“${missing}” (U+2EBF0) in story "newsroom-1", paragraph 2, character 3`);
  });

  it('makes export refuse the page unless forced', async () => {
    const refused = path('refused.pdf');
    const result = await cli('compose', file(), '--out', refused);
    expect(result.code).toBe(1);
    expect(result.err).toContain('No font has a glyph for 1 character(s)');
    expect(existsSync(refused)).toBe(false);
    const forced = path('forced.pdf');
    const again = await cli('compose', file(), '--out', forced, '--force');
    expect(again.code, again.err).toBe(0);
    expect(existsSync(forced)).toBe(true);
  });
});
