import type { GridGeometry } from '../../../../shared/compose/grid-geometry';
import type { GridArea, Grid } from '../../../../shared/model/page';
import { defaultHeadline } from './frame-edits';
import type { GridLimits } from './grid-snap';

/**
 * Where a dropped story or photo lands and how big its frame starts. A story's span follows its
 * length the way a make-up editor sizes it — a short item over two columns, a lead over five —
 * and its depth is what the text needs at that width, headline included, so the first copyfit
 * is close; the copyfit badge then says exactly how far off it is.
 */

/** Basic columns for a story of `length` characters (no whitespace). */
export function defaultSpan(length: number, columns: number): number {
  const span = length <= 700 ? 2 : length <= 1400 ? 3 : length <= 2200 ? 4 : 5;
  return Math.max(1, Math.min(span, columns));
}

/** Grid lines for `length` characters in `span` columns of the grid, with its headline. */
export function storyDepth(length: number, span: number, grid: Grid): number {
  // Paragraph ends, indents and subheads take about an eighth more lines than the bare characters.
  const bodyLines = Math.ceil((length * 1.12) / grid.charsPerColumn / span);
  const head = defaultHeadline(span);
  const headLines = Math.ceil((head.size * 1.3 + head.deckSize * 1.4) / grid.baselinePitch) + 1;
  return Math.max(6, bodyLines + headLines);
}

/** A rectangle `span` × `depth` with its top-left at the cell, moved back onto the page where it would run off. */
export function areaAt(limits: GridLimits, cell: { column: number; line: number }, span: number, depth: number): GridArea {
  const s = Math.max(1, Math.min(span, limits.columns));
  const d = Math.max(1, Math.min(depth, limits.lines));
  return {
    column: Math.max(0, Math.min(cell.column, limits.columns - s)),
    span: s,
    line: Math.max(0, Math.min(cell.line, limits.lines - d)),
    depth: d,
  };
}

export function storyArea(limits: GridLimits, grid: Grid, cell: { column: number; line: number }, length: number): GridArea {
  const span = defaultSpan(length, limits.columns);
  return areaAt(limits, cell, span, storyDepth(length, span, grid));
}

/** A photo over two columns (three when it is a wide landscape), deep enough for its shape and a two-line caption. */
export function photoArea(
  geometry: GridGeometry,
  limits: GridLimits,
  cell: { column: number; line: number },
  pixels: { width: number; height: number },
): GridArea {
  const ratio = pixels.height / Math.max(1, pixels.width);
  const span = Math.min(limits.columns, ratio < 0.6 ? 3 : 2);
  const width = span * geometry.columnWidth + (span - 1) * geometry.gutter;
  const depth = Math.ceil((width * ratio) / geometry.pitch) + 2;
  return areaAt(limits, cell, span, depth);
}
