import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../shared/typeset/line-text';
import { HEADLINE_STYLE, withStyle, type StyleChanges } from '../../../shared/typeset/styles';
import { layoutVertical, verticalColumnText, type VerticalGlyph, type VerticalLayout } from '../../../shared/typeset/vertical';
import { measurer } from './fixtures/fonts';
import { PDFCHECK_LINE_END_PROHIBITED, PDFCHECK_LINE_START_PROHIBITED } from './fixtures/pdfcheck-sets';
import { clause, hanWord } from './fixtures/generators';

/**
 * Vertical writing (issue 13, item 4): vertical glyph forms, 纵中横 and rotated Western text,
 * clreq's prohibitions and compression down a column, balanced headline columns.
 * Golden: tests/unit/typeset/golden/vertical-lines.json (regenerate with UPDATE_GOLDEN=1 after review).
 */

const SIZE = 22;
const FACE = 'noto-sans-sc-700';
const EM = 1000;

function vset(text: string, heightEm = 12, changes: StyleChanges = {}, balance = false): VerticalLayout {
  const style = withStyle(HEADLINE_STYLE, { align: 'start', trimLineStartBracket: true, ...changes });
  return layoutVertical({ runs: [{ text }], style }, { height: heightEm * (changes.char?.size ?? SIZE), balance }, measurer);
}

const cols = (layout: VerticalLayout): string[] => layout.columns.map(verticalColumnText);
const glyphsOf = (layout: VerticalLayout): VerticalGlyph[] => layout.columns.flatMap((c) => c.glyphs);
const glyphOf = (layout: VerticalLayout, text: string, n = 0): VerticalGlyph => {
  const found = glyphsOf(layout).filter((g) => g.text === text)[n];
  if (!found) throw new Error(`no glyph ${text}`);
  return found;
};
/** Top of an upright glyph's em box down the column, em. */
const emTop = (g: VerticalGlyph): number => (g.y - 0.88 * g.size) / g.size;

describe('vertical glyph forms', () => {
  for (const face of [FACE, 'noto-serif-sc-400']) {
    it(`sets 。，「」（）—— in their vertical forms (${face})`, () => {
      const layout = vset('甲。乙，丙「丁」戊（己）庚——辛', 30, { char: { face } });
      const ink = (g: VerticalGlyph) => measurer.ink(face, g.gid);
      for (const mark of ['。', '，', '「', '」', '（', '）', '—']) {
        const g = glyphOf(layout, mark);
        expect(g.orient, mark).toBe('upright');
        expect(g.gid, mark).not.toBe(measurer.glyph(face, mark.codePointAt(0)!, 'full-width').gid);
      }
      // 。， sit in the top right quarter of their em box.
      for (const mark of ['。', '，']) {
        const box = ink(glyphOf(layout, mark));
        expect(box.xMin, mark).toBeGreaterThan(0.5 * EM);
        expect(box.yMin, mark).toBeGreaterThan((0.88 - 0.5) * EM - 0.12 * EM);
      }
      // Opening brackets open downwards (ink in the lower half), closing ones upwards; both span the width.
      for (const mark of ['「', '（']) {
        const box = ink(glyphOf(layout, mark));
        expect(box.yMax, mark).toBeLessThan(0.38 * EM);
        expect(box.xMax - box.xMin, mark).toBeGreaterThan(0.6 * EM);
      }
      for (const mark of ['」', '）']) expect(ink(glyphOf(layout, mark)).yMin, mark).toBeGreaterThan(0.38 * EM);
      // —— runs down the line, its two halves joined: each spans the whole em height, narrow across.
      for (const n of [0, 1]) {
        const box = ink(glyphOf(layout, '—', n));
        expect(box.yMax - box.yMin).toBeGreaterThanOrEqual(0.99 * EM);
        expect(box.xMax - box.xMin).toBeLessThan(0.1 * EM);
      }
      const [a, b] = [glyphOf(layout, '—', 0), glyphOf(layout, '—', 1)];
      expect(b.y - a.y).toBeCloseTo(SIZE, 6);
    });
  }

  it('stacks upright glyphs one em apart, centred on the column', () => {
    const layout = vset('新闻标题');
    const g = glyphsOf(layout);
    expect(g.map((x) => x.x)).toEqual(g.map(() => -SIZE / 2));
    expect(g.map(emTop)).toEqual([0, 1, 2, 3].map((k) => expect.closeTo(k, 6) as unknown as number));
  });
});

describe('纵中横 and rotated Western text', () => {
  it('sets a two- or three-digit number side by side in one em of the line', () => {
    for (const number of ['12', '365']) {
      const layout = vset(`第${number}届大会`);
      const digits = glyphsOf(layout).filter((g) => /\d/.test(g.text));
      expect(digits.map((d) => d.orient)).toEqual([...number].map(() => 'tcy'));
      expect(new Set(digits.map((d) => d.y)).size, 'one baseline').toBe(1);
      // Side by side, centred across the column.
      const left = digits[0]!.x;
      const right = digits[digits.length - 1]!.x + digits[digits.length - 1]!.advance;
      expect(left + right).toBeCloseTo(0, 6);
      digits.slice(1).forEach((d, i) => expect(d.x).toBeCloseTo(digits[i]!.x + digits[i]!.advance, 6));
      // The number takes one em: 届 follows one em below 第.
      expect(emTop(glyphOf(layout, '届')) - emTop(glyphOf(layout, '第'))).toBeCloseTo(2, 6);
    }
  });

  it('sets a year of four digits and a lone digit upright, one full-width digit per em', () => {
    const layout = vset('2026年第3季度');
    const digits = glyphsOf(layout).filter((g) => /\d/.test(g.text));
    expect(digits.map((d) => d.orient)).toEqual(['upright', 'upright', 'upright', 'upright', 'upright']);
    for (const d of digits) expect(d.gid).not.toBe(measurer.glyph(FACE, d.text.codePointAt(0)!).gid);
    expect(digits.slice(0, 4).map(emTop)).toEqual([0, 1, 2, 3].map((k) => expect.closeTo(k, 6) as unknown as number));
  });

  it('turns Western words, codes and decimal numbers 90° clockwise, with the CJK–Latin space', () => {
    const layout = vset('发布OpenAI新品A380neo与3.5版');
    for (const word of ['OpenAI', 'A380neo', '3.5']) {
      const start = layout.text.indexOf(word);
      const glyphs = glyphsOf(layout).filter((g) => g.offset >= start && g.offset < start + word.length);
      expect(glyphs.map((g) => g.orient), word).toEqual([...word].map(() => 'rotated'));
      // Proportional letters one after another down the line.
      glyphs.slice(1).forEach((g, i) => expect(g.y - glyphs[i]!.y).toBeCloseTo(glyphs[i]!.advance, 1));
    }
    const o = glyphOf(layout, 'O');
    // The headline's CJK–Latin space (an eighth of an em at display sizes, styles.ts).
    expect(o.y / SIZE - (emTop(glyphOf(layout, '布')) + 1)).toBeCloseTo(HEADLINE_STYLE.cjkLatinSpacing, 6);
  });
});

describe('columns', () => {
  it('never starts a column with a closing mark or ends one with an opening mark', () => {
    const headline = fc.array(fc.oneof(hanWord, clause), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    fc.assert(
      fc.property(headline, fc.integer({ min: 4, max: 12 }), fc.boolean(), (text, height, balance) => {
        const layout = vset(text, height, {}, balance);
        expect(cols(layout).join('')).toBe(visibleText(text));
        for (const column of cols(layout).map((c) => c.trim()).filter(Boolean)) {
          expect(PDFCHECK_LINE_START_PROHIBITED.has(column[0]!), column).toBe(false);
          expect(PDFCHECK_LINE_END_PROHIBITED.has(column[column.length - 1]!), column).toBe(false);
        }
        for (const c of layout.columns) if (!c.overflow) expect(c.length).toBeLessThanOrEqual(height * SIZE + 0.01);
      }),
      { seed: 20261203, numRuns: 80 },
    );
  });

  it('compresses adjacent marks and trims a line-start opening bracket', () => {
    const layout = vset('「报告」，发布');
    expect(emTop(glyphOf(layout, '「'))).toBeCloseTo(-0.5, 6);
    expect(emTop(glyphOf(layout, '报'))).toBeCloseTo(0.5, 6);
    // 」， sets 1.5 em: the closing bracket loses its blank lower half.
    expect(emTop(glyphOf(layout, '，')) - emTop(glyphOf(layout, '」'))).toBeCloseTo(0.5, 6);
    expect(emTop(glyphOf(layout, '发')) - emTop(glyphOf(layout, '，'))).toBeCloseTo(1, 6);
  });

  it('balances a headline’s columns and keeps a long one whole where it fits', () => {
    expect(cols(vset('沁阳市凝聚合力构建新兴领域党建新格局', 12, {}, true)).map((c) => [...c].length)).toEqual([9, 9]);
    expect(cols(vset('沁阳市凝聚合力构建新兴领域党建新格局', 12)).map((c) => [...c].length)).toEqual([12, 6]);
    expect(cols(vset('让新就业群体凝聚在党旗下', 12, {}, true))).toEqual(['让新就业群体凝聚在党旗下']);
  });

  it('spreads a column over its length (均排) and centres one', () => {
    const spread = vset('要闻', 6, { align: 'distribute' });
    expect([emTop(glyphOf(spread, '要')), emTop(glyphOf(spread, '闻'))]).toEqual([expect.closeTo(0, 6), expect.closeTo(5, 6)]);
    const centred = vset('要闻', 6, { align: 'center' });
    expect(emTop(glyphOf(centred, '要'))).toBeCloseTo(2, 6);
  });

  it('starts a new column at a hard break', () => {
    expect(cols(vset('引题\n主题'))).toEqual(['引题', '主题']);
  });
});

const GOLDEN = join(__dirname, 'golden', 'vertical-lines.json');

describe('golden vertical columns', () => {
  const cases = ['朱光丽：用爱缔造生命奇迹（第12届「最美」评选，2026）', '本报记者 专访 OpenAI', '“五星”争创——亮点纷呈……', '山阳区：GB/T 15834—2011 标准'];
  const snapshot = cases.map((text) => ({
    text,
    columns: vset(text, 10, {}, true).columns.map((c) => c.glyphs.map((g) => `${g.text} ${g.orient} gid ${g.gid} x ${g.x.toFixed(2)} y ${g.y.toFixed(2)}`)),
  }));
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(snapshot, null, 1)}\n`);

  it('sets every case exactly as reviewed', () => {
    expect(snapshot).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});
