import type { SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { MainTexts } from '../app/texts';
import type { PdfPathPicker } from './desk-export';

/**
 * File → Export PDF in the desktop app: the native save dialog, opened by the main process
 * (the renderer never names a path). The shell passes in how to show it, so this file needs
 * no Electron at run time and the CLI bundle stays free of it.
 */
export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;

/** `folder` is asked for when the dialog opens (the documents folder may not be known before). */
export function pdfSaveDialog(show: ShowSaveDialog, folder: () => string, texts: MainTexts['pdfDialog']): PdfPathPicker {
  return async (suggestedName) => {
    const result = await show({
      title: texts.title,
      defaultPath: path.join(folder(), suggestedName),
      buttonLabel: texts.button,
      filters: [{ name: texts.pdfFiles, extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return null;
    return result.filePath.toLowerCase().endsWith('.pdf') ? result.filePath : `${result.filePath}.pdf`;
  };
}
