import { createRequire } from 'node:module';
import { faceInfo } from './font-catalogue';

/**
 * The one place fontkit (upstream 2.x, untyped) is loaded and font files are opened. The
 * interfaces below are the part of fontkit the typesetter's Measurer and the PDF writer rely
 * on. A file is opened once per process and both get the same `Font`, so its tables are
 * parsed, and its glyphs decoded, once.
 */

export interface FontkitBBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  /** Vertical advance (vmtx), or the font's line height when it has none. */
  advanceHeight: number;
  bbox: FontkitBBox;
  codePoints: number[];
}

export interface FontkitRun {
  glyphs: FontkitGlyph[];
  positions: { xAdvance: number; xOffset: number }[];
}

export interface FontkitSubset {
  /** Adds a glyph of the full font; returns its id in the subset (fontkit renumbers). */
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
}

export interface FontkitFont {
  postscriptName: string;
  unitsPerEm: number;
  numGlyphs: number;
  ascent: number;
  descent: number;
  capHeight: number;
  italicAngle: number;
  bbox: FontkitBBox;
  'OS/2'?: { typoAscender: number; typoDescender: number; usWeightClass?: number };
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  getGlyph(id: number): FontkitGlyph;
  layout(text: string | FontkitGlyph[], features?: Record<string, boolean>): FontkitRun;
  createSubset(): FontkitSubset;
}

interface FontkitModule {
  openSync(path: string): FontkitFont;
}

const requireHere = createRequire(__filename);
let fontkit: FontkitModule | undefined;
const fonts = new Map<string, FontkitFont>();

/** The font in the file at `path`, opened on first use and shared from then on. */
export function openFont(path: string): FontkitFont {
  let font = fonts.get(path);
  if (!font) {
    fontkit ??= requireHere('fontkit') as FontkitModule;
    font = fontkit.openSync(path);
    fonts.set(path, font);
  }
  return font;
}

/** The font of a bundled face (see font-catalogue.ts). */
export function faceFont(faceId: string): FontkitFont {
  return openFont(faceInfo(faceId).path);
}
