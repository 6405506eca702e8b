import { describe, expect, it } from 'vitest';
import { createFontkitMeasurer } from '../../../main/fonts/fontkit-measurer';

const SERIF = 'noto-serif-sc-400';
const SANS = 'noto-sans-sc-700';
const cp = (ch: string): number => ch.codePointAt(0)!;

describe('fontkit Measurer over the bundled Noto SC fonts', () => {
  const m = createFontkitMeasurer();

  it('opens only the faces it is asked about', () => {
    const fresh = createFontkitMeasurer();
    expect(fresh.openFaces()).toEqual([]);
    fresh.glyph(SERIF, cp('中'));
    expect(fresh.openFaces()).toEqual([SERIF]);
  });

  it('gives the ideographic em box and 1-em ideographs', () => {
    expect(m.face(SERIF)).toEqual({ unitsPerEm: 1000, ascent: 880, descent: -120 });
    const g = m.glyph(SERIF, cp('中'));
    expect(g.gid).toBeGreaterThan(0);
    expect(g.advance).toBe(1000);
    expect(m.glyph(SANS, cp('中')).gid).not.toBe(0);
  });

  it('covers every character of the sample page in both families', async () => {
    const { readSeedPage } = await import('../typeset/fixtures/seed-page');
    const missing = [...new Set(readSeedPage())].filter((ch) => ch.trim() && m.glyph(SERIF, cp(ch)).gid === 0);
    expect(missing).toEqual([]);
  });

  it('finds full-width and proportional forms through fwid and pwid', () => {
    const dash = m.glyph(SERIF, cp('—'));
    const fullDash = m.glyph(SERIF, cp('—'), 'full-width');
    expect(dash.advance).toBeLessThan(1000);
    expect(fullDash.advance).toBe(1000);
    expect(fullDash.gid).not.toBe(dash.gid);
    const quote = m.glyph(SERIF, cp('“'), 'proportional');
    expect(quote.advance).toBeLessThan(600);
    expect(m.glyph(SERIF, cp('“'), 'full-width').advance).toBe(1000);
  });

  it('reports the ink box, empty for a space', () => {
    const stop = m.ink(SERIF, m.glyph(SERIF, cp('。')).gid);
    expect(stop.xMax).toBeLessThan(500);
    expect(stop.yMax).toBeLessThan(300);
    expect(m.ink(SERIF, m.glyph(SERIF, 0x20).gid)).toEqual({ xMin: 0, xMax: 0, yMin: 0, yMax: 0 });
  });

  it('reads pair kerning for Latin, none between ideographs', () => {
    const [a, v] = [m.glyph(SERIF, cp('A')).gid, m.glyph(SERIF, cp('V')).gid];
    expect(m.kerning(SERIF, a, v)).toBeLessThan(-50);
    const [zh, wen] = [m.glyph(SERIF, cp('中')).gid, m.glyph(SERIF, cp('文')).gid];
    expect(m.kerning(SERIF, zh, wen)).toBe(0);
  });

  it('names its font set for cache keys', () => {
    expect(m.id).toBe('fontkit:bundled');
    expect(createFontkitMeasurer({ id: 'custom' }).id).toBe('custom');
  });
});
