import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { faceInfo } from '../../../main/fonts/font-catalogue';
import { createFontkitMeasurer } from '../../../main/fonts/fontkit-measurer';
import { createScreenFonts, unicodeRange, type ScreenFonts } from '../../../main/fonts/screen-fonts';
import { readSeedPage } from '../typeset/fixtures/seed-page';

// The screen's fonts are cut from the files the PDF embeds; a glyph on screen must be the
// glyph in the PDF. Checked by measuring the cut parts with the typesetter's own Measurer.

const SERIF = 'noto-serif-sc-400';
const cp = (ch: string) => ch.codePointAt(0)!;
const pageText = readSeedPage();

let dir: string;
let fonts: ScreenFonts;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'banmian-screen-fonts-'));
  fonts = createScreenFonts({ cacheDir: path.join(dir, 'parts'), url: (name) => `test://${name}` });
});
afterAll(() => {
  fonts.close();
  rmSync(dir, { recursive: true, force: true });
});

const fileOf = (url: string) => path.join(dir, 'parts', decodeURIComponent(url.slice('test://'.length)));
const measurerOver = (file: string) => createFontkitMeasurer({ resolvePath: () => file, id: file });

describe('screen fonts', () => {
  it('gives a fallback face no base part, only a part with the rare characters a page uses, glyph for glyph', async () => {
    const { 'hanamin-b': parts } = await fonts.parts({ 'hanamin-b': { text: '吉𠮷𪚥', base: true } });
    expect(parts!.map((p) => [p.kind, p.unicodeRange])).toEqual([['extra', 'U+20BB7, U+2A6A5']]);
    const part = measurerOver(fileOf(parts![0]!.url));
    expect(part.glyph('hanamin-b', cp('𠮷')).advance).toBe(createFontkitMeasurer().glyph('hanamin-b', cp('𠮷')).advance);
    expect(part.glyph('hanamin-b', cp('𠮷')).gid).toBeGreaterThan(0);
  });

  it('cuts a base part that sets the common characters exactly as the full font does, at a fraction of its size', async () => {
    const { [SERIF]: parts } = await fonts.parts({ [SERIF]: { text: '', base: true } });
    expect(parts).toHaveLength(1);
    const base = parts![0]!;
    expect(base.kind).toBe('base');
    expect(base.unicodeRange).toMatch(/^U\+20-7E, U\+A0-17F, /);
    const file = fileOf(base.url);
    expect(statSync(file).size).toBeLessThan(statSync(faceInfo(SERIF).path).size / 5);

    const full = createFontkitMeasurer();
    const part = measurerOver(file);
    let compared = 0;
    for (const ch of new Set(pageText)) {
      if (!ch.trim()) continue;
      const g = part.glyph(SERIF, cp(ch));
      if (g.gid === 0) continue; // not a base character: an extra part's
      const f = full.glyph(SERIF, cp(ch));
      expect(g.advance, ch).toBe(f.advance);
      const [pi, fi] = [part.ink(SERIF, g.gid), full.ink(SERIF, f.gid)];
      expect(pi, ch).toEqual(fi);
      compared++;
    }
    expect(compared).toBeGreaterThan(900);
    // The forms the typesetter switches on with fwid / pwid survive the cut.
    for (const [ch, form] of [['—', 'full-width'], ['“', 'proportional'], ['“', 'full-width']] as const) {
      expect(part.glyph(SERIF, cp(ch), form).advance, `${ch} ${form}`).toBe(full.glyph(SERIF, cp(ch), form).advance);
    }
  });

  it('puts the page characters the base lacks into an extra part, and only those', async () => {
    const { [SERIF]: parts } = await fonts.parts({ [SERIF]: { text: pageText, base: true } });
    const [base, extra] = parts!;
    expect(extra?.kind).toBe('extra');
    const basePart = measurerOver(fileOf(base!.url));
    const extraPart = measurerOver(fileOf(extra!.url));
    const full = createFontkitMeasurer();
    const outside = [...new Set(pageText)].filter((ch) => ch.trim() && basePart.glyph(SERIF, cp(ch)).gid === 0).sort((a, b) => cp(a) - cp(b));
    expect(outside.length).toBeGreaterThan(0);
    expect(extra!.unicodeRange).toBe(unicodeRange(outside.map(cp)));
    for (const ch of outside) expect(extraPart.glyph(SERIF, cp(ch)).advance, ch).toBe(full.glyph(SERIF, cp(ch)).advance);
    expect(extraPart.glyph(SERIF, cp('的')).gid).toBe(0);
  });

  it('cuts no part for characters the face lacks (the browser refuses a font of nothing but .notdef)', async () => {
    const lacking = '\uE000\u{20000}';
    expect((await fonts.parts({ [SERIF]: { text: lacking } }))[SERIF]).toEqual([]);
    const [extra] = (await fonts.parts({ [SERIF]: { text: `鿏${lacking}` } }))[SERIF]!;
    expect(extra?.unicodeRange).toBe('U+9FCF');
  });

  it('asks for nothing more when every character is in the base', async () => {
    const { [SERIF]: parts } = await fonts.parts({ [SERIF]: { text: '党建引领 Banmian 2024年，“版面”。' } });
    expect(parts).toEqual([]);
  });

  it('finds parts again instead of cutting them again, in this run and the next', async () => {
    const request = { [SERIF]: { text: '鿏䶮', base: true } };
    const first = await fonts.parts(request);
    const files = first[SERIF]!.map((p) => fileOf(p.url));
    const times = files.map((f) => statSync(f).mtimeMs);
    const again = await fonts.parts(request);
    expect(again).toEqual(first);
    const later = createScreenFonts({ cacheDir: path.join(dir, 'parts'), url: (name) => `test://${name}` });
    expect(await later.parts(request)).toEqual(first);
    later.close();
    expect(files.map((f) => statSync(f).mtimeMs)).toEqual(times);
  });

  it('cuts new parts when the font file changes, and drops the old ones', async () => {
    const copy = path.join(dir, 'copy.ttf');
    copyFileSync(faceInfo('noto-sans-sc-700').path, copy);
    const cache = path.join(dir, 'changing');
    const open = () => createScreenFonts({ cacheDir: cache, url: (name) => `test://${name}`, resolvePath: () => copy });
    const before = open();
    const old = (await before.parts({ 'noto-sans-sc-700': { text: '鿏', base: true } }))['noto-sans-sc-700']!;
    before.close();
    utimesSync(copy, new Date(), new Date(Date.now() + 60_000));
    const after = open();
    const fresh = (await after.parts({ 'noto-sans-sc-700': { text: '鿏', base: true } }))['noto-sans-sc-700']!;
    after.close();
    expect(fresh.map((p) => p.url)).not.toEqual(old.map((p) => p.url));
    const names = readdirSync(cache);
    expect(names.sort()).toEqual(fresh.map((p) => decodeURIComponent(p.url.slice('test://'.length))).sort());
  });

  it('answers no parts for a face it does not know, and says why on the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const answer = await fonts.parts({ 'comic-sans-400': { text: '版', base: true } });
    expect(answer).toEqual({ 'comic-sans-400': [] });
    expect(error.mock.calls[0]?.[0]).toMatch(/no screen font for comic-sans-400/);
    error.mockRestore();
  });

  it('writes unicode-range with consecutive code points as ranges', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0x4e00, 0x9fcf, 0x9fd0])).toBe('U+20-22, U+4E00, U+9FCF-9FD0');
    expect(existsSync(path.join(dir, 'parts'))).toBe(true);
  });
});
