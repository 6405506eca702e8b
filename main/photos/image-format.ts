/**
 * The one byte-sniffer for image files: what the bytes are, whatever the file is called. The
 * photo store names files by it, the photo importer accepts by it, the PDF writer passes JPEGs
 * through by it, and the copy importer says "this is a PNG image" by it.
 */

export type ImageFormat = 'jpeg' | 'png' | 'tiff' | 'webp' | 'gif' | 'psd';

interface Signature {
  format: ImageFormat;
  /** The extension a stored file of this format gets. */
  ext: string;
  /** How an error message names it. */
  name: string;
  test: (bytes: Uint8Array) => boolean;
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

export const isJpeg = (bytes: Uint8Array): boolean => bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

const SIGNATURES: Signature[] = [
  { format: 'jpeg', ext: '.jpg', name: 'a JPEG image', test: isJpeg },
  { format: 'png', ext: '.png', name: 'a PNG image', test: (b) => b[0] === 0x89 && ascii(b, 1, 3) === 'PNG' },
  { format: 'tiff', ext: '.tif', name: 'a TIFF image', test: (b) => ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*' },
  { format: 'webp', ext: '.webp', name: 'a WebP image', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP' },
  { format: 'gif', ext: '.gif', name: 'a GIF image', test: (b) => ascii(b, 0, 4) === 'GIF8' },
  { format: 'psd', ext: '.psd', name: 'a Photoshop image', test: (b) => ascii(b, 0, 4) === '8BPS' },
];

/** The image format of the bytes, or null when they are no image format we know. */
export function imageFormat(bytes: Uint8Array): Signature | null {
  return SIGNATURES.find((signature) => signature.test(bytes)) ?? null;
}

/** What a newspaper places: JPEG, PNG and TIFF. */
export function isPlaceablePhoto(bytes: Uint8Array): boolean {
  const format = imageFormat(bytes)?.format;
  return format === 'jpeg' || format === 'png' || format === 'tiff';
}
