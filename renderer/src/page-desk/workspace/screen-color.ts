import type { Cmyk } from '../../../../shared/model/color';

/**
 * Process colour on screen: the naive conversion (each ink subtracts its share of the light),
 * close enough to see a banner's red or a tint; the PDF keeps the CMYK values themselves.
 */
export function cmykToRgb([c, m, y, k]: Cmyk): [number, number, number] {
  const r = Math.round(255 * (1 - c) * (1 - k));
  const g = Math.round(255 * (1 - m) * (1 - k));
  const b = Math.round(255 * (1 - y) * (1 - k));
  return [r, g, b];
}

export function cmykCss(color: Cmyk): string {
  const [r, g, b] = cmykToRgb(color);
  return `rgb(${r} ${g} ${b})`;
}
