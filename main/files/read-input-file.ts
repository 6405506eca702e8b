import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * The largest file read from a path: a photo, reporter copy or a page file. The same ceiling
 * as a file handed over by the window (the contract's upload schemas).
 */
export const INPUT_MAX_BYTES = 50 * 1024 * 1024;

/** A file that was not read, with a reason a person can act on (never the errno alone). */
export class InputFileError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'InputFileError';
  }
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'not found',
  ENOTDIR: 'not found',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENXIO: 'not a regular file',
  ELOOP: 'too many symbolic links',
  EISDIR: 'not a regular file',
  EMFILE: 'too many open files',
};

export interface ReadInputOptions {
  /** The file belongs to the photo store: refuse a hard link (a second name may be outside it). */
  ownFile?: boolean;
}

/**
 * Reads a file named by a path: a regular file only (no device, FIFO, socket or directory), at most
 * INPUT_MAX_BYTES. The file is opened first and checked through its descriptor, so what is
 * checked is what is read; O_NONBLOCK keeps opening a FIFO from waiting for a writer.
 */
export async function readInputFile(path: string, options: ReadInputOptions = {}): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputFileError(ERRNO_WORDS[code] ?? `cannot be opened (${code || (error as Error).message})`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputFileError('not a regular file');
    if (options.ownFile && info.nlink > 1) throw new InputFileError('the stored file has another name (a hard link) and is not served');
    if (info.size > INPUT_MAX_BYTES) throw new InputFileError(`larger than ${INPUT_MAX_BYTES / 1024 / 1024} MB`);
    const bytes = new Uint8Array(info.size);
    let read = 0;
    while (read < bytes.byteLength) {
      const { bytesRead } = await handle.read(bytes, read, bytes.byteLength - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return read === bytes.byteLength ? bytes : bytes.subarray(0, read);
  } finally {
    await handle.close();
  }
}
