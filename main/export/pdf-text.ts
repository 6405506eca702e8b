import { PDFHexString, PDFString } from 'pdf-lib';

/**
 * A PDF text string: printable ASCII as a literal string (escaped: pdf-lib's PDFString
 * writes its value raw), anything else as UTF-16BE with a byte-order mark.
 */
export function pdfText(value: string): PDFString | PDFHexString {
  if (/^[\x20-\x7e]*$/.test(value)) return PDFString.of(value.replace(/[\\()]/g, '\\$&'));
  return PDFHexString.fromText(value);
}

/** D:YYYYMMDDHHmmSSZ (UTC). */
export function pdfDate(date: Date): PDFString {
  return PDFString.fromDate(date);
}
