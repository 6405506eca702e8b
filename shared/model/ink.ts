import type { Cmyk } from './color';

/**
 * What a process colour's inks add up to. Apart from the press profiles' schemas (press.ts
 * re-exports them) so that the window's first screen, whose preflight messages use them, does
 * not load zod.
 */

/** Total ink of a process colour, in % (0–400). */
export function totalInk(color: Cmyk): number {
  return Math.round((color[0] + color[1] + color[2] + color[3]) * 1000) / 10;
}

/** Black built from more than one ink: in text it misregisters into coloured fringes. */
export function isRichBlack(color: Cmyk): boolean {
  return color[3] > 0.5 && color[0] + color[1] + color[2] > 0;
}
