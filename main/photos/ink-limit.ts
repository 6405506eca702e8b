import type { BlackGeneration, PressCondition } from '../../shared/model/press';

/**
 * The ink steps of the press conversion, on 8-bit pixels (0 = no ink, 255 = solid), in place:
 *
 * - grey component replacement: part of the grey that C, M and Y build together moves to the
 *   black plate (light 30 %, medium 60 %, heavy 90 % of min(C, M, Y)), K added as screens add
 *   (K + g·(1 − K)), so K never passes solid;
 * - ink limiting: where C+M+Y+K is still above the limit, C, M and Y are scaled down together,
 *   keeping K and the hue (LittleCMS's ink-limiting device link does the same), to the limit
 *   less a margin for the JPEG that is written afterwards: its coding rings at sharp edges and
 *   puts a few pixels some levels higher. The caller measures the JPEG and asks for a larger
 *   margin in the 8 × 8 blocks (the JPEG's own blocks) that still went over (`BlockMargins`).
 *
 * And the dot-gain compensation of greyscale photos (`dotGainCurve`).
 */

const GCR_SHARE: Record<BlackGeneration, number> = { light: 0.3, medium: 0.6, heavy: 0.9 };

/** Headroom kept below the limit everywhere for the JPEG coding of the converted photo, in %. */
export const JPEG_MARGIN = 3;

/** Extra headroom per 8 × 8 pixel block, in levels of total ink (255 = 100 %). */
export interface BlockMargins {
  width: number;
  levels: Uint16Array;
}

export function blockMargins(width: number, height: number): BlockMargins {
  return { width, levels: new Uint16Array(Math.ceil(width / 8) * Math.ceil(height / 8)) };
}

function blockOf(pixel: number, width: number): number {
  return Math.floor(pixel / width / 8) * Math.ceil(width / 8) + Math.floor((pixel % width) / 8);
}

export function limitInk(cmyk: Uint8Array, press: Pick<PressCondition, 'inkLimit' | 'blackGeneration'>, margins?: BlockMargins): void {
  const share = GCR_SHARE[press.blackGeneration];
  const limit = ((press.inkLimit - JPEG_MARGIN) / 100) * 255;
  for (let i = 0; i < cmyk.length; i += 4) {
    const target = margins ? limit - margins.levels[blockOf(i / 4, margins.width)]! : limit;
    let c = cmyk[i]!;
    let m = cmyk[i + 1]!;
    let y = cmyk[i + 2]!;
    let k = cmyk[i + 3]!;
    const g = Math.min(c, m, y) * share;
    if (g > 0) {
      c -= g;
      m -= g;
      y -= g;
      k += g * (1 - k / 255);
    }
    const cmy = c + m + y;
    if (cmy + k > target && cmy > 0) {
      const ratio = Math.max(0, (target - k) / cmy);
      c *= ratio;
      m *= ratio;
      y *= ratio;
    }
    // Rounded down, so rounding never adds ink.
    cmyk[i] = c;
    cmyk[i + 1] = m;
    cmyk[i + 2] = y;
    cmyk[i + 3] = Math.round(k);
  }
}

/**
 * Grey levels (0 black … 255 white) for the plate, so that the tone printed with this press's
 * dot gain matches the photo's lightness on screen. The photo's level is gamma-2.2 lightness
 * (what a browser shows); the press prints a dot of area a as a + k·a·(1 − a), the usual
 * parabolic tone value increase, with k chosen so that 40 % prints as 40 % + dotGain. With
 * newsprint's 26 % the largest useful dot is then ~92 % (bigger dots fill in and print solid), so
 * black gets that: the usual maximum shadow dot of newspaper halftones.
 */
export function dotGainCurve(dotGain: number): Uint8Array {
  const k = dotGain / 100 / 0.24;
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) {
    const printed = 1 - Math.pow(v / 255, 2.2);
    // Solve a + k·a·(1 − a) = printed for a in [0, 1].
    const a = k === 0 ? printed : (1 + k - Math.sqrt((1 + k) * (1 + k) - 4 * k * printed)) / (2 * k);
    lut[v] = Math.round(255 * (1 - Math.min(1, Math.max(0, a))));
  }
  return lut;
}

/**
 * Raises the margin of every block in which the JPEG's decoded pixels still exceed the limit, and
 * of its eight neighbours (lowering one block changes the ringing next to it), by twice the overshoot;
 * returns how many blocks went over (0: the JPEG is within the limit).
 */
export function widenMargins(decoded: Uint8Array, limit: number, margins: BlockMargins): number {
  const above = Math.floor((limit / 100) * 255);
  const across = Math.ceil(margins.width / 8);
  const down = margins.levels.length / across;
  const worst = new Map<number, number>();
  for (let i = 0; i < decoded.length; i += 4) {
    const over = decoded[i]! + decoded[i + 1]! + decoded[i + 2]! + decoded[i + 3]! - above;
    if (over <= 0) continue;
    const block = blockOf(i / 4, margins.width);
    worst.set(block, Math.max(worst.get(block) ?? 0, over));
  }
  const raise = new Map<number, number>();
  for (const [block, over] of worst) {
    const bx = block % across;
    const by = Math.floor(block / across);
    for (let y = Math.max(0, by - 1); y <= Math.min(down - 1, by + 1); y++) {
      for (let x = Math.max(0, bx - 1); x <= Math.min(across - 1, bx + 1); x++) {
        const b = y * across + x;
        raise.set(b, Math.max(raise.get(b) ?? 0, 2 * over + 2));
      }
    }
  }
  for (const [b, by] of raise) margins.levels[b] = margins.levels[b]! + by;
  return worst.size;
}

export interface InkStats {
  /** Highest total ink of any pixel, %. */
  max: number;
  /** Share of the pixels above the limit, 0–1. */
  over: number;
}

/** Total ink over a rectangle of a CMYK raster (pixel coordinates, clamped to the image). */
export function inkStats(cmyk: Uint8Array, width: number, height: number, limit: number, rect = { x: 0, y: 0, width, height }): InkStats {
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(width, Math.ceil(rect.x + rect.width));
  const y1 = Math.min(height, Math.ceil(rect.y + rect.height));
  const above = (limit / 100) * 255;
  let max = 0;
  let over = 0;
  for (let y = y0; y < y1; y++) {
    for (let i = (y * width + x0) * 4, end = (y * width + x1) * 4; i < end; i += 4) {
      const sum = cmyk[i]! + cmyk[i + 1]! + cmyk[i + 2]! + cmyk[i + 3]!;
      if (sum > max) max = sum;
      if (sum > above) over++;
    }
  }
  const count = Math.max(1, (x1 - x0) * (y1 - y0));
  return { max: Math.round((max / 255) * 1000) / 10, over: over / count };
}
