import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cmykTiff } from '../../../main/photos/cmyk-tiff';
import { dotGainCurve, inkStats } from '../../../main/photos/ink-limit';
import { pressJpeg, pressSetup, PressProfileError } from '../../../main/photos/press-conversion';
import { builtInCmykProfile } from '../../../main/photos/sharp-pipelines';

const u8 = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

async function cmykPixels(jpeg: Uint8Array) {
  const { data, info } = await sharp(jpeg).pipelineColourspace('cmyk').toColourspace('cmyk').raw().toBuffer({ resolveWithObject: true });
  return { data: u8(data), width: info.width, height: info.height };
}

async function maxInk(jpeg: Uint8Array, limit = 240) {
  const px = await cmykPixels(jpeg);
  return inkStats(px.data, px.width, px.height, limit);
}

/** An RGB JPEG of vertical stripes in the given colours, with a noisy texture (real photos are never flat). */
async function rgbStripes(colours: [number, number, number][], width = 240, height = 120): Promise<Uint8Array> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = colours[Math.floor((x * colours.length) / width)]!;
      const n = ((x * 7 + y * 13) % 9) - 4;
      for (let k = 0; k < 3; k++) raw[(y * width + x) * 3 + k] = Math.max(0, Math.min(255, c[k]! + n));
    }
  }
  return u8(await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).toBuffer());
}

/** A CMYK JPEG: left half the given ink, right half a ramp from white to it. */
async function cmykPhoto(ink: [number, number, number, number], width = 160, height = 80): Promise<Uint8Array> {
  const px = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const x = i % width;
    const t = x < width / 2 ? 1 : (x - width / 2) / (width / 2);
    for (let k = 0; k < 4; k++) px[i * 4 + k] = Math.round(ink[k]! * 2.55 * t);
  }
  return u8(await sharp(cmykTiff(px, width, height)).pipelineColourspace('cmyk').toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer());
}

describe('press conversion (LittleCMS, black generation, ink limit)', () => {
  it('separates saturated RGB and deep shadows with no pixel above 240 %, the shadows carried by the black plate', async () => {
    const setup = await pressSetup(undefined, process.cwd());
    const photo = await rgbStripes([
      [0, 0, 255],
      [255, 0, 0],
      [0, 160, 0],
      [20, 10, 60],
      [8, 6, 6],
      [0, 0, 0],
    ]);
    const out = await pressJpeg(photo, setup);
    expect(out?.conversion).toBe('rgb-to-cmyk');
    const px = await cmykPixels(out!.bytes);
    expect(px.width).toBe(240);
    const stats = inkStats(px.data, px.width, px.height, 240);
    expect(stats.max).toBeLessThanOrEqual(240);
    expect(stats.max).toBeGreaterThan(200); // the shadows still print dark, not washed out
    // The black stripe (x ≥ 200): K is the largest ink.
    const i = (60 * 240 + 220) * 4;
    const [c, m, y, k] = [...px.data.subarray(i, i + 4)];
    expect(k!).toBeGreaterThan(200);
    expect(k!).toBeGreaterThan(Math.max(c!, m!, y!));
    // Blue stays blue: cyan and magenta, next to no yellow.
    const b = (60 * 240 + 20) * 4;
    expect(px.data[b]!).toBeGreaterThan(150);
    expect(px.data[b + 2]!).toBeLessThan(40);
  });

  it('heavier black generation moves more of the grey to the black plate', async () => {
    const photo = await cmykPhoto([80, 70, 70, 40]); // 260 %: converted
    const plates = async (blackGeneration: 'light' | 'heavy') => {
      const out = await pressJpeg(photo, await pressSetup({ blackGeneration }, process.cwd()));
      const px = await cmykPixels(out!.bytes);
      const i = (40 * 160 + 10) * 4;
      return { k: px.data[i + 3]!, cmy: px.data[i]! + px.data[i + 1]! + px.data[i + 2]! };
    };
    const light = await plates('light');
    const heavy = await plates('heavy');
    expect(heavy.k).toBeGreaterThan(light.k + 40);
    expect(heavy.cmy).toBeLessThan(light.cmy - 150);
  });

  it('brings a CMYK photo at 380 % under the limit and keeps its black plate; one within the limit is left alone', async () => {
    const setup = await pressSetup(undefined, process.cwd());
    const heavy = await cmykPhoto([95, 95, 90, 100]);
    expect((await maxInk(heavy)).max).toBeGreaterThan(370);
    const out = await pressJpeg(heavy, setup);
    expect(out?.conversion).toBe('cmyk-ink-limit');
    const px = await cmykPixels(out!.bytes);
    expect(inkStats(px.data, px.width, px.height, 240).max).toBeLessThanOrEqual(240);
    expect(px.data[(40 * 160 + 10) * 4 + 3]!).toBeGreaterThan(245); // solid K stays solid

    expect(await pressJpeg(await cmykPhoto([40, 30, 30, 60]), setup)).toBeNull();
  });

  it('a lower limit from the press profile is kept too', async () => {
    const out = await pressJpeg(await cmykPhoto([90, 80, 80, 60]), await pressSetup({ inkLimit: 200 }, process.cwd()));
    expect((await maxInk(out!.bytes, 200)).max).toBeLessThanOrEqual(200);
  });

  it('compensates greyscale photos for the press’s dot gain', async () => {
    const ramp = Buffer.alloc(256 * 16);
    for (let i = 0; i < ramp.length; i++) ramp[i] = i % 256;
    const gray = u8(await sharp(ramp, { raw: { width: 256, height: 16, channels: 1 } }).toColourspace('b-w').jpeg({ quality: 95 }).toBuffer());
    const out = await pressJpeg(gray, await pressSetup({ dotGain: 15 }, process.cwd()));
    expect(out?.conversion).toBe('gray-dot-gain');
    const meta = await sharp(out!.bytes).metadata();
    expect(meta.channels).toBe(1);
    // A press that spreads dots less needs bigger dots for the same tone: the plate is darker than for newsprint.
    const lowGain = dotGainCurve(15);
    const newsprint = dotGainCurve(26);
    expect(lowGain[128]!).toBeLessThan(newsprint[128]!);
    // Paper white stays unprinted; black gets the biggest dot that still opens up on newsprint
    // (~92 %: at 26 % gain bigger dots fill in anyway); the curve never turns back.
    expect(newsprint[255]).toBe(255);
    expect(1 - newsprint[0]! / 255).toBeGreaterThan(0.9);
    expect(1 - newsprint[0]! / 255).toBeLessThan(0.95);
    for (let v = 1; v < 256; v++) expect(newsprint[v]!).toBeGreaterThanOrEqual(newsprint[v - 1]!);
    const { data, info } = await sharp(out!.bytes).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(1);
    for (const v of [32, 128, 224]) expect(Math.abs(data[8 * 256 + v]! - lowGain[v]!)).toBeLessThanOrEqual(3);
  });

  it('separates through the printer’s own ICC profile, and refuses a file that is not a CMYK output profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'banmian-press-'));
    writeFileSync(join(dir, 'press.icc'), await builtInCmykProfile());
    const setup = await pressSetup({ iccProfile: 'press.icc' }, dir);
    expect(setup.profile?.length).toBeGreaterThan(1000);
    const out = await pressJpeg(await rgbStripes([[0, 0, 255]]), setup);
    expect((await maxInk(out!.bytes)).max).toBeLessThanOrEqual(240);

    const srgb = (await sharp(await sharp({ create: { width: 1, height: 1, channels: 3, background: '#fff' } }).withIccProfile('srgb').jpeg().toBuffer()).metadata()).icc!;
    writeFileSync(join(dir, 'srgb.icc'), srgb);
    await expect(pressSetup({ iccProfile: 'srgb.icc' }, dir)).rejects.toThrow(PressProfileError);
    await expect(pressSetup({ iccProfile: 'srgb.icc' }, dir)).rejects.toThrow(/RGB profile, not a CMYK one/);
    await expect(pressSetup({ iccProfile: 'missing.icc' }, dir)).rejects.toThrow(/missing\.icc: not found/);
  });
});

describe('press conversion of a damaged photo', () => {
  it('refuses a JPEG cut short instead of printing it with grey filling the rest', async () => {
    const whole = await rgbStripes([[0, 0, 255]]);
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    await expect(pressJpeg(cut, await pressSetup(undefined, process.cwd()))).rejects.toThrow(/cut short/u);
  });
});
