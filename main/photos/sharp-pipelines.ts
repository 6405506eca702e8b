import type { Metadata } from 'sharp';
import { cmykTiff } from './cmyk-tiff';
import { libvipsPackageVersion, sharpPackageVersion } from './sharp-versions';

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

/**
 * Decodes every pixel once (libvips streams it; nothing large is kept) and fails on any decoder
 * warning: a truncated or garbled JPEG ("Corrupt JPEG data"), a PNG or TIFF with a bad scanline.
 * A photo that passes prints without the RIP or poppler reporting corrupt data.
 */
export async function decodeWhole(input: Uint8Array): Promise<void> {
  const sharp = await loadSharp();
  await sharp(input, { failOn: 'warning' }).stats();
}

/** An upright sRGB JPEG of at most `edge` px a side, for the screen. */
export async function previewJpeg(photo: Uint8Array, edge: number): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const bytes = await sharp(photo)
    .rotate()
    .resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .jpeg({ quality: 82 })
    .toBuffer();
  return new Uint8Array(bytes);
}

/** Decoded pixels, upright, interleaved: 3 bytes (sRGB), 4 (CMYK, 0 = no ink) or 1 (grey) a pixel. */
export interface RawPixels {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * A photo's pixels for the press conversion: EXIF orientation applied, alpha flattened on white.
 * `srgb` converts through the photo's embedded profile (sRGB when it has none); `cmyk` keeps a
 * CMYK JPEG's ink values as they are (libvips undoes Adobe's inversion); `b-w` gives grey.
 */
export async function decodePixels(bytes: Uint8Array, space: 'srgb' | 'cmyk' | 'b-w'): Promise<RawPixels> {
  const sharp = await loadSharp();
  let pipeline = sharp(bytes).rotate();
  pipeline = space === 'cmyk' ? pipeline.pipelineColourspace('cmyk').toColourspace('cmyk') : pipeline.flatten({ background: '#ffffff' }).toColourspace(space);
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/** Quality of the JPEGs the press conversion writes: high, as the PDF writer's conversion always used. */
export const PRESS_JPEG_QUALITY = 90;

/** CMYK (4 bytes a pixel) or grey (1 byte) pixels as a JPEG for the PDF; CMYK is written Adobe-style. */
export async function encodeJpeg(pixels: RawPixels): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const { data, width, height } = pixels;
  const channels = data.length / (width * height);
  const out =
    channels === 4
      ? await sharp(cmykTiff(data, width, height)).pipelineColourspace('cmyk').toColourspace('cmyk').jpeg({ quality: PRESS_JPEG_QUALITY }).toBuffer()
      : await sharp(data, { raw: { width, height, channels: 1 } }).toColourspace('b-w').jpeg({ quality: PRESS_JPEG_QUALITY }).toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

let builtInCmyk: Promise<Uint8Array> | undefined;

/**
 * libvips's built-in CMYK profile ("Chemical proof", made by Graeme Gill with ArgyllCMS and
 * released into the public domain): the press conversion's separation when the printer gave no
 * profile. sharp embeds it in a JPEG on request; it is read back from there.
 */
export function builtInCmykProfile(): Promise<Uint8Array> {
  builtInCmyk ??= (async () => {
    const sharp = await loadSharp();
    const jpeg = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#ffffff' } }).toColourspace('cmyk').withIccProfile('cmyk').jpeg().toBuffer();
    const icc = (await sharp(jpeg).metadata()).icc;
    if (!icc) throw new Error('libvips gave no built-in CMYK profile');
    return new Uint8Array(icc.buffer, icc.byteOffset, icc.byteLength);
  })();
  return builtInCmyk;
}

/** The libvips version, part of the name of every cached conversion: from the packages' files when they tell it (sharp-versions.ts). */
export async function vipsVersion(): Promise<string> {
  const [version, vips] = [sharpPackageVersion(), libvipsPackageVersion()];
  if (version !== undefined && vips !== undefined) return `sharp${version}-vips${vips}`;
  const sharp = await loadSharp();
  return `sharp${sharp.versions.sharp}-vips${sharp.versions.vips}`;
}
