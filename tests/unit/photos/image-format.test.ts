import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageFormat, isPlaceablePhoto } from '../../../main/photos/image-format';
import { storedNameFor } from '../../../main/photos/photo-files';

const HASH = 'a'.repeat(64);

describe('the photo sniffer', () => {
  it('names real image files by their bytes, and accepts only what a newspaper places', async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 3, background: '#3080c0' } });
    const files = {
      jpeg: await base.clone().jpeg().toBuffer(),
      png: await base.clone().png().toBuffer(),
      tiff: await base.clone().tiff().toBuffer(),
      webp: await base.clone().webp().toBuffer(),
      gif: await base.clone().gif().toBuffer(),
    };
    for (const [format, bytes] of Object.entries(files)) expect(imageFormat(new Uint8Array(bytes))?.format).toBe(format);
    expect(Object.entries(files).filter(([, bytes]) => isPlaceablePhoto(new Uint8Array(bytes))).map(([format]) => format)).toEqual(['jpeg', 'png', 'tiff']);
    // The stored file is named for what it is, whatever it was called.
    expect(storedNameFor(HASH, new Uint8Array(files.png), 'photo.jpg')).toBe(`${HASH}.png`);
  });

  it('finds no image in text, a PDF or a file cut to a few bytes', () => {
    expect(imageFormat(new TextEncoder().encode('本报记者 王梦梦'))).toBeNull();
    expect(imageFormat(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(imageFormat(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(storedNameFor(HASH, new TextEncoder().encode('notes'), 'notes.TXT')).toBe(`${HASH}.txt`);
  });
});
