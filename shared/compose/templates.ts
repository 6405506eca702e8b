import type { PageTemplate } from '../model/page';

/**
 * Built-in templates. The broadsheet is the Chinese 对开 page: 8 basic columns of 13
 * characters of 小五 (9 pt) body type with one-character gutters, so the type area is
 * 8 × 13 + 7 = 111 characters = 999 pt wide, centred on the 390 mm trim.
 */
export const BROADSHEET: PageTemplate = {
  name: '对开 broadsheet, 8 columns',
  trim: { width: 390, height: 545 },
  margins: { top: 22, bottom: 20, left: 18.79, right: 18.79 },
  bleed: 3,
  grid: { columns: 8, charsPerColumn: 13, gutterChars: 1, bodySize: 9, baselinePitch: 13.5 },
};

/** 四开 tabloid: 6 columns of 11 characters of 小五. */
export const TABLOID: PageTemplate = {
  name: '四开 tabloid, 6 columns',
  trim: { width: 270, height: 390 },
  margins: { top: 16, bottom: 15, left: 15.95, right: 15.95 },
  bleed: 3,
  grid: { columns: 6, charsPerColumn: 11, gutterChars: 1, bodySize: 9, baselinePitch: 13.5 },
};

export const A3: PageTemplate = {
  name: 'A3, 6 columns',
  trim: { width: 297, height: 420 },
  margins: { top: 18, bottom: 16, left: 14.5, right: 14.5 },
  bleed: 3,
  grid: { columns: 6, charsPerColumn: 12, gutterChars: 1, bodySize: 9, baselinePitch: 13.5 },
};

export const TEMPLATES = { broadsheet: BROADSHEET, tabloid: TABLOID, a3: A3 } as const;
export type TemplateName = keyof typeof TEMPLATES;
