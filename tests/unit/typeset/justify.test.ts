import { describe, expect, it } from 'vitest';
import { badness, emptyPlan, planJustified, STRICT } from '../../../shared/typeset/justify';
import { emptyMetrics } from '../../../shared/typeset/line-metrics';
import { lineText } from '../../../shared/typeset/line-text';
import { SHRINK_BRACKET, SHRINK_CJK_LATIN, SHRINK_COMMA, SHRINK_SPACE } from '../../../shared/typeset/prepared';
import { glyph, glyphs, lines, set, setWidth } from './fixtures/set';

/** Justification (clreq §3.8): compress, then expand, in priority order; 先挤进，后推出. */

const EM = 9;
const HAN13 = '一二三四五六七八九十甲乙丙';

describe('line adjustment', () => {
  it('pushes a prohibited mark in by compressing punctuation on the line before pushing a character out (先挤进)', () => {
    // 13 em of text, then a comma that may not start line 2: the comma inside the line gives back half an em.
    const layout = set(`一二三，四五六七八九十甲乙，丙丁戊己庚辛壬癸子丑寅。`, 117, { firstLineIndent: 0 });
    expect(lines(layout)[0]).toBe('一二三，四五六七八九十甲乙，');
    expect(glyph(layout, '，', 0).trimRight).toBeCloseTo(EM / 2, 6);
    expect(layout.lines[0]!.maxGap).toBeLessThan(0.01);
  });

  it('pushes a character out and spaces the line when nothing can be compressed (后推出)', () => {
    const layout = set(`${HAN13}，丙丁戊己庚辛壬癸子丑寅卯辰。`, 117, { firstLineIndent: 0 });
    expect(lines(layout)[0]).toBe('一二三四五六七八九十甲乙');
    expect(lines(layout)[1]!.startsWith('丙，')).toBe(true);
    const g = glyphs(layout.lines[0]!);
    // 12 characters over 13 em: 11 equal gaps of 1/11 em.
    for (let i = 1; i < g.length; i++) expect(g[i]!.x - g[i - 1]!.x).toBeCloseTo(EM + EM / 11, 6);
  });

  it('puts a quarter em between Han and Western letters or digits, never at a line start or end', () => {
    const layout = set('这是一对43岁的高龄夫妇，B超检查出一个5mm的卵泡。', 400, { firstLineIndent: 0 });
    const dui = glyph(layout, '对');
    const four = glyph(layout, '4');
    expect(four.x - (dui.x + dui.advance)).toBeCloseTo(EM / 4, 6);
    const b = glyph(layout, 'B');
    expect(b.x - (glyph(layout, '，').x + 4.5 + 4.5)).toBeCloseTo(0, 6); // no space after punctuation
    // Not next to a full-width symbol: 100％ stays together.
    const percent = set('覆盖率100％。', 400, { firstLineIndent: 0 });
    expect(glyph(percent, '％').x - (glyph(percent, '0', 1).x + glyph(percent, '0', 1).advance)).toBeCloseTo(0, 6);
    const off = set('这是一对43岁的高龄夫妇', 400, { firstLineIndent: 0, cjkLatinSpacing: 0 });
    expect(glyph(off, '4').x - (glyph(off, '对').x + EM)).toBeCloseTo(0, 6);
    // A line that starts with digits starts at 0: the space lives between characters only.
    const narrow = set('这是一对夫妇的高龄的十二三43岁的高龄夫妇。', 117, { firstLineIndent: 0 });
    const second = narrow.lines[1]!;
    expect(lineText(second).startsWith('43')).toBe(true);
    expect(glyphs(second)[0]!.x).toBe(0);
  });

  it('does not stretch the last line, and never stretches inside —— or ……', () => {
    const layout = set('一二三四五六七八九十甲——乙丙丁戊己庚辛壬癸子丑寅卯辰巳午。', 117, { firstLineIndent: 0 });
    expect(lines(layout)[0]).toBe('一二三四五六七八九十甲——');
    const dashes = glyphs(layout.lines[0]!).filter((g) => g.text === '—');
    expect(dashes[1]!.x - dashes[0]!.x).toBeCloseTo(EM, 6);
    const last = layout.lines[layout.lines.length - 1]!;
    expect(last.align).toBe('start');
    const g = glyphs(last);
    for (let i = 1; i < g.length; i++) expect(g[i]!.x - g[i - 1]!.x).toBeCloseTo(EM, 6);
  });

  it('stretches a Western space before the gaps between Chinese characters', () => {
    const layout = set('挂图作战一条心 齐头并进攥指成拳是一个好的方法我们要坚持下去。', 117, { firstLineIndent: 0 });
    const first = glyphs(layout.lines[0]!);
    const space = first.find((g) => g.text === ' ')!;
    const after = first[first.indexOf(space) + 1]!;
    expect(after.x - space.x).toBeGreaterThan(space.advance);
    expect(layout.lines[0]!.maxGap).toBeLessThanOrEqual(0.5);
  });

  it('compresses in clreq order: spaces, interpuncts, brackets, pause marks, then CJK–Latin spaces', () => {
    const m = emptyMetrics();
    m.natural = 120;
    m.shrink[SHRINK_SPACE] = 1;
    m.shrink[SHRINK_BRACKET] = 4.5;
    m.shrink[SHRINK_COMMA] = 4.5;
    m.shrink[SHRINK_CJK_LATIN] = 2;
    m.shrinkTotal = 12;
    const plan = planJustified(m, 117, emptyPlan());
    expect(plan.shrink[SHRINK_SPACE]).toBe(1);
    expect(plan.shrink[SHRINK_BRACKET]).toBeCloseTo(2 / 4.5, 9);
    expect(plan.shrink[SHRINK_COMMA]).toBe(0);
    expect(plan.shrink[SHRINK_CJK_LATIN]).toBe(0);
  });

  it('prices compressing punctuation below pushing a character out (先挤进，后推出)', () => {
    const pushIn = emptyMetrics();
    pushIn.natural = 13.5 * EM;
    pushIn.shrink[SHRINK_COMMA] = EM / 2;
    pushIn.shrinkTotal = EM / 2;
    const pushOut = emptyMetrics();
    pushOut.natural = 12 * EM;
    pushOut.plainGaps = 11;
    pushOut.plainGapCap = 0.45 * EM;
    const cost = (m: typeof pushIn) => badness(planJustified(m, 13 * EM, emptyPlan()), EM, STRICT, -1)!;
    expect(cost(pushIn)).toBeLessThan(cost(pushOut));
  });

  it('spreads a 均排 line evenly across the measure, the last line too', () => {
    const layout = set('视觉新闻', 117, { align: 'distribute', firstLineIndent: 0 });
    const g = glyphs(layout.lines[0]!);
    expect(g[0]!.x).toBe(0);
    expect(g[3]!.x + g[3]!.advance).toBeCloseTo(117, 6);
    const steps = g.slice(1).map((x, i) => x.x - g[i]!.x);
    for (const s of steps) expect(s).toBeCloseTo(steps[0]!, 6);
  });

  it('centres and right-aligns lines at their natural width', () => {
    const centred = set('视觉新闻', 117, { align: 'center', firstLineIndent: 0 });
    expect(glyphs(centred.lines[0]!)[0]!.x).toBeCloseTo((117 - 36) / 2, 6);
    const right = set('本报记者', 117, { align: 'end', firstLineIndent: 0 });
    expect(right.lines[0]!.right).toBeCloseTo(117, 6);
  });

  it('adds tracking between characters but not inside —— or after the last one', () => {
    const layout = set('新闻——版面', 400, { firstLineIndent: 0, char: { face: 'noto-serif-sc-400', size: 9, tracking: 100 } });
    expect(glyph(layout, '闻').x - glyph(layout, '新').x).toBeCloseTo(9.9, 6);
    expect(glyph(layout, '—', 1).x - glyph(layout, '—', 0).x).toBeCloseTo(9, 6);
    expect(setWidth(glyph(layout, '面'))).toBeCloseTo(9, 6);
  });

  it('keeps at least two characters on the last line (孤字不成行)', () => {
    const text = `${HAN13}${HAN13}丁。`;
    const layout = set(text, 117, { firstLineIndent: 0 });
    const last = lines(layout)[layout.lines.length - 1]!;
    expect([...last.matchAll(/\p{Script=Han}/gu)].length).toBeGreaterThanOrEqual(2);
    const allowed = set(text, 117, { firstLineIndent: 0, minLastLineChars: 0 });
    expect(lines(allowed)[allowed.lines.length - 1]).toBe('丁。');
  });

  it('hyphenates English words at a line end, marking the added hyphen as not source text', () => {
    const text = 'Banmian sets newspaper pages: the typesetter hyphenates internationalization and responsibility rather than stretching spaces.';
    const layout = set(text, 117, { firstLineIndent: 0 });
    const hyphenated = layout.lines.filter((l) => l.hyphenated);
    expect(hyphenated.length).toBeGreaterThan(0);
    for (const line of hyphenated) {
      const last = glyphs(line)[glyphs(line).length - 1]!;
      expect(last).toMatchObject({ text: '-', offset: -1, hyphen: true });
      expect(last.x + last.advance).toBeCloseTo(117, 6);
    }
    expect(lines(layout).join('')).toBe(text);
    for (const line of layout.lines.filter((l) => l.align === 'justify')) expect(line.maxGap).toBeLessThanOrEqual(0.5);
  });
});
