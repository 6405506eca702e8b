import { realpath, stat } from 'node:fs/promises';
import { isInside } from './asset-path';

export type ConfinedFile = { ok: true; path: string; size: number } | { ok: false; status: 403 | 404; reason: string };

/**
 * Follows symlinks and checks the real file is still inside the real root: a link inside
 * photos/ pointing at ~/.ssh is refused with 403, and so is a hard link (link count above 1).
 * Missing files and directories are 404.
 */
export async function confineToRoot(candidate: string, rootDir: string): Promise<ConfinedFile> {
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(rootDir);
  } catch {
    return { ok: false, status: 404, reason: 'root does not exist' };
  }
  try {
    realFile = await realpath(candidate);
  } catch {
    return { ok: false, status: 404, reason: 'no such file' };
  }
  if (!isInside(realRoot, realFile)) return { ok: false, status: 403, reason: 'symlink leads outside the root' };
  const info = await stat(realFile).catch(() => undefined);
  if (!info?.isFile()) return { ok: false, status: 404, reason: 'not a file' };
  // A hard link inside the root may be a second name of a file outside it; the store writes each file once, with one name.
  if (info.nlink > 1) return { ok: false, status: 403, reason: 'hard link: the file has another name, possibly outside the root' };
  return { ok: true, path: realFile, size: info.size };
}
