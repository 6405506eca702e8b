import { createRequire } from 'node:module';
import { faceInfo } from '../fonts/font-catalogue';

/**
 * The part of upstream fontkit 2 (untyped) that the PDF writer uses. fontkit is loaded
 * through require so no ambient module declaration is needed; this interface is the
 * contract we rely on.
 */
export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
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
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  'OS/2'?: { usWeightClass?: number };
  getGlyph(gid: number): FontkitGlyph;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  createSubset(): FontkitSubset;
}

interface FontkitModule {
  openSync(path: string): FontkitFont;
}

/** A face as the writer needs it: the parsed font, its PostScript name and its file. */
export interface PdfFace {
  id: string;
  font: FontkitFont;
  postscriptName: string;
  /** Serif faces set the Serif flag in the font descriptor. */
  serif: boolean;
  path: string;
}

/** Where faces come from; the default opens the bundled catalogue files once per process. */
export type FaceSource = (faceId: string) => PdfFace;

const requireHere = createRequire(__filename);
let fontkit: FontkitModule | undefined;

export function loadFontkit(): FontkitModule {
  fontkit ??= requireHere('fontkit') as FontkitModule;
  return fontkit;
}

const openFaces = new Map<string, PdfFace>();

/** One fontkit Font per face per process: opening a 15 MB CJK font costs ~10 ms and its memory. */
export const catalogueFaceSource: FaceSource = (faceId) => {
  const cached = openFaces.get(faceId);
  if (cached) return cached;
  const info = faceInfo(faceId);
  const face: PdfFace = {
    id: faceId,
    font: loadFontkit().openSync(info.path),
    postscriptName: info.postscriptName,
    serif: info.family !== 'noto-sans-sc',
    path: info.path,
  };
  openFaces.set(faceId, face);
  return face;
};
