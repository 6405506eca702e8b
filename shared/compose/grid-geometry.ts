import type { Rect } from '../model/display-list';
import type { GridArea, PageTemplate } from '../model/page';
import { mmToPt } from '../model/units';

/** The template's grid in points, measured from the trim box's top-left corner. */
export interface GridGeometry {
  typeArea: Rect;
  columnWidth: number;
  gutter: number;
  pitch: number;
  /** Body lines that fit down the type area. */
  lines: number;
}

export function gridGeometry(template: PageTemplate): GridGeometry {
  const { grid } = template;
  const columnWidth = grid.charsPerColumn * grid.bodySize;
  const gutter = grid.gutterChars * grid.bodySize;
  const width = grid.columns * columnWidth + (grid.columns - 1) * gutter;
  const top = mmToPt(template.margins.top);
  const height = mmToPt(template.trim.height) - top - mmToPt(template.margins.bottom);
  return {
    typeArea: { x: mmToPt(template.margins.left), y: top, width, height },
    columnWidth,
    gutter,
    pitch: grid.baselinePitch,
    lines: Math.floor(height / grid.baselinePitch),
  };
}

/** Free offsets cannot shrink a frame below this, pt (a frame made thinner still exists, and can be found and mended). */
const MIN_SIZE = 1;

/** A grid area as a rectangle in points. */
export function areaRect(geometry: GridGeometry, area: GridArea): Rect {
  const { typeArea, columnWidth, gutter, pitch } = geometry;
  return {
    x: typeArea.x + area.column * (columnWidth + gutter) + mmToPt(area.dx ?? 0),
    y: typeArea.y + area.line * pitch + mmToPt(area.dy ?? 0),
    width: Math.max(MIN_SIZE, area.span * columnWidth + (area.span - 1) * gutter + mmToPt(area.dw ?? 0)),
    height: Math.max(MIN_SIZE, area.depth * pitch + mmToPt(area.dh ?? 0)),
  };
}

/**
 * Text columns of a frame: `count` equal columns (破栏 when count < span). With `unit` (the body
 * size) each column is a whole number of characters wide and the gutters absorb the remainder,
 * so no line is spread to fill a fractional width (五破四 on 13-character columns: 16 characters,
 * not 16½); the gutters never get narrower than `gutter`.
 */
export function textColumns(rect: Rect, count: number, gutter: number, unit?: number): Rect[] {
  let width = (rect.width - (count - 1) * gutter) / count;
  let space = gutter;
  if (unit && unit > 0 && count > 1) {
    const whole = Math.floor(width / unit + 1e-6) * unit;
    if (whole > 0) {
      space = (rect.width - count * whole) / (count - 1);
      width = whole;
    }
  }
  return Array.from({ length: count }, (_, i) => ({ x: rect.x + i * (width + space), y: rect.y, width, height: rect.height }));
}
