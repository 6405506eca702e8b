import type { FaceSource } from './fontkit-face';
import type { ImageConversion, ImageResolver } from './image-source';
import type { OutputIntentSpec } from './output-intent';
import type { PdfProof } from './proof-annotations';

export interface PdfExportOptions {
  /** Finds the JPEG of each ImageItem's assetId. Required when the document places images. */
  images?: ImageResolver;
  /** Info /Title and XMP dc:title; defaults to the display document's title. */
  title?: string;
  /** Info /Creator; defaults to "Banmian". */
  creator?: string;
  /**
   * CreationDate and ModDate. Give a fixed date to get the same bytes for the same input
   * (the /ID and XMP ids are derived from the content, never random). Defaults to now.
   */
  fixedDate?: Date;
  /**
   * Write a page even where a character has no glyph in any font (it prints as a .notdef box).
   * Default false: such a page is refused with a `missing-glyph` error naming the characters.
   */
  allowMissingGlyphs?: boolean;
  /** Convert RGB (and non-JPEG) images to CMYK with sharp and report it; when false they are refused. Default true. */
  convertRgb?: boolean;
  /** The printing condition; defaults to WAN-IFRA newspaper 26v5 (coldset on newsprint). */
  outputIntent?: OutputIntentSpec;
  /** Where fonts come from; defaults to the bundled catalogue (one fontkit Font per face per process). */
  faces?: FaceSource;
  /**
   * Makes a proof instead of a print file: each page's proof layer (shared/proof) drawn over
   * it, its notes as PDF annotations, and no PDF/X claim (see proof-annotations.ts).
   */
  proof?: PdfProof;
}

export interface WritePdfOptions extends PdfExportOptions {
  /** Destination file; written to a temporary file beside it, then renamed over it. */
  outPath: string;
}

export interface ExportedFont {
  face: string;
  /** The font name in the PDF, e.g. "KQBWHD+NotoSerifSC-Regular". */
  baseFont: string;
  glyphs: number;
  /** Uncompressed size of the embedded TrueType subset. */
  programBytes: number;
}

export interface ExportedImage {
  assetId: string;
  pixelWidth: number;
  pixelHeight: number;
  colorSpace: 'DeviceCMYK' | 'DeviceGray';
  /** Set when the writer converted the image (an RGB JPEG, a PNG…) instead of passing it through. */
  converted?: ImageConversion;
  /** Lowest effective resolution among the image's placements, pixels per inch as placed. */
  placedPpi: number;
}

export interface PdfExportReport {
  pages: number;
  bytes: number;
  fonts: ExportedFont[];
  images: ExportedImage[];
  /** Things a page editor should know that did not stop the export (e.g. a converted RGB photo). */
  warnings: string[];
}

export interface PdfRenderResult {
  bytes: Uint8Array;
  report: PdfExportReport;
}
