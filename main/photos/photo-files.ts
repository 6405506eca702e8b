import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { extname, join } from 'node:path';
import { imageFormat } from './image-format';

/** The photo folder's files: named by their content's SHA-256, written whole or not at all. */

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * "<sha256>.<ext>": the extension comes from the bytes when they are a known image format
 * (so the asset protocol can give the right type whatever the file was called), otherwise
 * from a plain name extension, otherwise none.
 */
export function storedNameFor(hash: string, bytes: Uint8Array, name: string): string {
  const sniffed = imageFormat(bytes)?.ext;
  const fromName = extname(name).toLowerCase();
  const ext = sniffed ?? (/^\.[a-z0-9]{1,5}$/.test(fromName) ? fromName : '');
  return `${hash}${ext}`;
}

/**
 * Writes `bytes` to folder/storedName so that the name only ever holds a complete file: the
 * bytes go to a temporary file in the same folder, are flushed, then renamed over it. An
 * existing file of the right size is the same content (the name is its hash) and is kept.
 */
export function writeContentFile(folder: string, storedName: string, bytes: Uint8Array): void {
  const target = join(folder, storedName);
  if (sizeOf(target) === bytes.byteLength) return;
  mkdirSync(folder, { recursive: true });
  const temp = join(folder, `.${storedName}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    let written = 0;
    while (written < bytes.byteLength) written += writeSync(fd, bytes, written, bytes.byteLength - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}
