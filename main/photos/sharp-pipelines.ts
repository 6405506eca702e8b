import type { Metadata } from 'sharp';

/**
 * Everything Banmian asks of sharp (libvips + lcms), and the only file that loads it: sharp is
 * native and only needed once a photo is read, so it is loaded on first use.
 */

type Sharp = (typeof import('sharp'))['default'];

async function loadSharp(): Promise<Sharp> {
  return (await import('sharp')).default;
}

/** The header of an image file (libvips reads only the header): size, colour space, orientation, density. */
export async function imageMetadata(input: Uint8Array | string): Promise<Metadata> {
  const sharp = await loadSharp();
  return sharp(input).metadata();
}

/** An upright sRGB JPEG of at most `edge` px a side, for the screen. */
export async function previewJpeg(path: string, edge: number): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const bytes = await sharp(path)
    .rotate()
    .resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .jpeg({ quality: 82 })
    .toBuffer();
  return new Uint8Array(bytes);
}

/**
 * The photo for print: EXIF orientation applied to the pixels, alpha flattened on paper white
 * (PDF/X-1a has no transparency), then a CMYK (or grey) JPEG of quality 90. libvips uses its
 * built-in CMYK profile, not the press's: see docs/pdf-export.md.
 */
export async function printJpeg(bytes: Uint8Array, gray: boolean): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const pipeline = sharp(bytes).rotate().flatten({ background: '#ffffff' });
  const out = await (gray ? pipeline.toColourspace('b-w') : pipeline.toColourspace('cmyk')).jpeg({ quality: 90 }).toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** Names the conversion `printJpeg` makes, so a cached conversion is never reused by another converter. */
export async function printConverterVersion(): Promise<string> {
  const sharp = await loadSharp();
  return `sharp${sharp.versions.sharp}-vips${sharp.versions.vips}-cmyk-q90`;
}
