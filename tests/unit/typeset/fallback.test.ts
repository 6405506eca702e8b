import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineText } from '../../../shared/typeset/line-text';
import { hanWord } from './fixtures/generators';
import { allGlyphs, set } from './fixtures/set';

/**
 * Font fallback (issue 13, item 1): a character the style's face lacks is set in the first
 * face of its fallback chain that has it — HanaMinB for Extension B–F, BabelStone Han for G–H —
 * as its own run, one em wide like any ideograph, without moving the line.
 */

const EXT_B_TO_F = ['𠮷', '𪚥', '𡘙', '𨋢', '𠀀', '𫝀', '𬺰'];
const EXT_G_H = ['𰻞', '𱍊', '𲎯'];

describe('fallback selection', () => {
  it('sets Extension B–F in HanaMinB and G–H in BabelStone Han, each as its own run', () => {
    const layout = set('吉𠮷家的𰻞𰻞面馆。', 200);
    const runs = layout.lines[0]!.runs.map((r) => `${r.face}:${r.glyphs.map((g) => g.text).join('')}`);
    expect(runs).toEqual([
      'noto-serif-sc-400:吉',
      'hanamin-b:𠮷',
      'noto-serif-sc-400:家的',
      'babelstone-han-plane3:𰻞𰻞',
      'noto-serif-sc-400:面馆。',
    ]);
    for (const g of allGlyphs(layout)) expect(g.gid, g.text).toBeGreaterThan(0);
  });

  it('keeps the size, and the line box of the paragraph face', () => {
    const rare = set('姓名𪚥在此', 200, { char: { face: 'noto-sans-sc-700', size: 22 } });
    const common = set('姓名国在此', 200, { char: { face: 'noto-sans-sc-700', size: 22 } });
    const line = rare.lines[0]!;
    expect(line.runs.every((r) => r.size === 22)).toBe(true);
    expect(line.runs[1]!.face).toBe('hanamin-b');
    expect([line.ascent, line.descent]).toEqual([common.lines[0]!.ascent, common.lines[0]!.descent]);
    expect(line.runs[1]!.glyphs[0]!.advance).toBeCloseTo(22, 6);
  });

  it('follows the style’s own chain: none leaves .notdef for preflight, one face covers only its planes', () => {
    const none = set('吉𠮷', 200, { char: { fallback: [] } });
    expect(allGlyphs(none).find((g) => g.text === '𠮷')!.gid).toBe(0);
    const planeThree = set('𠮷𰻞', 200, { char: { fallback: ['babelstone-han-plane3'] } });
    expect(allGlyphs(planeThree).map((g) => g.gid > 0)).toEqual([false, true]);
  });

  it('breaks lines exactly as if the rare characters were common ones (both one em)', () => {
    const rareOrCommon = fc.array(fc.oneof(hanWord, fc.constantFrom(...EXT_B_TO_F, ...EXT_G_H)), { minLength: 4, maxLength: 40 });
    fc.assert(
      fc.property(rareOrCommon, fc.integer({ min: 99, max: 243 }), (words, width) => {
        const text = `${words.join('')}。`;
        const plain = text.replace(/[\u{20000}-\u{3FFFF}]/gu, '国');
        const rare = set(text, width);
        const common = set(plain, width);
        expect(rare.lines.map((l) => lineText(l).replace(/[\u{20000}-\u{3FFFF}]/gu, '国'))).toEqual(common.lines.map(lineText));
        for (const g of allGlyphs(rare)) expect(g.gid, g.text).toBeGreaterThan(0);
      }),
      { seed: 20261203, numRuns: 60 },
    );
  });
});
