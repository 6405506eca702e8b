import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printCacheDir } from '../files/cache-dir';
import { isWholeJpeg } from './jpeg-info';
import { sha256Hex } from './photo-files';
import { pressJpeg, type PressSetup } from './press-conversion';
import { vipsVersion } from './sharp-pipelines';

/**
 * Photos converted for the press (press-conversion.ts) once: kept by content hash and press
 * setup in memory (a page exported again in the same process) and on disk (the next `banmian
 * compose` of the same page), so only a page's first export loads LittleCMS and pays for the
 * conversion, about a third of a second per newspaper photo. A conversion starts as soon as the
 * photo is read, so it runs while the page is composed.
 *
 * The disk cache is $BANMIAN_CACHE_DIR, or banmian-cache/print in the system's temporary
 * folder. Entries are named by the source's SHA-256, the press settings and the converter
 * versions, so a changed photo, press or converter never reuses an old conversion. A photo that
 * needs no conversion (CMYK within the limit) is remembered as an empty entry. The cache is best
 * effort: one that cannot be read or written only costs the conversion.
 */

const MAX_ENTRIES = 32;
const converted = new Map<string, Promise<Uint8Array>>();

async function convertCached(bytes: Uint8Array, hash: string, setup: PressSetup): Promise<Uint8Array> {
  const dir = printCacheDir();
  const file = join(dir, `${hash}-${await vipsVersion()}-${setup.key}.jpg`);
  try {
    const cached = new Uint8Array(readFileSync(file));
    if (cached.length === 0) return bytes;
    if (isWholeJpeg(cached)) return cached;
  } catch {
    // not cached yet
  }
  const out = await pressJpeg(bytes, setup);
  try {
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, out ? out.bytes : new Uint8Array(0));
    renameSync(temp, file);
  } catch {
    // a read-only or full disk: convert again next time
  }
  return out ? out.bytes : bytes;
}

/** The photo as it goes into the PDF for this press: converted, or the same bytes when it already suits it. */
export function printableBytes(bytes: Uint8Array, setup: PressSetup): Promise<Uint8Array> {
  const hash = sha256Hex(bytes);
  const key = `${hash}-${setup.key}`;
  let pending = converted.get(key);
  if (!pending) {
    pending = convertCached(bytes, hash, setup);
    // Marked handled here; whoever awaits it gets the error.
    pending.catch(() => undefined);
    converted.set(key, pending);
    if (converted.size > MAX_ENTRIES) converted.delete(converted.keys().next().value!);
  }
  return pending;
}
