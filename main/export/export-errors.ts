/** Why an export was refused; `code` lets callers (CLI, preflight, UI) react without parsing text. */
export type PdfExportErrorCode =
  | 'unknown-face'
  | 'bad-glyph'
  | 'missing-glyph'
  | 'missing-image'
  | 'unsupported-image'
  | 'rgb-image-refused'
  | 'bad-geometry'
  | 'write-failed';

export class PdfExportError extends Error {
  readonly code: PdfExportErrorCode;

  constructor(code: PdfExportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfExportError';
    this.code = code;
  }
}
