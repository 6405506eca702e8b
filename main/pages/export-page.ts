import type { DisplayDocument } from '../../shared/model/display-list';
import { writePdf, type PdfExportReport, renderPdfBytes } from '../export/index';
import type { ComposedDocument } from './compose-service';

/**
 * A composed page as print-ready PDF. The PDF's dates are fixed — by default to the edition
 * date at 00:00 UTC — so the same page gives the same bytes; pass another date to stamp one.
 */

export interface ExportPageOptions {
  fixedDate?: Date;
  convertRgb?: boolean;
  /** Print characters no font has as .notdef boxes instead of refusing the page. */
  allowMissingGlyphs?: boolean;
}

export function editionDate(page: ComposedDocument): Date {
  return new Date(`${page.doc.page.edition}T00:00:00Z`);
}

export function displayDocument(page: ComposedDocument): DisplayDocument {
  return { title: page.title, pages: [page.result.page] };
}

function pdfOptions(page: ComposedDocument, options: ExportPageOptions) {
  return {
    images: page.assets.resolver,
    title: page.title,
    fixedDate: options.fixedDate ?? editionDate(page),
    convertRgb: options.convertRgb ?? true,
    allowMissingGlyphs: options.allowMissingGlyphs ?? false,
  };
}

/** Written atomically (a temporary file beside `outPath`, then renamed). */
export async function writePagePdf(page: ComposedDocument, outPath: string, options: ExportPageOptions = {}): Promise<PdfExportReport & { path: string }> {
  return writePdf(displayDocument(page), { ...pdfOptions(page, options), outPath });
}

export async function renderPagePdf(page: ComposedDocument, options: ExportPageOptions = {}): Promise<Uint8Array> {
  return (await renderPdfBytes(displayDocument(page), pdfOptions(page, options))).bytes;
}
