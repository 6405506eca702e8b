import { z } from 'zod';

/** Process colour, each channel 0..1. Print output is CMYK only; there is no RGB type on purpose. */
export const cmykSchema = z.tuple([
  z.number().min(0).max(1),
  z.number().min(0).max(1),
  z.number().min(0).max(1),
  z.number().min(0).max(1),
]);
export type Cmyk = z.infer<typeof cmykSchema>;

export const BLACK: Cmyk = [0, 0, 0, 1];
export const WHITE: Cmyk = [0, 0, 0, 0];
