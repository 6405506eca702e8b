import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printCacheDir } from '../files/cache-dir';
import { readImageInfo, readProvenImageInfo, type PhotoMetadata } from './image-info';
import { sha256Hex } from './photo-files';
import { sharpPackageVersion } from './sharp-versions';

/**
 * A photo file's facts (size, colour space, resolution, and a CMYK photo's ink map) kept on disk
 * by its content hash, so exporting a page file again does not decode its photos twice more (once
 * to prove the file decodes, once for the ink map: ~0.1 s CPU for the sample page's five). The
 * facts of the same bytes through the same decoder are the same; entries name sharp's version
 * (which pins libvips) and whether the whole image was proven to decode. Best effort, in
 * `photo-facts/` of the print cache folder (main/files/cache-dir.ts).
 */

const RECORD_VERSION = 1;

/** sharp's version from its package.json: reading it does not load the native module. */
function decoderTag(): string {
  const version = sharpPackageVersion();
  return version === undefined ? '' : `sharp${version}`;
}

/** readImageInfo, or readProvenImageInfo when `proven`, answered from the cache when the same bytes were read before. */
export async function cachedImageInfo(bytes: Uint8Array, proven: boolean): Promise<PhotoMetadata> {
  const read = () => (proven ? readProvenImageInfo(bytes) : readImageInfo(bytes));
  if (process.env.BANMIAN_PHOTO_FACTS_CACHE === '0' || !decoderTag()) return read();
  const dir = join(printCacheDir(), 'photo-facts');
  const file = join(dir, `${sha256Hex(bytes)}-${decoderTag()}-v${RECORD_VERSION}${proven ? '-proven' : ''}.json`);
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as PhotoMetadata;
    if (typeof info.width === 'number' && typeof info.height === 'number' && typeof info.colorSpace === 'string' && typeof info.space === 'string') return info;
  } catch {
    // not read before, or a damaged entry: read again
  }
  const info = await read();
  try {
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(info));
    renameSync(temp, file);
  } catch {
    // a read-only or full disk: decoded again next time
  }
  return info;
}
