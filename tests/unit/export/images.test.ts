import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdfBytes } from '../../../main/export/index';
import { pageGeometry } from '../../../main/export/page-geometry';
import type { DisplayDocument, ImageItem, Rect } from '../../../shared/model/display-list';
import { rasterise, run, scratchDir, SKIP_MESSAGE, toolsPresent, type Raster } from './helpers/pdf-tools';

const DATE = new Date('2025-03-01T08:00:00Z');
const SKY = { r: 0, g: 160, b: 230 };

const jpeg = (buf: Buffer): Uint8Array => new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);

/** The JPEG with an EXIF APP1 segment (big-endian TIFF, IFD0 with one Orientation entry) after SOI. */
function withExifOrientation(bytes: Uint8Array, orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const payload = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  const length = payload.length + 2;
  return Buffer.concat([bytes.subarray(0, 2), Buffer.from([0xff, 0xe1, length >> 8, length & 0xff, ...payload]), bytes.subarray(2)]);
}

/** A 400 x 300 sky-blue photo, as an RGB JPEG (camera) and as a CMYK JPEG (Photoshop/sharp: Adobe marker, inverted). */
async function photos() {
  const rgb = await sharp({ create: { width: 400, height: 300, channels: 3, background: SKY } }).jpeg({ quality: 90 }).toBuffer();
  const cmyk = await sharp(rgb).toColourspace('cmyk').jpeg({ quality: 90 }).toBuffer();
  const gray = await sharp(rgb).toColourspace('b-w').jpeg({ quality: 90 }).toBuffer();
  // Stored landscape, top half black; EXIF 6 says "turn 90° clockwise to view": the black half must end up on the right.
  const halves = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ffffff' } })
    .composite([{ input: await sharp({ create: { width: 200, height: 50, channels: 3, background: '#000000' } }).png().toBuffer(), top: 0, left: 0 }])
    .toColourspace('cmyk')
    .jpeg({ quality: 95 })
    .toBuffer();
  const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: { ...SKY, alpha: 1 } } }).png().toBuffer();
  return { rgb: jpeg(rgb), cmyk: jpeg(cmyk), gray: jpeg(gray), rotated: withExifOrientation(jpeg(halves), 6), png: jpeg(png) };
}

const at = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });
const image = (assetId: string, clip: Rect, draw: Rect = clip): ImageItem => ({ kind: 'image', assetId, clip, draw });
const doc = (items: ImageItem[]): DisplayDocument => ({ title: 'photos', pages: [{ width: 400, height: 300, bleed: 0, items }] });

function pixel(r: Raster, margin: number, x: number, y: number): [number, number, number] {
  const i = (Math.round(margin + y) * r.width + Math.round(margin + x)) * 3;
  return [r.pixels[i]!, r.pixels[i + 1]!, r.pixels[i + 2]!];
}

describe('images', () => {
  let p: Awaited<ReturnType<typeof photos>>;
  beforeAll(async () => {
    p = await photos();
  });

  it('refuses an RGB photo when conversion is off, naming it', async () => {
    await expect(renderPdfBytes(doc([image('camera', at(10, 10, 100, 75))]), { images: () => ({ bytes: p.rgb }), convertRgb: false })).rejects.toMatchObject({
      code: 'rgb-image-refused',
      message: expect.stringContaining('camera'),
    });
  });

  it('names a missing image and a page with images but no resolver', async () => {
    await expect(renderPdfBytes(doc([image('gone', at(10, 10, 100, 75))]), { images: () => undefined })).rejects.toMatchObject({ code: 'missing-image', message: expect.stringContaining('gone') });
    await expect(renderPdfBytes(doc([image('gone', at(10, 10, 100, 75))]))).rejects.toMatchObject({ code: 'missing-image' });
  });

  it('a damaged or cut-short photo file is refused with its name, not written as a broken page', async () => {
    for (const bytes of [p.cmyk.subarray(0, 120), p.cmyk.subarray(0, p.cmyk.length - 200)]) {
      await expect(renderPdfBytes(doc([image('damaged', at(10, 10, 100, 75))]), { images: () => ({ bytes }), convertRgb: false })).rejects.toMatchObject({
        code: 'unsupported-image',
        message: expect.stringContaining('damaged'),
      });
    }
  });

  it('reports conversions and the resolution as placed', async () => {
    const files: Record<string, Uint8Array> = { camera: p.rgb, press: p.cmyk, screenshot: p.png };
    const { report } = await renderPdfBytes(
      doc([image('camera', at(0, 0, 100, 75)), image('press', at(100, 0, 200, 150)), image('screenshot', at(0, 100, 40, 30))]),
      { images: (id) => ({ bytes: files[id]! }), fixedDate: DATE },
    );
    expect(report.images).toEqual([
      { assetId: 'camera', pixelWidth: 400, pixelHeight: 300, colorSpace: 'DeviceCMYK', converted: 'rgb-to-cmyk', placedPpi: 288 },
      { assetId: 'press', pixelWidth: 400, pixelHeight: 300, colorSpace: 'DeviceCMYK', converted: undefined, placedPpi: 144 },
      { assetId: 'screenshot', pixelWidth: 40, pixelHeight: 30, colorSpace: 'DeviceCMYK', converted: 'format-to-cmyk', placedPpi: 72 },
    ]);
    expect(report.warnings.join('\n')).toMatch(/camera.*rgb-to-cmyk[\s\S]*screenshot/);
  });

  describe.skipIf(!toolsPresent)(`in the PDF${toolsPresent ? '' : ` (${SKIP_MESSAGE})`}`, () => {
    const scratch = scratchDir();
    afterAll(() => scratch.cleanup());
    const margin = pageGeometry({ width: 400, height: 300, bleed: 0, items: [] }, 0).margin;

    it('a CMYK JPEG passes through byte for byte at full resolution, as DCT CMYK, and prints the right colour', async () => {
      const { bytes } = await renderPdfBytes(doc([image('press', at(20, 20, 120, 90))]), { images: () => ({ bytes: p.cmyk }), fixedDate: DATE });
      const path = scratch.file('cmyk.pdf', bytes);
      const list = run('pdfimages', ['-list', path]).stdout.split('\n')[2]!.trim().split(/\s+/);
      expect(list.slice(3, 9)).toEqual(['400', '300', 'cmyk', '4', '8', 'jpeg']);
      run('pdfimages', ['-j', path, join(scratch.dir, 'extracted')]);
      const extracted = readdirSync(scratch.dir).find((f) => f.startsWith('extracted'))!;
      expect(Buffer.compare(readFileSync(join(scratch.dir, extracted)), Buffer.from(p.cmyk))).toBe(0);
      // Adobe CMYK is stored inverted; without /Decode [1 0 ...] sky blue would print nearly black.
      const [r, g, b] = pixel(rasterise(path, { dpi: 72 }), margin, 80, 65);
      expect(b).toBeGreaterThan(180);
      expect(g).toBeGreaterThan(120);
      expect(r).toBeLessThan(110);
    });

    it('an RGB JPEG arrives as CMYK, a grey JPEG stays grey: no RGB anywhere', async () => {
      const files: Record<string, Uint8Array> = { camera: p.rgb, gray: p.gray };
      const { bytes } = await renderPdfBytes(doc([image('camera', at(20, 20, 120, 90)), image('gray', at(200, 20, 120, 90))]), {
        images: (id) => ({ bytes: files[id]! }),
        fixedDate: DATE,
      });
      const path = scratch.file('converted.pdf', bytes);
      const colours = run('pdfimages', ['-list', path]).stdout.split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/)[5]);
      expect(colours).toEqual(['cmyk', 'gray']);
      const [r, , b] = pixel(rasterise(path, { dpi: 72 }), margin, 80, 65);
      expect(b - r).toBeGreaterThan(80); // still sky blue after conversion
    });

    it('an image is clipped to its frame, and an EXIF-rotated photo prints upright', async () => {
      const items = [
        image('press', at(20, 20, 100, 100), at(0, 0, 180, 135)), // cropped: drawn larger than its frame
        image('rotated', at(250, 20, 100, 200)), // stored 200 x 100, displayed 100 x 200
      ];
      const files: Record<string, Uint8Array> = { press: p.cmyk, rotated: p.rotated };
      const { bytes, report } = await renderPdfBytes(doc(items), { images: (id) => ({ bytes: files[id]! }), fixedDate: DATE });
      expect(report.images[1]).toMatchObject({ pixelWidth: 100, pixelHeight: 200, colorSpace: 'DeviceCMYK', converted: undefined });
      const r = rasterise(scratch.file('clip.pdf', bytes), { dpi: 72 });
      expect(pixel(r, margin, 70, 70)[2]).toBeGreaterThan(180); // inside the frame: photo
      expect(pixel(r, margin, 10, 10)).toEqual([255, 255, 255]); // drawn there, but outside the frame: paper
      expect(pixel(r, margin, 150, 70)).toEqual([255, 255, 255]);
      for (const y of [60, 180]) {
        expect(Math.max(...pixel(r, margin, 325, y))).toBeLessThan(60); // right half black
        expect(Math.min(...pixel(r, margin, 275, y))).toBeGreaterThan(200); // left half white
      }
    });

    it('all eight EXIF orientations print the way libvips (sharp) shows them', async () => {
      // Stored 200 x 100 with only the top-left quadrant black: every orientation moves it somewhere else.
      const quadrant = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ffffff' } })
        .composite([{ input: await sharp({ create: { width: 100, height: 50, channels: 3, background: '#000000' } }).png().toBuffer(), top: 0, left: 0 }])
        .toColourspace('cmyk')
        .jpeg({ quality: 95 })
        .toBuffer();
      const darkQuadrant = (at: (qx: number, qy: number) => number): string =>
        [0, 1].flatMap((qy) => [0, 1].map((qx) => (at(qx, qy) < 100 ? `${qx},${qy}` : ''))).join('');
      for (let orientation = 1; orientation <= 8; orientation++) {
        const file = withExifOrientation(jpeg(quadrant), orientation);
        const upright = await sharp(file).rotate().toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
        const { width: w, height: h } = upright.info;
        const expected = darkQuadrant((qx, qy) => upright.data[Math.round((qy + 0.5) * (h / 2)) * w + Math.round((qx + 0.5) * (w / 2))]!);
        const { bytes } = await renderPdfBytes(doc([image('q', at(20, 20, w, h))]), { images: () => ({ bytes: file }), fixedDate: DATE });
        const r = rasterise(scratch.file(`orientation-${orientation}.pdf`, bytes), { dpi: 72, gray: true });
        const actual = darkQuadrant((qx, qy) => r.pixels[Math.round(margin + 20 + (qy + 0.5) * (h / 2)) * r.width + Math.round(margin + 20 + (qx + 0.5) * (w / 2))]!);
        expect(actual, `orientation ${orientation}`).toBe(expected);
      }
    });
  });
});
