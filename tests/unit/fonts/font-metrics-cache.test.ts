import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GlyphForm } from '../../../shared/typeset/measurer';
import { cachedFont, resetCachedFonts } from '../../../main/fonts/cached-font';
import { faceInfo } from '../../../main/fonts/font-catalogue';
import { openFont } from '../../../main/fonts/font-loader';
import { fontCacheDir, fontRecord, saveFontRecords } from '../../../main/fonts/font-metrics-cache';
import { createFontkitMeasurer } from '../../../main/fonts/fontkit-measurer';
import { readSeedPage } from '../typeset/fixtures/seed-page';

const SERIF = 'noto-serif-sc-400';
const SANS = 'noto-sans-sc-700';
const cacheBefore = process.env.BANMIAN_CACHE_DIR;
const dir = mkdtempSync(join(tmpdir(), 'banmian-font-cache-'));

beforeAll(() => {
  process.env.BANMIAN_CACHE_DIR = dir;
  resetCachedFonts();
});
afterAll(() => {
  if (cacheBefore === undefined) delete process.env.BANMIAN_CACHE_DIR;
  else process.env.BANMIAN_CACHE_DIR = cacheBefore;
  resetCachedFonts();
  rmSync(dir, { recursive: true, force: true });
});

/** Every answer a composition of the sample page can ask, in a stable order. */
function answers(m: ReturnType<typeof createFontkitMeasurer>): unknown[] {
  const chars = [...new Set(readSeedPage())].filter((ch) => ch.trim()).map((ch) => ch.codePointAt(0)!);
  const out: unknown[] = [];
  for (const face of [SERIF, SANS]) {
    out.push(m.face(face));
    for (const cp of chars) {
      for (const form of ['default', 'full-width', 'proportional', 'vertical'] as GlyphForm[]) {
        const g = m.glyph(face, cp, form);
        out.push(g, m.ink(face, g.gid));
      }
    }
    const [a, v, t, o] = ['A', 'V', 'T', 'o'].map((ch) => m.glyph(face, ch.codePointAt(0)!).gid);
    out.push(m.kerning(face, a!, v!), m.kerning(face, t!, o!), m.kerning(face, v!, a!));
  }
  return out;
}

describe('the font metrics cache (main/fonts/font-metrics-cache.ts)', () => {
  it('gives a new process the answers fontkit gave, from the record file alone', () => {
    const first = answers(createFontkitMeasurer());
    saveFontRecords();
    const path = faceInfo(SERIF).path;
    const { hash } = fontRecord(path);
    expect(hash).toMatch(/^[0-9a-f]{64}$/u);
    expect(readdirSync(fontCacheDir()).some((f) => f.startsWith(hash) && f.endsWith('.json'))).toBe(true);

    resetCachedFonts(); // as a new process sees the cache folder
    const record = fontRecord(path);
    expect(record.glyphs.size).toBeGreaterThan(1000);
    expect(record.facts?.unitsPerEm).toBe(1000);
    expect(answers(createFontkitMeasurer())).toEqual(first);
    expect(fontRecord(path).dirty).toBe(false); // nothing had to be read from the font
  });

  it('is only a cache: a damaged record is read from the font again, with the same answers', () => {
    const first = answers(createFontkitMeasurer());
    saveFontRecords();
    for (const file of readdirSync(fontCacheDir())) if (file.endsWith('.json')) writeFileSync(join(fontCacheDir(), file), '{"glyphs": [[1, 2');
    resetCachedFonts();
    expect(fontRecord(faceInfo(SERIF).path).glyphs.size).toBe(0);
    expect(answers(createFontkitMeasurer())).toEqual(first);
  });

  it('subsets a glyph set once: the cached program is fontkit’s, byte for byte, with fontkit’s numbering', () => {
    const path = faceInfo(SANS).path;
    const gids = [...'版面排版中文标题'].map((ch) => openFont(path).glyphForCodePoint(ch.codePointAt(0)!).id).sort((a, b) => a - b);
    const direct = openFont(path).createSubset();
    const directIds = gids.map((gid) => direct.includeGlyph(gid));
    const expected = direct.encode();

    const viaCache = cachedFont(path).createSubset();
    expect(gids.map((gid) => viaCache.includeGlyph(gid))).toEqual(directIds);
    expect(Buffer.compare(Buffer.from(viaCache.encode()), Buffer.from(expected))).toBe(0);
    const stored = readdirSync(fontCacheDir()).filter((f) => f.startsWith('subset-'));
    expect(stored.length).toBeGreaterThan(0);

    resetCachedFonts();
    const again = cachedFont(path).createSubset();
    gids.forEach((gid) => again.includeGlyph(gid));
    expect(Buffer.compare(Buffer.from(again.encode()), Buffer.from(expected))).toBe(0);
    expect(existsSync(join(fontCacheDir(), 'files.json'))).toBe(true);
  });
});
