import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPhotos } from '../../../main/photos/photo-store';
import { sampleResources } from '../../../main/sample/sample-resources';
import { cli, oneLine, pageWith, useDesk } from './hostile-fixtures';

// Item 4 of issue 16: a photo is decoded whole once, at import (and at export when a page file
// names it); one that does not decode is refused and never embedded.

const desk = useDesk();
const CMYK_JPEG = new Uint8Array(readFileSync(join(sampleResources().photos, 'school-leaf-cmyk.jpg')));

/** Half the bytes: a download or a copy cut short. */
const truncated = (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length * 0.6));
/** 2 000 bytes overwritten in the middle: a bad sector or a mangled mail attachment. */
function garbled(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes);
  const start = Math.floor(out.length / 2);
  for (let i = start; i < start + 2000 && i < out.length; i++) out[i] = (i * 7919) & 0xff;
  return out;
}

const BROKEN: Array<[string, () => Uint8Array]> = [];
let noisy: { png: Uint8Array; tiff: Uint8Array };

beforeAll(async () => {
  const pixels = Buffer.alloc(300 * 200 * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24;
  const image = sharp(pixels, { raw: { width: 300, height: 200, channels: 3 } });
  noisy = { png: new Uint8Array(await image.clone().png().toBuffer()), tiff: new Uint8Array(await image.clone().tiff({ compression: 'deflate' }).toBuffer()) };
});

BROKEN.push(
  ['a truncated CMYK JPEG', () => truncated(CMYK_JPEG)],
  ['a garbled CMYK JPEG', () => garbled(CMYK_JPEG)],
  ['a truncated PNG', () => truncated(noisy.png)],
  ['a garbled PNG', () => garbled(noisy.png)],
  ['a truncated TIFF', () => truncated(noisy.tiff)],
  ['a garbled TIFF', () => garbled(noisy.tiff)],
  ['a JPEG header and nothing else', () => CMYK_JPEG.subarray(0, 600)],
);

describe('photos that do not decode', () => {
  it.each(BROKEN)('refused at import: %s', async (_name, make) => {
    const outcome = await desk.call('pages.importPhotos', { files: [{ name: 'broken.jpg', base64: Buffer.from(make()).toString('base64') }] });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('bad-file');
    expect(outcome.error.message).toMatch(/^broken\.jpg: not imported, the photo does not decode: /u);
    expect(oneLine(outcome.error.message)).toBe(true);
    expect(desk.store.assets.list()).toEqual([]);
  });

  it.each(BROKEN)('refused at export from a page file, never embedded: %s', async (_name, make) => {
    writeFileSync(join(desk.dir, 'broken.jpg'), make());
    const page = join(desk.dir, 'page.json');
    writeFileSync(page, JSON.stringify(pageWith({ file: 'broken.jpg' })));
    const result = await cli('compose', page, '--out', join(desk.dir, 'page.pdf'), '--preflight', '--force');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/broken\.jpg: the photo does not decode/u);
    const pdf = readFileSync(join(desk.dir, 'page.pdf'));
    expect(pdf.includes(Buffer.from('/Subtype /Image'))).toBe(false);
  });

  it('accepted: the sample’s CMYK JPEG, a PNG and a TIFF decode whole and import', async () => {
    const views = await importPhotos(desk.store, [
      { name: 'leaf.jpg', bytes: CMYK_JPEG },
      { name: 'noise.png', bytes: noisy.png },
      { name: 'noise.tif', bytes: noisy.tiff },
    ]);
    expect(views.map((v) => v.colorSpace)).toEqual(['cmyk', 'srgb', 'srgb']);
  });
});
