import { describe, expect, it } from 'vitest';
import { balanceHeadline, headlineBreaks, headlineParagraphs } from '../../../shared/typeset/headline-breaks';
import { layoutParagraph } from '../../../shared/typeset/paragraph';
import { HEADLINE_STYLE, withStyle } from '../../../shared/typeset/styles';
import { measurer } from './fixtures/fonts';
import { glyph, glyphs, setWidth } from './fixtures/set';

/**
 * Headlines as a desk sets them: breaks at phrase or word boundaries only, balanced lines,
 * 一字空 between phrases, 全部半角 punctuation.
 */

const SIZE = 20;
const style = withStyle(HEADLINE_STYLE, { char: { size: SIZE }, align: 'start' });

function balance(text: string, width: number): string[] | null {
  const spans = balanceHeadline(text, width, (s, e) => {
    const lines = layoutParagraph({ runs: [{ text: text.slice(s, e) }], style }, width, measurer).lines;
    const fits = lines.length === 1 && lines[0]!.overflow <= 0.01;
    return { fits, width: fits ? lines[0]!.right : Infinity };
  });
  return spans && spans.map((s) => text.slice(s.start, s.end));
}

/** The sample page's headlines and kicker, each with the words a break must never cut. */
const SAMPLE: { text: string; words: string[] }[] = [
  { text: '沁阳市：凝聚合力构建新兴领域党建新格局', words: ['沁阳市', '凝聚', '合力', '构建', '新兴', '领域', '党建', '格局'] },
  { text: '让新就业群体凝聚在党旗下', words: ['就业', '群体', '凝聚', '党旗'] },
  { text: '朱光丽：用爱缔造生命奇迹', words: ['朱光丽', '缔造', '生命', '奇迹'] },
  { text: '修武县郇封镇大位村聚焦创建任务', words: ['修武县', '郇封镇', '大位村', '聚焦', '创建', '任务'] },
  { text: '山阳区“五星”争创 亮点纷呈', words: ['山阳区', '“五星”', '争创', '亮点纷呈'] },
  { text: '市道清中学校史馆：讲好红色校史 传承红色基因', words: ['道清', '中学', '校史馆', '讲好', '红色', '校史', '传承', '基因'] },
];

describe('headline breaks', () => {
  for (const { text, words } of SAMPLE) {
    it(`breaks ${text} only between words, at every width from 6 to 16 em`, () => {
      for (let ems = 6; ems <= 16; ems++) {
        const lines = balance(text, ems * SIZE);
        if (!lines) continue; // no boundary fits: the engine breaks it (a word wider than the measure)
        // Nothing lost: the lines and the gaps between them make up the headline.
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        let offset = 0;
        const cuts: number[] = [];
        for (const line of lines.slice(0, -1)) {
          offset = text.indexOf(line, offset) + line.length;
          cuts.push(offset);
        }
        for (const word of words) {
          const at = text.indexOf(word);
          for (const cut of cuts) expect(cut > at && cut < at + word.length, `${lines.join(' / ')} cuts ${word}`).toBe(false);
        }
      }
    });
  }

  it('balances two lines instead of a full line and a stub', () => {
    // 19 characters across 16 em: not 16 + 3.
    expect(balance('沁阳市：凝聚合力构建新兴领域党建新格局', 16 * SIZE)).toEqual(['沁阳市：凝聚合力构建', '新兴领域党建新格局']);
    expect(balance('让新就业群体凝聚在党旗下', 10 * SIZE)).toEqual(['让新就业群体', '凝聚在党旗下']);
    for (const { text } of SAMPLE) {
      const lines = balance(text, 10 * SIZE);
      if (!lines || lines.length !== 2) continue;
      const [a, b] = lines.map((l) => [...l].length);
      expect(Math.min(a!, b!) / Math.max(a!, b!), lines.join(' / ')).toBeGreaterThanOrEqual(0.4);
    }
  });

  it('prefers the phrase break (after a colon, at the space) to a balanced break inside a phrase', () => {
    expect(balance('市道清中学校史馆：讲好红色校史 传承红色基因', 10 * SIZE)).toEqual(['市道清中学校史馆：', '讲好红色校史', '传承红色基因']);
    expect(balance('山阳区“五星”争创 亮点纷呈', 10 * SIZE)).toEqual(['山阳区“五星”争创', '亮点纷呈']);
    expect(headlineBreaks('山阳区“五星”争创 亮点纷呈')).toEqual([{ end: 9, resume: 10, kind: 'phrase' }]);
  });

  it('keeps one line when it fits, and splits at manual breaks', () => {
    expect(balance('朱光丽：用爱缔造生命奇迹', 16 * SIZE)).toEqual(['朱光丽：用爱缔造生命奇迹']);
    expect(headlineParagraphs('朱光丽：\n用爱缔造生命奇迹')).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 13 },
    ]);
  });
});

describe('headline spacing (display sizes)', () => {
  const set = (text: string) => layoutParagraph({ runs: [{ text }], style: withStyle(HEADLINE_STYLE, { char: { size: 32 }, align: 'start' }) }, 2000, measurer);

  it('sets a space between Chinese phrases as 一字空 (a full em), not a Western space', () => {
    const layout = set('争创 亮点纷呈');
    const gap = glyph(layout, '亮').x - (glyph(layout, '创').x + glyph(layout, '创').advance);
    expect(gap).toBeCloseTo(32, 3);
    // Between Latin words a space stays a space.
    const latin = set('AI 赋能');
    expect(glyph(latin, '赋').x - glyph(latin, 'I').x).toBeLessThan(0.6 * 32);
  });

  it('leaves no half-em hole between 》 and （ (全部半角), and a colon takes half an em', () => {
    const layout = set('《人民》（评论）');
    const marks = glyphs(layout.lines[0]!).filter((g) => '《》（）'.includes(g.text));
    for (const g of marks) expect(setWidth(g)).toBeCloseTo(16, 3);
    expect(layout.lines[0]!.right).toBeCloseTo(4 * 32 + 4 * 16, 3);
    expect(setWidth(glyph(set('沁阳市：凝聚'), '：'))).toBeCloseTo(16, 3);
  });

  it('puts an eighth of an em, not a quarter, between Chinese and Latin at display size', () => {
    const layout = set('5G网络');
    const gap = glyph(layout, '网').x - (glyph(layout, 'G').x + glyph(layout, 'G').advance);
    expect(gap).toBeCloseTo(4, 3);
  });
});
