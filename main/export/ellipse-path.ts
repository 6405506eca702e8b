import type { Rect } from '../../shared/model/display-list';
import { pdfNumber } from './pdf-number';

/** Bézier handle length for a quarter circle (4/3 · (√2 − 1)). */
const KAPPA = 0.5522847498;

/**
 * The ellipse inscribed in a display-list rectangle (y down) as a PDF path in page space (y up,
 * page height h): four Bézier quarters, closed. Used for round boxes (着重号 dots).
 */
export function ellipsePath(rect: Rect, h: number): string {
  const rx = rect.width / 2;
  const ry = rect.height / 2;
  const cx = rect.x + rx;
  const cy = h - (rect.y + ry);
  const kx = KAPPA * rx;
  const ky = KAPPA * ry;
  const n = pdfNumber;
  return [
    `${n(cx + rx)} ${n(cy)} m`,
    `${n(cx + rx)} ${n(cy + ky)} ${n(cx + kx)} ${n(cy + ry)} ${n(cx)} ${n(cy + ry)} c`,
    `${n(cx - kx)} ${n(cy + ry)} ${n(cx - rx)} ${n(cy + ky)} ${n(cx - rx)} ${n(cy)} c`,
    `${n(cx - rx)} ${n(cy - ky)} ${n(cx - kx)} ${n(cy - ry)} ${n(cx)} ${n(cy - ry)} c`,
    `${n(cx + kx)} ${n(cy - ry)} ${n(cx + rx)} ${n(cy - ky)} ${n(cx + rx)} ${n(cy)} c h`,
  ].join(' ');
}
