/**
 * How fonts reach the typesetter. The engine never opens a font file: it asks a Measurer,
 * by face id ("noto-serif-sc-400"), for the few numbers it needs. main/fonts implements it
 * with fontkit over the real TTFs; any other implementation (a test double, a browser
 * FontFace reader) only has to answer the same questions. All numbers are font units.
 */

/**
 * Which of a character's glyphs to use. Chinese text wants full-width quotes and dashes
 * (OpenType `fwid`); English text wants the proportional ones (`pwid`). `default` is the
 * font's cmap glyph. `vertical` is the form set upright in a vertical line (竖排): the
 * full-width glyph through OpenType `vert`/`vrt2` (。，「」（）—— turned or moved to the top
 * right), and its advance is the glyph's vertical advance (vmtx), not its width.
 */
export type GlyphForm = 'default' | 'full-width' | 'proportional' | 'vertical';

export interface FaceMetrics {
  unitsPerEm: number;
  /** Top of the ideographic em box above the baseline (positive). */
  ascent: number;
  /** Bottom of the ideographic em box (negative). */
  descent: number;
}

export interface GlyphMetrics {
  /** Glyph id in the face's font file; 0 (.notdef) when the face has no glyph. */
  gid: number;
  /** Advance width. */
  advance: number;
}

/** The ink (outline bounding box) of a glyph; all zero for a blank glyph. */
export interface InkBounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface Measurer {
  /** Names the font set; part of layout cache keys, so two font sets never share entries. */
  readonly id: string;
  face(faceId: string): FaceMetrics;
  glyph(faceId: string, codePoint: number, form?: GlyphForm): GlyphMetrics;
  /** Where the glyph's ink sits in its advance box: how much of a punctuation mark is blank. */
  ink(faceId: string, gid: number): InkBounds;
  /** Pair kerning (GPOS/kern) between two adjacent glyphs, added to the left glyph's advance. */
  kerning(faceId: string, leftGid: number, rightGid: number): number;
}
