import { PdfExportError } from './export-errors';

/**
 * Numbers in content streams: fixed precision, no exponent, no "-0", trailing zeros cut,
 * so the same input always gives the same bytes.
 */
export function pdfNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) throw new PdfExportError('bad-geometry', `Cannot write the number ${value} into a PDF`);
  const text = value.toFixed(digits);
  const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}

/** The value a reader will compute from pdfNumber(value, digits). */
export function roundTo(value: number, digits = 3): number {
  return Number(pdfNumber(value, digits));
}
