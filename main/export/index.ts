import type { DisplayDocument } from '../../shared/model/display-list';
import { PdfExportError } from './export-errors';
import type { PdfExportOptions, PdfExportReport, PdfRenderResult, WritePdfOptions } from './export-options';
import { saveFontRecords } from '../fonts/font-metrics-cache';
import { renderDocument } from './render-document';
import { writeFileAtomic } from './write-atomic';

export type {
  ExportedFont,
  ExportedImage,
  PdfExportOptions,
  PdfExportReport,
  PdfRenderResult,
  WritePdfOptions,
} from './export-options';
export { PdfExportError, type PdfExportErrorCode } from './export-errors';
export type { ImageConversion, ImageResolver, PdfImageSource } from './image-source';
export { WAN_IFRA_NEWSPAPER_26V5, type OutputIntentSpec } from './output-intent';
export { PDFX_VERSION } from './document-metadata';
export { catalogueFaceSource, type FaceSource, type PdfFace } from './fontkit-face';
export { MARK_GAP, MARK_LENGTH, pageGeometry, type PageGeometry } from './page-geometry';
export type { PdfProof } from './proof-annotations';

/** The display list as print-ready PDF bytes, with a report of fonts, images and conversions. */
export async function renderPdfBytes(doc: DisplayDocument, options: PdfExportOptions = {}): Promise<PdfRenderResult> {
  const result = await renderDocument(doc, options);
  saveFontRecords();
  return result;
}

/** Renders and writes atomically to `options.outPath`; on any failure an earlier file there stays intact. */
export async function writePdf(doc: DisplayDocument, options: WritePdfOptions): Promise<PdfExportReport & { path: string }> {
  const { bytes, report } = await renderDocument(doc, options);
  saveFontRecords(); // the widths and facts first read for this document, for the next process
  try {
    await writeFileAtomic(options.outPath, bytes);
  } catch (error) {
    throw new PdfExportError('write-failed', `Cannot write ${options.outPath}: ${(error as Error).message}`, { cause: error });
  }
  return { ...report, path: options.outPath };
}
