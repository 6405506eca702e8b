import type { Atom } from './prepared';
import { styleInFace } from './fallback';
import { glyphInfo, type GlyphInfo } from './measure';
import type { Measurer } from './measurer';
import type { CharStyle } from './types';

/**
 * The Taiwan/Hong Kong punctuation style (clreq, *Sizes and Positions of Punctuation Marks*):
 * 。，、；：！？ centred in the em box. A style asks for it with `CharStyle.punctuationFace`, a face
 * whose marks are centred (Noto Serif TC / Noto Sans TC); the mark is set in that face, so it
 * becomes its own LineRun and the screen and the PDF draw the same glyph. measure.ts reads the
 * centred ink and gives the mark no blank half to compress. The reverse works the same way: a
 * zh-Hant story in a TC face with a Mainland face named gets bottom-left marks.
 */

const CENTRED_MARKS = new Set('。，、；：！？');

/** The mark's glyph in the style's punctuation face, moving the atom there; null when not one of those marks. */
export function styledMark(measurer: Measurer, styles: CharStyle[], atom: Atom, cs: CharStyle): GlyphInfo | null {
  const face = cs.punctuationFace;
  if (!face || face === cs.face || !CENTRED_MARKS.has(atom.text)) return null;
  const info = glyphInfo(measurer, face, atom.cp, atom.cls, 'default');
  if (info.gid === 0) return null;
  atom.style = styleInFace(styles, cs, face);
  return info;
}
