import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareImage } from '../export/image-source';
import { isWholeJpeg } from './jpeg-info';
import { sha256Hex } from './photo-files';
import { printConverterVersion } from './sharp-pipelines';

/**
 * RGB (and non-JPEG) photos converted to CMYK with the PDF writer's own conversion, once: kept
 * by content hash in memory (a page exported again in the same process) and on disk (the next
 * `banmian compose` of the same page). libvips's colour transform takes about a quarter of a
 * second per newspaper photo, longer than composing the whole page; a conversion starts as
 * soon as the photo is read, so it runs in libvips's threads while the page is composed.
 *
 * The disk cache is $BANMIAN_CACHE_DIR, or banmian-cache/print in the system's temporary
 * folder. Entries are named by the source's SHA-256 and the sharp/libvips versions, so a
 * changed photo or a new converter never reuses an old conversion. It is best effort: a cache
 * that cannot be read or written only costs the conversion.
 */

const MAX_ENTRIES = 32;
const converted = new Map<string, Promise<Uint8Array>>();

export function printCacheDir(): string {
  return process.env.BANMIAN_CACHE_DIR ?? join(tmpdir(), 'banmian-cache', 'print');
}

async function convertCached(bytes: Uint8Array, hash: string): Promise<Uint8Array> {
  const dir = printCacheDir();
  const file = join(dir, `${hash}-${await printConverterVersion()}.jpg`);
  try {
    const cached = new Uint8Array(readFileSync(file));
    if (isWholeJpeg(cached)) return cached;
  } catch {
    // not cached yet
  }
  const out = (await prepareImage(hash.slice(0, 12), { bytes }, true)).bytes;
  try {
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, out);
    renameSync(temp, file);
  } catch {
    // a read-only or full disk: convert again next time
  }
  return out;
}

export function printableBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const hash = sha256Hex(bytes);
  let pending = converted.get(hash);
  if (!pending) {
    pending = convertCached(bytes, hash);
    // Marked handled here; whoever awaits it gets the error.
    pending.catch(() => undefined);
    converted.set(hash, pending);
    if (converted.size > MAX_ENTRIES) converted.delete(converted.keys().next().value!);
  }
  return pending;
}
