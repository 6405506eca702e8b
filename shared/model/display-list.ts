import type { Cmyk } from './color';

/**
 * The display list: the one description of a composed page that both the screen (SVG)
 * and the PDF writer draw, so a line on screen is the same line on paper.
 *
 * Coordinates are points, origin at the top-left corner of the trim box, y growing down.
 * Items outside the trim box (bleed) have negative or overflowing coordinates.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A positioned glyph. One glyph stands for one or more source characters (`text`). */
export interface PlacedGlyph {
  /** Glyph id in the face's font file. */
  gid: number;
  /** Left edge of the glyph's advance box, pt from the trim box's left edge. */
  x: number;
  /** The characters this glyph shows (exactly; joining all glyphs' text gives the source line). */
  text: string;
  /** Offset in the source block's plain text of this glyph's first character. */
  offset: number;
  /**
   * Vertical runs only: the glyph's own baseline, pt from the trim box's top edge; (x, y) is
   * then the glyph's origin (the left end of its baseline).
   */
  y?: number;
  /**
   * Vertical runs only. Absent: upright in the vertical line, the font's vertical form (the
   * PDF sets these in the face's vertical writing mode). `tcy`: 纵中横, set horizontally at its
   * origin. `rotated`: turned 90° clockwise about its origin (Western words in vertical text).
   */
  orient?: 'tcy' | 'rotated';
}

/** Where a run's text came from, so selection, annotations and proofing can find it. */
export interface RunSource {
  frameId: string;
  storyId?: string;
  /** Index of the block in the story body, or a named field (headline, kicker, caption…). */
  block: number | string;
  /** Line number within the frame (0-based), for line-level checks. */
  line: number;
  column: number;
}

export interface GlyphRun {
  kind: 'glyphs';
  /** Font face id from the font catalogue, e.g. "noto-serif-sc-400". */
  face: string;
  size: number;
  color: Cmyk;
  /** Black text overprints so that misregistration never shows paper white. */
  overprint: boolean;
  /** Baseline, pt from the trim box's top edge (a vertical run: its first glyph's). */
  y: number;
  glyphs: PlacedGlyph[];
  /**
   * 竖排: a column of vertical text. Every glyph has its own `y` and is placed by its origin;
   * upright glyphs are vertical forms whose em boxes stack down the column.
   */
  vertical?: true;
  source?: RunSource;
  /**
   * Horizontal scale of the glyphs (长/扁 headlines: 0.8 is 长体, 1.2 扁体); absent = 1. The
   * glyphs' x are where they land on the page, already scaled; each glyph is drawn `scaleX` as
   * wide as the font makes it.
   */
  scaleX?: number;
  /**
   * Synthetic bold (a rare character of a bold run, set in a regular fallback face): the glyphs'
   * outlines are stroked too, this many em wide, in the run's colour — PDF text render mode 2,
   * SVG stroke on screen — so their stems match the bold face's.
   */
  embolden?: number;
}

/**
 * The run's glyph x in the run's own text space, where glyphs take their unscaled font widths:
 * the first glyph stays where it is and the rest move towards it by 1 / scaleX. Drawn through a
 * horizontal scale of scaleX about the first glyph's x (PDF Tm, SVG transform), they land on
 * the display list's x.
 */
export function textSpaceGlyphs(run: GlyphRun): PlacedGlyph[] {
  const s = run.scaleX ?? 1;
  if (s === 1 || run.glyphs.length === 0) return run.glyphs;
  const x0 = run.glyphs[0]!.x;
  return run.glyphs.map((g) => ({ ...g, x: x0 + (g.x - x0) / s }));
}

export interface ImageItem {
  kind: 'image';
  assetId: string;
  /** The visible area on the page (the frame). */
  clip: Rect;
  /** Where the whole image is drawn; larger than clip when cropped. */
  draw: Rect;
}

export interface RuleItem {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: Cmyk;
}

export interface BoxItem {
  kind: 'box';
  rect: Rect;
  /** Drawn as the ellipse inscribed in `rect` (着重号 dots) instead of the rectangle. */
  round?: boolean;
  fill?: Cmyk;
  stroke?: { color: Cmyk; width: number };
}

export type DisplayItem = GlyphRun | ImageItem | RuleItem | BoxItem;

export interface DisplayPage {
  /** Trim size in pt. */
  width: number;
  height: number;
  /** Bleed on every side, pt. */
  bleed: number;
  items: DisplayItem[];
}

export interface DisplayDocument {
  title: string;
  pages: DisplayPage[];
}
