import type { GridGeometry } from '../../../../shared/compose/grid-geometry';
import type { GridArea } from '../../../../shared/model/page';
import { ptToMm } from '../../../../shared/model/units';

/**
 * Pointer movements in points turned into grid units: frames snap to basic columns across and
 * grid lines down, the way a make-up editor moves them. Free offsets (dx, dy, dw, dh) a frame
 * already has are kept; only the grid position changes. With Alt held the frame leaves the grid
 * instead: the grid position stays and the movement goes into the free offsets, in 0.1 mm.
 */

export type Handle = 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw';

export const HANDLES: readonly Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

export interface GridLimits {
  columns: number;
  lines: number;
}

export function columnPitch(geometry: GridGeometry): number {
  return geometry.columnWidth + geometry.gutter;
}

export function limitsOf(geometry: GridGeometry, columns: number): GridLimits {
  return { columns, lines: geometry.lines };
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** The grid cell under a point (pt from the trim's top-left), clamped to the type area. */
export function cellAt(geometry: GridGeometry, limits: GridLimits, x: number, y: number): { column: number; line: number } {
  const column = Math.floor((x - geometry.typeArea.x + geometry.gutter / 2) / columnPitch(geometry));
  const line = Math.floor((y - geometry.typeArea.y) / geometry.pitch);
  return { column: clamp(column, 0, limits.columns - 1), line: clamp(line, 0, Math.max(0, limits.lines - 1)) };
}

/** The area moved by (dx, dy) pt, snapped to whole columns and lines, kept on the grid. */
export function movedArea(geometry: GridGeometry, limits: GridLimits, area: GridArea, dx: number, dy: number): GridArea {
  const column = clamp(area.column + Math.round(dx / columnPitch(geometry)), 0, limits.columns - area.span);
  const line = clamp(area.line + Math.round(dy / geometry.pitch), 0, Math.max(0, limits.lines - area.depth));
  return { ...area, column, line };
}

/** The area with one edge or corner dragged by (dx, dy) pt, snapped; at least `min` in size. */
export function resizedArea(
  geometry: GridGeometry,
  limits: GridLimits,
  area: GridArea,
  handle: Handle,
  dx: number,
  dy: number,
  min: { span: number; depth: number } = { span: 1, depth: 1 },
): GridArea {
  const cols = Math.round(dx / columnPitch(geometry));
  const rows = Math.round(dy / geometry.pitch);
  let { column, span, line, depth } = area;
  if (handle.includes('e')) span = clamp(span + cols, min.span, limits.columns - column);
  if (handle.includes('w')) {
    const right = column + span;
    column = clamp(column + cols, 0, right - min.span);
    span = right - column;
  }
  if (handle.includes('s')) depth = clamp(depth + rows, min.depth, Math.max(min.depth, limits.lines - line));
  if (handle.includes('n')) {
    const bottom = line + depth;
    line = clamp(line + rows, 0, bottom - min.depth);
    depth = bottom - line;
  }
  return { ...area, column, span, line, depth };
}

/** Arrow keys: one column across or one grid line down (ten lines with Shift). */
export function nudgedArea(limits: GridLimits, area: GridArea, key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown', big: boolean): GridArea {
  const step = big ? 10 : 1;
  switch (key) {
    case 'ArrowLeft':
      return { ...area, column: clamp(area.column - 1, 0, limits.columns - area.span) };
    case 'ArrowRight':
      return { ...area, column: clamp(area.column + 1, 0, limits.columns - area.span) };
    case 'ArrowUp':
      return { ...area, line: clamp(area.line - step, 0, Math.max(0, limits.lines - area.depth)) };
    case 'ArrowDown':
      return { ...area, line: clamp(area.line + step, 0, Math.max(0, limits.lines - area.depth)) };
  }
}

export const OFFSET_KEYS = ['dx', 'dy', 'dw', 'dh'] as const;
type OffsetKey = (typeof OFFSET_KEYS)[number];

/** The area with one free offset set, to 0.1 mm; zero removes it, so an area on the grid has none. */
export function withOffset(area: GridArea, key: OffsetKey, mm: number): GridArea {
  const next = { ...area };
  const rounded = Math.round(mm * 10) / 10;
  if (rounded) next[key] = rounded;
  else delete next[key];
  return next;
}

/** The area back on the grid: no free offsets. */
export function onGrid(area: GridArea): GridArea {
  const { dx: _dx, dy: _dy, dw: _dw, dh: _dh, ...rest } = area;
  return rest;
}

const offsetBy = (area: GridArea, key: OffsetKey, pt: number): GridArea => withOffset(area, key, (area[key] ?? 0) + ptToMm(pt));

/** The area moved by (dx, dy) pt off the grid: its grid position kept, the move in its free offsets. */
export function freeMovedArea(area: GridArea, dx: number, dy: number): GridArea {
  return offsetBy(offsetBy(area, 'dx', dx), 'dy', dy);
}

/** The area with an edge or corner dragged by (dx, dy) pt off the grid (free offsets only). */
export function freeResizedArea(area: GridArea, handle: Handle, dx: number, dy: number): GridArea {
  let next = area;
  if (handle.includes('e')) next = offsetBy(next, 'dw', dx);
  if (handle.includes('w')) next = offsetBy(offsetBy(next, 'dx', dx), 'dw', -dx);
  if (handle.includes('s')) next = offsetBy(next, 'dh', dy);
  if (handle.includes('n')) next = offsetBy(offsetBy(next, 'dy', dy), 'dh', -dy);
  return next;
}
