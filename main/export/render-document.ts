import { PDFDocument, PDFName, type PDFRef } from 'pdf-lib';
import type { DisplayDocument, ImageItem } from '../../shared/model/display-list';
import { writeDocumentMetadata } from './document-metadata';
import { PdfExportError } from './export-errors';
import type { ExportedFont, ExportedImage, PdfExportOptions, PdfRenderResult } from './export-options';
import { collectFaceUsage } from './face-usage';
import { refuseMissingGlyphs } from './missing-glyphs';
import { embedFace } from './font-dictionaries';
import { fullFontProgram, subsetProgram } from './font-program';
import { catalogueFaceSource } from './fontkit-face';
import { displayedPixels, placedPpi } from './image-placement';
import { prepareImage, type PreparedImage } from './image-source';
import { pressOutputIntent, WAN_IFRA_NEWSPAPER_26V5, writeOutputIntent } from './output-intent';
import { writePageContent, type PageFont, type PageImage } from './page-content';
import { pageGeometry, type PdfBox } from './page-geometry';
import { PdfObjects } from './pdf-objects';
import { subsetTag } from './subset-tag';
import { RESOURCE } from './content-builder';
import { dropPrintClaims, withProofGlyphs, writeProofPage } from './proof-annotations';

export const PRODUCER = 'Banmian PDF writer (pdf-lib, fontkit 2)';

/** Test-only switches, deliberately not part of the public options. */
export interface RenderInternals {
  /** 'full' embeds whole font files with unchanged glyph ids: the font-safety reference. */
  fontPrograms: 'subset' | 'full';
}

function imagePlacements(doc: DisplayDocument): Map<string, ImageItem[]> {
  const placements = new Map<string, ImageItem[]>();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.kind !== 'image') continue;
      const list = placements.get(item.assetId) ?? [];
      list.push(item);
      placements.set(item.assetId, list);
    }
  }
  return placements;
}

async function resolveImages(doc: DisplayDocument, options: PdfExportOptions): Promise<PreparedImage[]> {
  const ids = [...imagePlacements(doc).keys()];
  if (ids.length === 0) return [];
  const resolve = options.images;
  if (!resolve) throw new PdfExportError('missing-image', `The page places ${ids.length} image(s) but no image resolver was given`);
  return Promise.all(
    ids.map(async (assetId) => {
      const source = await resolve(assetId);
      if (!source) throw new PdfExportError('missing-image', `Image "${assetId}" was not found`);
      return prepareImage(assetId, source, options.convertRgb ?? true, options.press);
    }),
  );
}

function embedImage(objects: PdfObjects, image: PreparedImage): PDFRef {
  return objects.rawStream(image.bytes, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: image.info.width,
    Height: image.info.height,
    ColorSpace: image.colorSpace,
    BitsPerComponent: 8,
    Filter: 'DCTDecode',
    Decode: image.decode,
  });
}

const boxArray = (box: PdfBox): number[] => box.map((v) => Math.round(v * 1000) / 1000);

/**
 * Display list -> PDF bytes. Everything is decided before anything is written (faces and
 * glyphs, images), and objects are registered in a fixed order, so equal input gives
 * equal bytes.
 */
export async function renderDocument(
  doc: DisplayDocument,
  options: PdfExportOptions = {},
  internals: RenderInternals = { fontPrograms: 'subset' },
): Promise<PdfRenderResult> {
  if (doc.pages.length === 0) throw new PdfExportError('bad-geometry', 'The document has no pages');
  if (!options.allowMissingGlyphs) refuseMissingGlyphs(doc);
  const geometries = doc.pages.map((page, i) => pageGeometry(page, i));
  const usage = collectFaceUsage(options.proof ? withProofGlyphs(doc, options.proof) : doc, options.faces ?? catalogueFaceSource);
  const prepared = await resolveImages(doc, options);

  const pdf = await PDFDocument.create({ updateMetadata: false });
  const objects = new PdfObjects(pdf.context);
  const warnings: string[] = [];

  const fonts = new Map<string, PageFont & { ref: PDFRef; verticalRef?: PDFRef }>();
  const fontReport: ExportedFont[] = [];
  let fontIndex = 0;
  for (const [faceId, faceUsage] of usage) {
    const subset = internals.fontPrograms === 'subset';
    const program = subset ? subsetProgram(faceUsage.face, faceUsage.gids) : fullFontProgram(faceUsage.face);
    const tag = subset ? subsetTag(faceUsage.face.postscriptName, faceUsage.gids) : undefined;
    const embedded = embedFace(objects, faceUsage, program, tag);
    const name = `F${++fontIndex}`;
    fonts.set(faceId, { name, usage: faceUsage, ref: embedded.ref, ...(embedded.verticalRef ? { verticalName: `${name}V`, verticalRef: embedded.verticalRef } : {}) });
    fontReport.push({ face: faceId, baseFont: embedded.baseFont, glyphs: embedded.glyphCount, programBytes: embedded.programBytes });
    if (faceUsage.gids.includes(0)) warnings.push(`${faceId}: some characters have no glyph in the font and print as .notdef boxes`);
  }

  const placements = imagePlacements(doc);
  const images = new Map<string, PageImage & { ref: PDFRef }>();
  const imageReport: ExportedImage[] = [];
  prepared.forEach((image, i) => {
    images.set(image.assetId, { name: `Im${i + 1}`, orientation: image.info.orientation, ref: embedImage(objects, image) });
    const pixels = displayedPixels(image.info.width, image.info.height, image.info.orientation);
    const ppi = Math.min(...(placements.get(image.assetId) ?? []).map((item) => placedPpi(item, pixels)));
    imageReport.push({
      assetId: image.assetId,
      pixelWidth: pixels.width,
      pixelHeight: pixels.height,
      colorSpace: image.colorSpace,
      converted: image.converted,
      placedPpi: Math.round(ppi),
    });
    if (image.converted) warnings.push(`Image "${image.assetId}" was converted (${image.converted}) with sharp's default CMYK profile`);
  });

  const gsOverprint = objects.register({ Type: 'ExtGState', OP: true, op: true, OPM: 1 });
  const gsKnockout = objects.register({ Type: 'ExtGState', OP: false, op: false, OPM: 1 });
  const registration = objects.register(
    pdf.context.obj(['Separation', 'All', 'DeviceCMYK', { FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [1, 1, 1, 1], N: 1 }]),
  );

  doc.pages.forEach((page, i) => {
    const geometry = geometries[i]!;
    const content = writePageContent(page, i, geometry, fonts, images);
    const fontDict: Record<string, PDFRef> = {};
    for (const faceId of content.fonts) {
      const font = fonts.get(faceId)!;
      fontDict[font.name] = font.ref;
      if (font.verticalName && font.verticalRef) fontDict[font.verticalName] = font.verticalRef;
    }
    const xobjects: Record<string, PDFRef> = {};
    for (const assetId of content.images) xobjects[images.get(assetId)!.name] = images.get(assetId)!.ref;
    const contents = objects.flateStream(content.bytes);

    const pdfPage = pdf.addPage([geometry.media[2], geometry.media[3]]);
    const node = pdfPage.node;
    node.set(PDFName.of('MediaBox'), pdf.context.obj(boxArray(geometry.media)));
    node.set(PDFName.of('BleedBox'), pdf.context.obj(boxArray(geometry.bleedBox)));
    node.set(PDFName.of('TrimBox'), pdf.context.obj(boxArray(geometry.trim)));
    node.set(
      PDFName.of('Resources'),
      pdf.context.obj({
        Font: Object.keys(fontDict).length ? fontDict : undefined,
        XObject: Object.keys(xobjects).length ? xobjects : undefined,
        ExtGState: { [RESOURCE.overprint]: gsOverprint, [RESOURCE.knockout]: gsKnockout },
        ColorSpace: { [RESOURCE.registration]: registration },
      }),
    );
    node.set(PDFName.of('Contents'), contents);
    const proofLayer = options.proof?.pages[i];
    if (proofLayer) writeProofPage(pdf, objects, pdfPage.ref, node, proofLayer, geometry, fonts);
  });

  pdf.catalog.set(PDFName.of('OutputIntents'), pdf.context.obj([writeOutputIntent(objects, options.outputIntent ?? (options.press ? pressOutputIntent(options.press) : WAN_IFRA_NEWSPAPER_26V5))]));
  writeDocumentMetadata(pdf, objects, {
    title: options.title ?? doc.title,
    creator: options.creator ?? 'Banmian',
    producer: PRODUCER,
    date: options.fixedDate ?? new Date(),
  });
  if (options.proof) dropPrintClaims(pdf);

  const bytes = await pdf.save({ useObjectStreams: false, addDefaultPage: false, objectsPerTick: Infinity, updateFieldAppearances: false });
  markPdf14(bytes);
  return {
    bytes,
    report: { pages: doc.pages.length, bytes: bytes.length, fonts: fontReport, images: imageReport, warnings },
  };
}

/**
 * pdf-lib always writes "%PDF-1.7". The file uses nothing newer than PDF 1.4 (no object or
 * cross-reference streams, no transparency), which PDF/X-1a:2003 requires; same length, so
 * no offset moves.
 */
function markPdf14(bytes: Uint8Array): void {
  const header = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (header !== '%PDF-1.7') throw new Error(`Unexpected PDF header from pdf-lib: ${header}`);
  bytes[7] = 0x34;
}
