import { lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes to a temporary file in the destination's directory, flushes it to disk, then
 * renames it over the destination: readers see the old file or the new one, never half a
 * file, and a failure leaves the old file as it was. Temporary files left by a writer that was
 * killed are removed by the next write to the same folder (removeStaleTemps).
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await removeStaleTemps(dirname(path));
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  // Make the rename itself durable where the platform allows syncing a directory.
  try {
    const dir = await open(dirname(path), 'r');
    await dir.sync().finally(() => dir.close());
  } catch {
    // Windows cannot open directories; the rename is still atomic there.
  }
}

/** ".<name>.<pid>.<8 hex>.tmp": the temporary files writeFileAtomic makes. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/u;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but is someone else's; only ESRCH says it is gone.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes the temporary files of writers that died mid-write (kill -9, a crash, power loss)
 * from `dir`: only files of our naming whose process no longer runs, so a write in progress in
 * another window or process is never touched. Best effort: a folder that cannot be listed is
 * left alone and the write goes on.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? 0);
    if (!pid || pid === process.pid || processAlive(pid)) continue;
    const path = join(dir, name);
    const info = await lstat(path).catch(() => undefined);
    if (!info?.isFile()) continue;
    await unlink(path).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
