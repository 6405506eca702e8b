import type { ExportFailureCode } from '../../shared/ipc/page-contract';

/** Why an export was refused; `code` lets callers (CLI, preflight, UI) react without parsing text. */
export type PdfExportErrorCode = ExportFailureCode;

export class PdfExportError extends Error {
  readonly code: PdfExportErrorCode;

  constructor(code: PdfExportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfExportError';
    this.code = code;
  }
}
