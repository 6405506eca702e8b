import { mmToPt } from '../../shared/model/units';
import type { DisplayPage } from '../../shared/model/display-list';
import { PdfExportError } from './export-errors';
import { roundTo } from './pdf-number';

/** Crop marks start this far beyond the bleed, so they never print into it. */
export const MARK_GAP = mmToPt(1);
export const MARK_LENGTH = mmToPt(6);
/** Hairline, the usual weight of crop marks. */
export const MARK_WIDTH = 0.25;
/** Paper beyond the end of the marks. */
const SLUG_MARGIN = mmToPt(3);

/** PDF boxes as [llx, lly, urx, ury] in PDF user space (origin bottom-left, y up). */
export type PdfBox = [number, number, number, number];

export interface PageGeometry {
  trimWidth: number;
  trimHeight: number;
  bleed: number;
  /** Distance from the trim edge to the media edge on every side: bleed + slug. */
  margin: number;
  media: PdfBox;
  trim: PdfBox;
  bleedBox: PdfBox;
}

/**
 * MediaBox = trim + bleed + a slug that holds the crop marks. The display list's origin
 * (trim top-left, y down) maps to PDF space through `margin` and the trim height.
 */
export function pageGeometry(page: DisplayPage, index: number): PageGeometry {
  const { width, height, bleed } = page;
  for (const [name, value] of [['width', width], ['height', height], ['bleed', bleed]] as const) {
    if (!Number.isFinite(value) || value < 0 || (name !== 'bleed' && value === 0)) {
      throw new PdfExportError('bad-geometry', `Page ${index + 1}: ${name} ${value} pt is not a usable size`);
    }
  }
  // Rounded to what the file can say, so the boxes and the content's origin agree exactly.
  const margin = roundTo(bleed + MARK_GAP + MARK_LENGTH + SLUG_MARGIN);
  return {
    trimWidth: width,
    trimHeight: height,
    bleed,
    margin,
    media: [0, 0, width + 2 * margin, height + 2 * margin],
    trim: [margin, margin, margin + width, margin + height],
    bleedBox: [margin - bleed, margin - bleed, margin + width + bleed, margin + height + bleed],
  };
}

export interface MarkSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Two marks per corner on the extension of the trim edges, in PDF space relative to the
 * trim box's lower-left corner; each starts MARK_GAP beyond the bleed.
 */
export function cropMarks(geometry: PageGeometry): MarkSegment[] {
  const { trimWidth: w, trimHeight: h, bleed } = geometry;
  const near = bleed + MARK_GAP;
  const far = near + MARK_LENGTH;
  const marks: MarkSegment[] = [];
  for (const x of [0, w]) {
    for (const y of [0, h]) {
      const out = (edge: number, size: number): [number, number] => (edge === 0 ? [-near, -far] : [size + near, size + far]);
      const [hx1, hx2] = out(x, w);
      const [vy1, vy2] = out(y, h);
      marks.push({ x1: hx1, y1: y, x2: hx2, y2: y }, { x1: x, y1: vy1, x2: x, y2: vy2 });
    }
  }
  return marks;
}
