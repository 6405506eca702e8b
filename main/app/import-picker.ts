import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { BanmianError } from '../../shared/ipc/result';
import type { IncomingFile } from '../import/import-service';
import type { MainTexts } from './texts';

/** The same ceiling as a drag-and-drop upload (fileUploadSchema in shared/ipc/command.ts). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The native picker for File → Import…: reporter copy (.txt, .docx). Every chosen file is
 * checked and read before anything is imported, so a too-large file imports nothing.
 */
export async function pickImportFiles(parent: BrowserWindow | undefined, texts: MainTexts['importDialog']): Promise<IncomingFile[]> {
  const options: OpenDialogOptions = {
    title: texts.title,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: texts.copyFiles, extensions: ['txt', 'docx'] },
      { name: texts.allFiles, extensions: ['*'] },
    ],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  if (result.canceled) return [];

  const files: IncomingFile[] = [];
  for (const filePath of result.filePaths) {
    const name = path.basename(filePath);
    const info = await stat(filePath);
    if (!info.isFile()) throw new BanmianError('bad-file', `${name}: not a file.`);
    if (info.size > MAX_FILE_BYTES) throw new BanmianError('bad-file', `${name}: larger than 50 MB.`);
    files.push({ name, bytes: new Uint8Array(await readFile(filePath)) });
  }
  return files;
}
