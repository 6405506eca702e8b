import type { CharClass } from './char-classes';
import * as M_Measure from './measure';
import type { GlyphInfo } from './measure';
import type { GlyphForm, Measurer } from './measurer';
import type { CharStyle } from './types';

// Module-local copies: under CommonJS transpilation (tsx) every imported binding is a getter call.
const { glyphInfo } = M_Measure;

/**
 * Font fallback, decided here per character so the screen and the PDF set the same glyphs: a
 * character the style's face lacks (a CJK Extension B–H ideograph in a name: 𠮷 𪚥 𡘙 𨋢 𰻞) is
 * set in the first face of the style's fallback chain that has it, at the same size; the run
 * of glyphs in that face becomes its own LineRun (and display-list GlyphRun). A character no
 * face has stays .notdef (gid 0): composition's preflight reports it, export refuses it.
 */

/**
 * The default chain: HanaMinB (Extension B–F, plane 2), then BabelStone Han cut to plane 3
 * (Extension G–H). Both are Ming (宋体-like) faces; no bundled sans face covers these planes.
 */
export const DEFAULT_FALLBACK: readonly string[] = ['hanamin-b', 'babelstone-han-plane3'];

export function fallbackChain(style: CharStyle): readonly string[] {
  return style.fallback ?? DEFAULT_FALLBACK;
}

export interface FallbackGlyph {
  face: string;
  info: GlyphInfo;
}

/** The first face of the chain with a glyph for the code point; null when none has one. */
export function fallbackGlyph(measurer: Measurer, style: CharStyle, cp: number, cls: CharClass, form: GlyphForm): FallbackGlyph | null {
  for (const face of fallbackChain(style)) {
    if (face === style.face) continue;
    let info: GlyphInfo;
    try {
      info = glyphInfo(measurer, face, cp, cls, form);
    } catch {
      continue; // a fallback face that cannot be opened is skipped; preflight names the character
    }
    if (info.gid !== 0) return { face, info };
  }
  return null;
}

/**
 * Synthetic bold, em of stroke around each outline: the fallback faces come in one regular
 * weight, so a rare character in a bold run (a name in a bold lead-in or a 黑体 headline) is
 * stroked this wide to match the bold face's stems. Face ids name the weight (family-700).
 */
export const SYNTHETIC_BOLD_EM = 0.04;

const weightOf = (faceId: string): number => Number(/-(\d{3})$/.exec(faceId)?.[1] ?? 400);

/** `base` as it sets a character in the fallback face `face`: emboldened when base is bold and face is not. */
export function fallbackStyle(base: CharStyle, face: string): CharStyle {
  return weightOf(base.face) >= 600 && weightOf(face) < 600 ? { ...base, embolden: SYNTHETIC_BOLD_EM } : base;
}

/** Index of the style that is `base` set in `face`, added to `styles` when new. */
export function styleInFace(styles: CharStyle[], base: CharStyle, face: string): number {
  const index = styles.findIndex(
    (s) => s.face === face && s.size === base.size && s.tracking === base.tracking && s.color === base.color && s.fallback === base.fallback && s.emphasis === base.emphasis && s.punctuationFace === base.punctuationFace && s.embolden === base.embolden,
  );
  if (index >= 0) return index;
  styles.push({ ...base, face });
  return styles.length - 1;
}
