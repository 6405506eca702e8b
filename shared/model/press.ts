import { z } from 'zod';

/**
 * The printing condition a page is made for (a newsroom's press): the characterisation the PDF's
 * output intent names, the printer's own ICC profile when it supplied one, the total ink limit
 * (total area coverage, C+M+Y+K in %) and the black generation photos are separated with.
 * Defaults: coldset offset on standard newsprint (WAN-IFRA newspaper 26v5, ISO 12647-3).
 */

export const BLACK_GENERATIONS = ['light', 'medium', 'heavy'] as const;
export type BlackGeneration = (typeof BLACK_GENERATIONS)[number];

export const pressProfileSchema = z
  .strictObject({
    condition: z
      .string()
      .regex(/^[\x21-\x7e]{1,64}$/, 'expected a registered characterisation name, e.g. WAN-IFRAnewspaper26v5 (printable ASCII, no spaces)')
      .optional()
      .describe('Registered characterisation name for the output intent; default WAN-IFRAnewspaper26v5.'),
    iccProfile: z
      .string()
      .min(1)
      .max(4096)
      .optional()
      .describe('The printer’s CMYK output profile (.icc): photos are separated through it and it is embedded as DestOutputProfile. A path, relative to the page file.'),
    inkLimit: z.number().int().min(160).max(400).optional().describe('Total ink limit in % (C+M+Y+K); default 240.'),
    blackGeneration: z.enum(BLACK_GENERATIONS).optional().describe('How much of the grey component goes to the black plate (GCR): light, medium (default) or heavy.'),
    dotGain: z.number().min(0).max(40).optional().describe('Tone value increase at 40 % on this press, in %; default 26 (newsprint). Greyscale photos are compensated for it.'),
  })
  .describe('The press the page is printed on (docs/pdf-export.md, Press profile).');
export type PressProfile = z.infer<typeof pressProfileSchema>;

/** A press profile with every default filled in. */
export interface PressCondition {
  condition: string;
  iccProfile?: string;
  inkLimit: number;
  blackGeneration: BlackGeneration;
  dotGain: number;
}

export const DEFAULT_PRESS: PressCondition = {
  condition: 'WAN-IFRAnewspaper26v5',
  inkLimit: 240,
  blackGeneration: 'medium',
  dotGain: 26,
};

export function pressCondition(profile: PressProfile | undefined): PressCondition {
  return { ...DEFAULT_PRESS, ...Object.fromEntries(Object.entries(profile ?? {}).filter(([, v]) => v !== undefined)) };
}

export { isRichBlack, totalInk } from './ink';
