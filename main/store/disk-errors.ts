import { BanmianError } from '../../shared/ipc/result';

/**
 * A write that failed because of the disk, said as the disk's problem ("cannot write …: disk
 * full"), not as a damaged or foreign database. Other errors are returned unchanged.
 */
export function diskError(error: unknown, path: string): unknown {
  const code = String((error as { code?: unknown }).code ?? '');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new BanmianError('bad-file', `cannot write ${path}: disk full. Free some space and try again; nothing was saved.`);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new BanmianError('bad-file', `cannot write ${path}: the file or its folder is read-only. Choose a folder you can write to.`);
  }
  if (code === 'SQLITE_CANTOPEN') return new BanmianError('bad-file', `cannot open ${path}: the folder is missing or cannot be written.`);
  return error;
}
