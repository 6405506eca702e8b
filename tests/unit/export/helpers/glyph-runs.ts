import type { Cmyk } from '../../../../shared/model/color';
import type { GlyphRun, PlacedGlyph } from '../../../../shared/model/display-list';
import { catalogueFaceSource } from '../../../../main/export/fontkit-face';

export const K100: Cmyk = [0, 0, 0, 1];

export interface RunOptions {
  face?: string;
  size?: number;
  x?: number;
  y: number;
  color?: Cmyk;
  overprint?: boolean;
  /** Extra space after every glyph, pt (justification). */
  spacing?: number;
}

/**
 * A glyph run the way the typesetter will hand it over: glyph ids straight from the font's
 * cmap (fontkit), x from the advance widths, one glyph per code point.
 */
export function glyphRun(text: string, options: RunOptions): GlyphRun {
  const face = options.face ?? 'noto-serif-sc-400';
  const size = options.size ?? 9;
  const font = catalogueFaceSource(face).font;
  const glyphs: PlacedGlyph[] = [];
  let x = options.x ?? 0;
  let offset = 0;
  for (const ch of text) {
    const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
    glyphs.push({ gid: glyph.id, x, text: ch, offset });
    x += (glyph.advanceWidth / font.unitsPerEm) * size + (options.spacing ?? 0);
    offset += ch.length;
  }
  return { kind: 'glyphs', face, size, color: options.color ?? K100, overprint: options.overprint ?? true, y: options.y, glyphs };
}

/** Width of the run's text set solid (no extra spacing). */
export function advanceOf(text: string, face = 'noto-serif-sc-400', size = 9): number {
  const font = catalogueFaceSource(face).font;
  let w = 0;
  for (const ch of text) w += (font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / font.unitsPerEm) * size;
  return w;
}
