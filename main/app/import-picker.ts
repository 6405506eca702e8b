import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import path from 'node:path';
import { BanmianError } from '../../shared/ipc/result';
import { InputFileError, readInputFile } from '../files/read-input-file';
import type { IncomingFile } from '../import/import-service';
import type { MainTexts } from './texts';

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
    try {
      files.push({ name, bytes: await readInputFile(filePath) });
    } catch (error) {
      if (error instanceof InputFileError) throw new BanmianError('bad-file', `${name}: ${error.reason}.`);
      throw error;
    }
  }
  return files;
}
