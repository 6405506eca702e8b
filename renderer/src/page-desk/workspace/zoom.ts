/**
 * Page zoom. 100 % is actual size: one point is 1/72 inch and a CSS pixel 1/96 inch, so
 * 100 % draws 4/3 pixels per point. Zoom in and out step through the usual stops; Fit shows the
 * whole page (with its bleed) in the window.
 */

export const PX_PER_PT = 96 / 72;
export const ZOOM_STOPS = [0.125, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4, 6, 8] as const;
export const MIN_ZOOM = 0.125;
export const MAX_ZOOM = 8;

export type ZoomMode = { kind: 'fit' } | { kind: 'fixed'; zoom: number };

export function zoomIn(current: number): number {
  return ZOOM_STOPS.find((z) => z > current + 1e-6) ?? MAX_ZOOM;
}

export function zoomOut(current: number): number {
  return [...ZOOM_STOPS].reverse().find((z) => z < current - 1e-6) ?? MIN_ZOOM;
}

/** The zoom at which a page of `size` pt (plus `margin` pt all round) fits a viewport of `viewport` px. */
export function fitZoom(size: { width: number; height: number }, viewport: { width: number; height: number }, margin: number): number {
  const w = (size.width + 2 * margin) * PX_PER_PT;
  const h = (size.height + 2 * margin) * PX_PER_PT;
  if (w <= 0 || h <= 0 || viewport.width <= 0 || viewport.height <= 0) return 1;
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, viewport.width / w, viewport.height / h));
}

export function zoomLabel(zoom: number): string {
  return `${Math.round(zoom * 100)}%`;
}
