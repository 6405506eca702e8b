import { describe, expect, it } from 'vitest';
import { foldText, foldWithMap } from '../../../main/store/search-text';

const slowFold = (ch: string) => ch.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '');

describe('folding text for search', () => {
  it('leaves alone only characters that fold to themselves (every CJK unified ideograph, a–z, 0–9)', () => {
    const kept: string[] = [' ', '\n'];
    for (let code = 0x4e00; code <= 0x9fff; code += 1) kept.push(String.fromCodePoint(code));
    for (const ch of 'abcdefghijklmnopqrstuvwxyz0123456789') kept.push(ch);
    expect(kept.filter((ch) => slowFold(ch) !== ch)).toEqual([]);
  });

  it('folds full-width forms, capitals, marks and compatibility characters as before', () => {
    const text = 'ＡＰＰ、Café　５Ｇ基站（㎡）𠮷ﬁ';
    expect(foldText(text)).toBe([...text].map(slowFold).join(''));
    expect(foldText(text)).toBe('app、cafe 5g基站(m2)𠮷fi');
  });

  it('maps a match in the folded text back to the original characters, also after a character that grew', () => {
    for (const text of ['骑手驿站５Ｇ', '面积120㎡的５Ｇ站', '𠮷野家ＡＰＰ']) {
      const map = foldWithMap(text);
      const at = map.folded.indexOf('5g') >= 0 ? map.folded.indexOf('5g') : map.folded.indexOf('app');
      const end = at + 2 + (map.folded.includes('app') ? 1 : 0);
      expect(text.slice(map.start(at), map.end(end - 1))).toMatch(/^(５Ｇ|ＡＰＰ)$/u);
    }
  });
});
