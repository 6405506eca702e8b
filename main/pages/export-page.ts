import type { DisplayDocument } from '../../shared/model/display-list';
import { writePdf, type PdfExportReport, renderPdfBytes } from '../export/index';
import type { ComposedPage } from './compose-service';

/**
 * A composed page as print-ready PDF. The PDF's dates are fixed — by default to the edition
 * date at 00:00 UTC — so the same page gives the same bytes; pass another date to stamp one.
 */

export interface ExportPageOptions {
  fixedDate?: Date;
  convertRgb?: boolean;
}

export function editionDate(page: ComposedPage): Date {
  return new Date(`${page.doc.page.edition}T00:00:00Z`);
}

export function displayDocument(page: ComposedPage): DisplayDocument {
  return { title: page.title, pages: [page.result.page] };
}

function pdfOptions(page: ComposedPage, options: ExportPageOptions) {
  return {
    images: page.assets.resolver,
    title: page.title,
    fixedDate: options.fixedDate ?? editionDate(page),
    convertRgb: options.convertRgb ?? true,
    press: page.press,
  };
}

/** Written atomically (a temporary file beside `outPath`, then renamed). */
export async function writePagePdf(page: ComposedPage, outPath: string, options: ExportPageOptions = {}): Promise<PdfExportReport & { path: string }> {
  return writePdf(displayDocument(page), { ...pdfOptions(page, options), outPath });
}

export async function renderPagePdf(page: ComposedPage, options: ExportPageOptions = {}): Promise<Uint8Array> {
  return (await renderPdfBytes(displayDocument(page), pdfOptions(page, options))).bytes;
}
