import type { Rect } from '../model/display-list';
import type { TypesetFrame } from '../typeset/frames';
import type { GridGeometry } from './grid-geometry';

/**
 * A region of the page as the engine's TypesetFrame: text columns, the page's baseline grid
 * (a frame moved by a free offset still sets its lines on the page's grid lines), and the
 * photos and boxes placed over it as exclusions, so the text wraps around them.
 *
 * Stand-off: a gutter (one body character) at the sides — so an obstacle that ends on a column
 * edge leaves the next column whole — and half a grid line above and below, which clears the
 * grid line next to the obstacle: text never touches a photo or its caption.
 */

/** Ignore overlaps thinner than this: frames that merely touch do not push text around. */
const TOUCH = 0.5;

export function overlaps(a: Rect, b: Rect, tolerance = TOUCH): boolean {
  return a.x + a.width - tolerance > b.x && b.x + b.width - tolerance > a.x && a.y + a.height - tolerance > b.y && b.y + b.height - tolerance > a.y;
}

/** First baseline of the page grid at or below `top`, as a distance from `top`. */
export function snappedFirstBaseline(geometry: GridGeometry, top: number): number {
  const { typeArea, pitch } = geometry;
  const k = Math.ceil((top - typeArea.y) / pitch - 1e-6);
  return typeArea.y + (k + 0.75) * pitch - top;
}

export function textFrameFor(
  geometry: GridGeometry,
  id: string,
  body: Rect,
  columns: readonly Rect[],
  obstacles: readonly { rect: Rect }[],
  charWidth?: number,
): TypesetFrame {
  const { pitch, gutter } = geometry;
  const side = Math.max(0, gutter - 0.01);
  const exclusions: Rect[] = [];
  for (const { rect } of obstacles) {
    if (!overlaps(rect, body)) continue;
    exclusions.push({
      x: rect.x - body.x - side,
      y: rect.y - body.y - 0.5 * pitch,
      width: rect.width + 2 * side,
      height: rect.height + pitch,
    });
  }
  return {
    id,
    columns: columns.map((c) => ({ x: c.x, width: c.width })),
    height: body.height,
    grid: { firstBaseline: snappedFirstBaseline(geometry, body.y), pitch },
    ...(charWidth ? { charWidth } : {}),
    ...(exclusions.length ? { exclusions } : {}),
  };
}
