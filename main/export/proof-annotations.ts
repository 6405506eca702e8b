import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument } from 'pdf-lib';
import type { Cmyk } from '../../shared/model/color';
import type { DisplayDocument, DisplayPage, Rect } from '../../shared/model/display-list';
import type { ProofNote, ProofPageLayer } from '../../shared/proof/proof-types';
import { ContentBuilder } from './content-builder';
import type { FaceUsage } from './face-usage';
import { writeGlyphRun } from './glyph-run-operators';
import type { PageGeometry } from './page-geometry';
import { pdfNumber, roundTo } from './pdf-number';
import type { PdfObjects } from './pdf-objects';
import { pdfDate, pdfText } from './pdf-text';

/**
 * The proof PDF's additions to the print PDF of the same page (shared/proof lays them out):
 *
 * - the proof layer — marks, leaders, margin notes — as a second content stream after the
 *   page's own, not clipped to the bleed (the notes stand in the margins), on paper widened
 *   to hold them;
 * - every note again as a PDF annotation, so any reader lists it as a comment: /StrikeOut,
 *   /Highlight or /Underline with /QuadPoints over the marked glyphs, /Caret for a point, each
 *   with /Contents, /T (author), /M and /CreationDate, /C (the round's colour), /Subj, /NM, a
 *   /Popup, and the replies as /Text annotations /IRT the mark;
 * - no PDF/X claim: PDF/X-1a allows no annotations over the page, so a proof is not a print
 *   file. The print PDF (no `proof` option) never contains any of this.
 */

export interface PdfProof {
  /** One layer per page of the display document, in order. */
  pages: readonly ProofPageLayer[];
}

interface ProofFont {
  name: string;
  usage: FaceUsage;
  ref: PDFRef;
}

/** The display document with the proof's glyphs in it, so the font subsets hold the notes' characters too. */
export function withProofGlyphs(doc: DisplayDocument, proof: PdfProof): DisplayDocument {
  return {
    ...doc,
    pages: doc.pages.map((page, i): DisplayPage => ({ ...page, items: [...page.items, ...(proof.pages[i]?.items.filter((item) => item.kind === 'glyphs') ?? [])] })),
  };
}

const rgb = (hex: string): number[] => [1, 3, 5].map((i) => roundTo(parseInt(hex.slice(i, i + 2), 16) / 255, 3));

/** The proof layer as content: every item in painter's order, coloured items knocking out. */
function proofContent(layer: ProofPageLayer, geometry: PageGeometry, fonts: ReadonlyMap<string, ProofFont>): { bytes: Uint8Array; fonts: Set<string> } {
  const content = new ContentBuilder();
  const used = new Set<string>();
  const h = geometry.trimHeight;
  const stroke = (color: Cmyk, width: number) => {
    content.strokeCmyk(color);
    content.lineWidth(width);
  };
  content.save();
  content.op(`1 0 0 1 ${pdfNumber(geometry.margin)} ${pdfNumber(geometry.margin)} cm`);
  content.overprint(false);
  content.op('1 J 1 j');
  for (const item of layer.items) {
    switch (item.kind) {
      case 'glyphs': {
        const font = fonts.get(item.face);
        if (!font || item.glyphs.length === 0) continue;
        used.add(item.face);
        content.fillCmyk(item.color);
        writeGlyphRun(content, item, font.name, font.usage, h);
        break;
      }
      case 'rule':
        stroke(item.color, item.width);
        content.op(`${pdfNumber(item.x1)} ${pdfNumber(h - item.y1)} m ${pdfNumber(item.x2)} ${pdfNumber(h - item.y2)} l S`);
        break;
      case 'box': {
        const { x, y, width, height } = item.rect;
        const path = `${pdfNumber(x)} ${pdfNumber(h - y - height)} ${pdfNumber(width)} ${pdfNumber(height)} re`;
        if (item.fill) {
          content.fillCmyk(item.fill);
          content.op(`${path} f`);
        }
        if (item.stroke) {
          stroke(item.stroke.color, item.stroke.width);
          content.op(`${path} S`);
        }
        break;
      }
      case 'image':
        break; // a proof layer places no photos
    }
  }
  content.restore();
  return { bytes: content.bytes(), fonts: used };
}

/** PDF space: the display list's trim-relative, y-down point moved onto the page. */
function toPdf(geometry: PageGeometry, x: number, y: number): [number, number] {
  return [roundTo(geometry.margin + x), roundTo(geometry.margin + geometry.trimHeight - y)];
}

function rectOf(geometry: PageGeometry, boxes: readonly Rect[], pad = 0): number[] {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    const [ax, ay] = toPdf(geometry, b.x, b.y + b.height);
    const [bx, by] = toPdf(geometry, b.x + b.width, b.y);
    [x1, y1, x2, y2] = [Math.min(x1, ax), Math.min(y1, ay), Math.max(x2, bx), Math.max(y2, by)];
  }
  return [roundTo(x1 - pad), roundTo(y1 - pad), roundTo(x2 + pad), roundTo(y2 + pad)];
}

/** /QuadPoints: per box the four corners, upper-left, upper-right, lower-left, lower-right (as Acrobat writes them). */
function quadPoints(geometry: PageGeometry, boxes: readonly Rect[]): number[] {
  return boxes.flatMap((b) => {
    const [x1, top] = toPdf(geometry, b.x, b.y);
    const [x2, bottom] = toPdf(geometry, b.x + b.width, b.y + b.height);
    return [x1, top, x2, top, x1, bottom, x2, bottom];
  });
}

function markupAnnotation(objects: PdfObjects, geometry: PageGeometry, note: ProofNote, page: PDFRef): PDFRef[] {
  const ctx = objects.context;
  const date = new Date(note.date);
  const common = {
    Type: 'Annot',
    T: pdfText(note.author),
    M: pdfDate(date),
    C: rgb(note.color.hex),
    F: 4,
    P: page,
  };
  const point = note.subtype === 'Caret';
  const boxes = point ? note.boxes.map((b) => ({ x: b.x - 2.5, y: b.y, width: 5, height: b.height + 3 })) : note.boxes;
  const mark = ctx.obj({
    ...common,
    Subtype: note.subtype,
    Rect: rectOf(geometry, boxes, 0.5),
    Contents: pdfText(note.contents),
    NM: pdfText(note.id),
    Subj: pdfText(note.subject),
    CreationDate: pdfDate(date),
    ...(point ? {} : { QuadPoints: quadPoints(geometry, note.boxes) }),
    ...(note.subtype === 'Highlight' ? { CA: 0.35 } : {}),
  });
  const markRef = ctx.register(mark);
  const popup = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Popup', Rect: rectOf(geometry, [note.box]), Parent: markRef, Open: false, F: 4, P: page }));
  mark.set(PDFName.of('Popup'), popup);
  const refs = [markRef, popup];
  // Replies thread under the mark (In Reply To), as readers show conversations.
  note.replies.forEach((reply, i) => {
    const corner = { x: note.box.x + note.box.width - 9 - i * 10, y: note.box.y + 1, width: 8, height: 8 };
    refs.push(
      ctx.register(
        ctx.obj({
          ...common,
          T: pdfText(reply.author),
          M: pdfDate(new Date(reply.date)),
          Subtype: 'Text',
          Name: 'Comment',
          Rect: rectOf(geometry, [corner]),
          Contents: pdfText(reply.contents),
          NM: pdfText(reply.id),
          IRT: markRef,
          RT: 'R',
          Open: false,
        }),
      ),
    );
  });
  return refs;
}

/**
 * Adds the proof layer of one page: its content stream after the page's, the fonts it uses
 * to the page's resources, wider paper, and the annotations.
 */
export function writeProofPage(
  pdf: PDFDocument,
  objects: PdfObjects,
  pageRef: PDFRef,
  node: PDFDict,
  layer: ProofPageLayer,
  geometry: PageGeometry,
  fonts: ReadonlyMap<string, ProofFont>,
): void {
  const ctx = pdf.context;
  const content = proofContent(layer, geometry, fonts);
  const stream = objects.flateStream(content.bytes);
  const contents = node.get(PDFName.of('Contents'));
  node.set(PDFName.of('Contents'), ctx.obj(contents ? [contents, stream] : [stream]));

  const resources = node.lookup(PDFName.of('Resources'), PDFDict);
  let fontDict = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
  if (!fontDict) {
    fontDict = ctx.obj({});
    resources.set(PDFName.of('Font'), fontDict);
  }
  for (const face of content.fonts) {
    const font = fonts.get(face)!;
    fontDict.set(PDFName.of(font.name), font.ref);
  }

  // Paper for the notes: the print MediaBox widened to the proof's extent.
  const [llx, lly, urx, ury] = [0, 0, geometry.trimWidth + 2 * geometry.margin, geometry.trimHeight + 2 * geometry.margin];
  const { extent } = layer;
  const media = [
    roundTo(Math.min(llx, geometry.margin - extent.left)),
    roundTo(Math.min(lly, geometry.margin - extent.bottom)),
    roundTo(Math.max(urx, geometry.margin + geometry.trimWidth + extent.right)),
    roundTo(Math.max(ury, geometry.margin + geometry.trimHeight + extent.top)),
  ];
  node.set(PDFName.of('MediaBox'), ctx.obj(media));

  const annots = PDFArray.withContext(ctx);
  for (const note of layer.notes) for (const ref of markupAnnotation(objects, geometry, note, pageRef)) annots.push(ref);
  if (annots.size() > 0) node.set(PDFName.of('Annots'), annots);
}

/** A proof is not a PDF/X file (annotations over the page): the claim goes from Info and the XMP packet. */
export function dropPrintClaims(pdf: PDFDocument): void {
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  info?.delete(PDFName.of('GTS_PDFXVersion'));
  pdf.catalog.delete(PDFName.of('Metadata'));
}
