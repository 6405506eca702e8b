import type { Rect } from '../model/display-list';

/**
 * Text frames: columns on a baseline grid. A frame's columns are cut into grid lines ("slots");
 * a slot's baseline is firstBaseline + k × pitch, and its band runs from 0.75 pitch above the
 * baseline to 0.25 pitch below (for 9 pt type on a 13.5 pt pitch that centres the em box).
 * Exclusions (a photo with its standoff) take away the part of a slot's band they cover; the
 * line keeps the widest piece that is left, or the slot is skipped when that is too narrow.
 * Explicit `lineSpans` override both.
 */

export interface ColumnBox {
  /** Left edge, pt from the frame's left edge. */
  x: number;
  width: number;
}

export interface BaselineGrid {
  /** First baseline, pt below the frame's top edge. */
  firstBaseline: number;
  pitch: number;
}

/** Where a line may go: left edge (frame-relative) and measure. */
export interface LineSpan {
  x: number;
  width: number;
}

export interface TypesetFrame {
  id: string;
  columns: readonly ColumnBox[];
  height: number;
  grid: BaselineGrid;
  /** Areas the text wraps around, frame-relative. */
  exclusions?: readonly Rect[];
  /** Explicit spans per [column][slot]; null skips the slot, undefined leaves it to the columns and exclusions. */
  lineSpans?: readonly (readonly (LineSpan | null | undefined)[] | undefined)[];
  /** A wrapped line narrower than this is not set (default 3 pitches). */
  minLineWidth?: number;
  /**
   * The body character's width: a line beside an exclusion gets a whole number of characters,
   * set against the column's edge, and the standoff absorbs the remainder (FIT's behaviour).
   */
  charWidth?: number;
}

export interface Slot {
  frameIndex: number;
  frameId: string;
  column: number;
  /** Grid line within the column, 0-based. */
  index: number;
  baseline: number;
  pitch: number;
  span: LineSpan | null;
}

/** Columns of equal width separated by gutters, starting at x0. */
export function columnsFromGrid(count: number, width: number, gutter: number, x0 = 0): ColumnBox[] {
  return Array.from({ length: count }, (_, i) => ({ x: x0 + i * (width + gutter), width }));
}

/** Number of grid lines a column of the given height holds. */
export function gridLines(height: number, grid: BaselineGrid): number {
  const n = Math.floor((height + 0.01 - grid.firstBaseline - 0.25 * grid.pitch) / grid.pitch) + 1;
  return Math.max(0, n);
}

/** The free piece of [x0, x1] left by the exclusions, widest first. */
function widestFree(x0: number, x1: number, cuts: readonly [number, number][]): LineSpan {
  let pieces: [number, number][] = [[x0, x1]];
  for (const [c0, c1] of cuts) {
    const next: [number, number][] = [];
    for (const [a, b] of pieces) {
      if (c1 <= a || c0 >= b) next.push([a, b]);
      else {
        if (c0 > a) next.push([a, c0]);
        if (c1 < b) next.push([c1, b]);
      }
    }
    pieces = next;
  }
  let best: LineSpan = { x: x0, width: 0 };
  for (const [a, b] of pieces) if (b - a > best.width + 1e-9) best = { x: a, width: b - a };
  return best;
}

/** A piece cut by an exclusion, narrowed to whole characters and kept against the column edge it touches. */
function wholeCharacters(piece: LineSpan, col: ColumnBox, unit: number | undefined): LineSpan {
  if (!unit || unit <= 0 || piece.width >= col.width - 1e-6) return piece;
  const width = Math.floor(piece.width / unit + 1e-6) * unit;
  const atRight = Math.abs(piece.x + piece.width - (col.x + col.width)) < 1e-6 && Math.abs(piece.x - col.x) > 1e-6;
  return { x: atRight ? piece.x + piece.width - width : piece.x, width };
}

/** The slots of one frame, column by column. */
export function frameSlots(frame: TypesetFrame, frameIndex: number): Slot[][] {
  const { grid } = frame;
  const count = gridLines(frame.height, grid);
  const minWidth = frame.minLineWidth ?? 3 * grid.pitch;
  return frame.columns.map((col, column) => {
    const slots: Slot[] = [];
    for (let k = 0; k < count; k++) {
      const baseline = grid.firstBaseline + k * grid.pitch;
      const explicit = frame.lineSpans?.[column]?.[k];
      let span: LineSpan | null;
      if (explicit !== undefined) span = explicit;
      else {
        const top = baseline - 0.75 * grid.pitch;
        const bottom = baseline + 0.25 * grid.pitch;
        const cuts: [number, number][] = [];
        for (const r of frame.exclusions ?? []) {
          if (r.y < bottom && r.y + r.height > top) cuts.push([r.x, r.x + r.width]);
        }
        const free = cuts.length ? wholeCharacters(widestFree(col.x, col.x + col.width, cuts), col, frame.charWidth) : { x: col.x, width: col.width };
        span = free.width >= Math.min(minWidth, col.width) - 1e-9 && free.width > 0 ? free : null;
      }
      slots.push({ frameIndex, frameId: frame.id, column, index: k, baseline, pitch: grid.pitch, span });
    }
    return slots;
  });
}
