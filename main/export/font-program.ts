import { readFileSync } from 'node:fs';
import type { PdfFace } from './fontkit-face';

/** The TrueType program embedded for a face, and where each glyph of the full font landed in it. */
export interface FontProgram {
  bytes: Uint8Array;
  /** Glyph id inside `bytes` of a glyph id of the full font. */
  programGid(gid: number): number;
  subset: boolean;
}

/**
 * Subsets with upstream fontkit 2 (not the @pdf-lib/fontkit fork, whose TrueType subsetter
 * loses glyphs of some CJK fonts: see docs/pdf-export.md). fontkit renumbers: the subset's
 * glyph 0 is .notdef and the others follow in inclusion order; composite glyphs pull their
 * components in at encode time. We include glyphs in ascending id order so the program is
 * a pure function of the glyph set.
 */
export function subsetProgram(face: PdfFace, gids: readonly number[]): FontProgram {
  const subset = face.font.createSubset();
  const mapping = new Map<number, number>([[0, 0]]);
  for (const gid of gids) mapping.set(gid, subset.includeGlyph(gid));
  const bytes = subset.encode();
  return {
    bytes,
    subset: true,
    programGid(gid) {
      const mapped = mapping.get(gid);
      if (mapped === undefined) throw new Error(`Glyph ${gid} is not in the subset of ${face.postscriptName}`);
      return mapped;
    },
  };
}

/**
 * The whole font file, glyph ids unchanged. Only for the font-safety reference rendering in
 * tests: a page must never ship a 15 MB unsubset CJK font.
 */
export function fullFontProgram(face: PdfFace): FontProgram {
  return { bytes: new Uint8Array(readFileSync(face.path)), subset: false, programGid: (gid) => gid };
}
