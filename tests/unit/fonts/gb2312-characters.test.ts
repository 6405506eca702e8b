import { describe, expect, it } from 'vitest';
import { GB2312_LEVEL1_HANZI, GB2312_SYMBOLS } from '../../../main/fonts/gb2312-characters';

// The data module against the WHATWG GBK decoder (Node's TextDecoder), row by row.
const decoder = new TextDecoder('gbk', { fatal: true });
function row(lead: number, lastTrail = 0xfe): string {
  let text = '';
  for (let trail = 0xa1; trail <= lastTrail; trail++) {
    const ch = decoder.decode(Uint8Array.of(lead, trail));
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xe000 && cp <= 0xf8ff) continue; // private use: positions GB 2312 leaves empty
    text += ch;
  }
  return text;
}

describe('GB 2312 character data', () => {
  it('is the 3,755 level-1 hanzi of rows 16–55, in order', () => {
    let expected = '';
    for (let lead = 0xb0; lead <= 0xd7; lead++) expected += row(lead, lead === 0xd7 ? 0xf9 : 0xfe);
    expect([...GB2312_LEVEL1_HANZI]).toHaveLength(3755);
    expect(GB2312_LEVEL1_HANZI).toBe(expected);
    expect(GB2312_LEVEL1_HANZI.startsWith('啊阿埃')).toBe(true);
    expect(GB2312_LEVEL1_HANZI.endsWith('坐座')).toBe(true);
  });

  it('is the symbol rows 1–9 without their empty positions', () => {
    let expected = '';
    for (let lead = 0xa1; lead <= 0xa9; lead++) expected += row(lead);
    expect(GB2312_SYMBOLS).toBe(expected);
    for (const mark of '、。“”《》【】—…·①ⅠＡ') expect(GB2312_SYMBOLS).toContain(mark);
  });
});
