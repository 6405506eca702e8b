import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFaces, faceInfo } from '../../../main/fonts/font-catalogue';
import { createFontkitMeasurer } from '../../../main/fonts/fontkit-measurer';

describe('font catalogue', () => {
  it('finds every bundled face on disk', () => {
    const faces = [...bundledFaces().values()];
    // Serif SC 8 weights, Sans SC 9, Serif TC and Sans TC 2 each, the 楷体, two fallback faces.
    expect(faces.length).toBe(24);
    for (const face of faces) expect(existsSync(face.path), face.path).toBe(true);
  });

  it('bundles the fallback faces for CJK Extension B–H, each covering the names the desk sets', () => {
    expect([...bundledFaces().values()].filter((f) => f.fallback).map((f) => f.id)).toEqual(['hanamin-b', 'babelstone-han-plane3']);
    const m = createFontkitMeasurer();
    for (const ch of '𠮷𪚥𡘙𨋢') expect(m.glyph('hanamin-b', ch.codePointAt(0)!).gid, ch).toBeGreaterThan(0);
    expect(m.glyph('babelstone-han-plane3', 0x30ede).gid).toBeGreaterThan(0); // 𰻞, Extension G
    expect(m.glyph('noto-serif-sc-400', 0x20bb7).gid).toBe(0); // why the chain exists
  });

  it('bundles the Traditional Chinese faces and the 楷体, each with the Traditional characters', () => {
    const m = createFontkitMeasurer();
    for (const face of ['noto-serif-tc-400', 'noto-serif-tc-700', 'noto-sans-tc-400', 'noto-sans-tc-700', 'lxgw-wenkai-400']) {
      for (const ch of '臺灣報導颱風讀書') expect(m.glyph(face, ch.codePointAt(0)!).gid, `${ch} in ${face}`).toBeGreaterThan(0);
    }
    expect(faceInfo('lxgw-wenkai-400')).toMatchObject({ design: 'kai', postscriptName: 'LXGWWenKai-Regular' });
    expect(faceInfo('noto-sans-tc-700')).toMatchObject({ design: 'sans', postscriptName: 'NotoSansTC-Bold' });
  });

  it('names an unknown face and lists the known ones', () => {
    expect(() => faceInfo('times-400')).toThrow(/Unknown font face "times-400".*noto-serif-sc-400/);
  });
});
