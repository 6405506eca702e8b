import type { z } from 'zod';
import type { fileUploadSchema } from '../../shared/ipc/command';
import { BanmianError } from '../../shared/ipc/result';

/** Files the renderer hands over (reporter copy, photos) as bytes; bad base64 names the file. */
export function decodeUploads(files: ReadonlyArray<z.output<typeof fileUploadSchema>>): { name: string; bytes: Uint8Array }[] {
  return files.map((file) => {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file.base64)) {
      throw new BanmianError('invalid-input', `${file.name}: the file content is not valid base64.`);
    }
    return { name: file.name, bytes: new Uint8Array(Buffer.from(file.base64, 'base64')) };
  });
}
