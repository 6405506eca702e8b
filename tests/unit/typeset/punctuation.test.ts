import { describe, expect, it } from 'vitest';
import { measurer } from './fixtures/fonts';
import { glyph, glyphs, lines, set, setWidth } from './fixtures/set';

/**
 * Punctuation width (标点挤压, clreq §3.1.6; GB/T 15834): which half of a mark is blank comes
 * from where the font puts its ink, and the blank half goes at line ends, at line starts (an
 * opening bracket) and between adjacent marks.
 */

const EM = 9;

describe('punctuation compression', () => {
  it('reads from the font where a Mainland mark sits in its em box', () => {
    const face = 'noto-serif-sc-400';
    for (const ch of '。，、：；？！”’）》」') {
      const g = measurer.glyph(face, ch.codePointAt(0)!, 'full-width');
      const ink = measurer.ink(face, g.gid);
      expect(ink.xMax, `${ch} ink stays in the left half`).toBeLessThanOrEqual(g.advance / 2);
    }
    for (const ch of '“‘（《「') {
      const g = measurer.glyph(face, ch.codePointAt(0)!, 'full-width');
      expect(measurer.ink(face, g.gid).xMin, `${ch} ink stays in the right half`).toBeGreaterThanOrEqual(g.advance / 2);
    }
  });

  it('sets two adjacent marks in 1.5 em: 。” ，“ ）（ and three in 2 em: 。”）', () => {
    for (const pair of ['。”', '，“', '）（', '：“', '》，']) {
      const layout = set(`中文${pair}中文`, 300, { firstLineIndent: 0 });
      const [a, b] = [...pair].map((ch) => glyph(layout, ch));
      expect(setWidth(a!) + setWidth(b!), pair).toBeCloseTo(1.5 * EM, 6);
    }
    const layout = set('中文。”）中文', 300, { firstLineIndent: 0 });
    const three = [...'。”）'].map((ch) => setWidth(glyph(layout, ch)));
    expect(three.reduce((s, w) => s + w, 0)).toBeCloseTo(2 * EM, 6);
  });

  it('keeps the ink of a compressed pair where the font drew it: the blank goes, the glyph does not move into its neighbour', () => {
    const layout = set('中文。“中文', 300, { firstLineIndent: 0 });
    const stop = glyph(layout, '。');
    const quote = glyph(layout, '“');
    // 。 keeps its advance box (x..x+9) and loses its right half; “ starts where that half began.
    expect(quote.x).toBeCloseTo(stop.x + 4.5, 6);
    expect(stop.trimRight).toBeCloseTo(4.5, 6);
  });

  it('sets full-width punctuation at a line end half-width: its box overhangs the measure by half an em', () => {
    // 12 characters and a comma: 12.5 em of content on a 13 em line.
    const layout = set('一二三四五六七八九十一二，三四五六七八九十一二三四五六七', 117, { firstLineIndent: 0 });
    const first = layout.lines[0]!;
    const last = glyphs(first)[glyphs(first).length - 1]!;
    expect(last.text).toBe('，');
    expect(last.trimRight).toBeCloseTo(4.5, 6);
    expect(last.x + last.advance - last.trimRight).toBeCloseTo(117, 6);
    expect(last.x + last.advance).toBeCloseTo(117 + 4.5, 6);
  });

  it('takes the blank half off an opening bracket at a line start, but not after the first-line indent', () => {
    const text = '一二三四五六七八九十一二三“四五六七”八九十一二三四五六七八九十。';
    const layout = set(text, 117, { firstLineIndent: 0 });
    expect(lines(layout)[1]!.startsWith('“')).toBe(true);
    const open = glyphs(layout.lines[1]!)[0]!;
    expect(open.x).toBeCloseTo(-4.5, 6);
    expect(open.trimLeft).toBeCloseTo(4.5, 6);

    const indented = set('“站位高一点，工作勤一点，换位思考多一点。”朱光丽说。', 117);
    const first = glyphs(indented.lines[0]!)[0]!;
    expect(first.text).toBe('“');
    expect(first.x).toBeCloseTo(18, 6);
    expect(first.trimLeft).toBe(0);
  });

  it('compresses nothing inside —— or ……, and draws —— as one unbroken rule', () => {
    const layout = set('讲解如何正确佩戴头盔——安全第一……我们', 300, { firstLineIndent: 0 });
    const [d1, d2] = [glyph(layout, '—', 0), glyph(layout, '—', 1)];
    expect(d2.x - d1.x).toBeCloseTo(EM, 6);
    expect(setWidth(d1)).toBeCloseTo(EM, 6);
    const ink1 = measurer.ink('noto-serif-sc-400', d1.gid);
    expect(ink1.xMin).toBeLessThanOrEqual(20);
    expect(ink1.xMax).toBeGreaterThanOrEqual(980);
    const [e1, e2] = [glyph(layout, '…', 0), glyph(layout, '…', 1)];
    expect(e2.x - e1.x).toBeCloseTo(EM, 6);
  });
});

describe('line-start bracket after an invisible character', () => {
  it('trims the bracket, not the byte-order mark before it, and keeps the line at its measure', () => {
    const text = '\ufeff“一二三四五六七八九十一二三”四五六七八九十一二三四五六七八九十。';
    const layout = set(text, 117, { firstLineIndent: 0 });
    const first = layout.lines[0]!;
    const open = glyphs(first)[0]!;
    expect(open.text).toBe('“');
    expect(open.offset).toBe(1);
    expect(open.x).toBeCloseTo(-4.5, 6);
    expect(first.align).toBe('justify');
    expect(first.right).toBeCloseTo(117, 6);
  });
});
