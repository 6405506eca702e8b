import type { CharClass } from './char-classes';
import type { Measurer } from './measurer';
import type { Atom } from './prepared';
import { GAP_CJK_LATIN, GAP_INERT, GAP_LETTER, GAP_PLAIN } from './prepared';
import { isInseparable } from './prohibition';
import type { CharStyle } from './types';

/**
 * Stage 6 (spacing): the gap before each atom. Western pairs get the font's kerning; Han next
 * to Western letters and digits gets the CJK–Latin space (clreq §3.2.2, a quarter em by
 * default; it disappears at a line start or end because it lives in the gap, which a break
 * removes); every gap gets the style's tracking, except inside —— and …… and next to spaces.
 * The gap's kind tells justification how it may be adjusted.
 */

/** No gap may be stretched beyond this, em of the paragraph size (our PDF check calls wider gaps loose). */
export const MAX_GAP_EM = 0.45;

const isWesternClass = (cls: CharClass): boolean => cls === 'western' || cls === 'western-punct';
const isHangingClass = (cls: CharClass): boolean => cls === 'space' || cls === 'hard-break' || cls === 'invisible';

export interface GapArrays {
  gap: Float64Array;
  gapKind: Uint8Array;
  gapShrink: Float64Array;
  gapStretch: Float64Array;
}

export function computeGaps(
  atoms: readonly Atom[],
  styles: readonly CharStyle[],
  gid: Int32Array,
  measurer: Measurer,
  cjkLatinSpacing: number,
  em: number,
  out: GapArrays,
): void {
  for (let i = 1; i < atoms.length; i++) {
    const a = atoms[i - 1]!;
    const b = atoms[i]!;
    if (isHangingClass(a.cls) || isHangingClass(b.cls) || isInseparable(a.text.charAt(0), b.text.charAt(0))) {
      out.gapKind[i] = GAP_INERT;
      continue;
    }
    const sa = styles[a.style]!;
    const sb = styles[b.style]!;
    const tracking = (sa.tracking * sa.size) / 1000;
    if (isWesternClass(a.cls) && isWesternClass(b.cls)) {
      let kern = 0;
      if (sa.face === sb.face && sa.size === sb.size) {
        const upem = measurer.face(sa.face).unitsPerEm;
        kern = (measurer.kerning(sa.face, gid[i - 1]!, gid[i]!) * sa.size) / upem;
      }
      out.gap[i] = kern + tracking;
      out.gapKind[i] = GAP_LETTER;
    } else if (cjkLatinSpacing > 0 && ((a.cls === 'han' && b.cls === 'western') || (a.cls === 'western' && b.cls === 'han'))) {
      const space = cjkLatinSpacing * Math.max(sa.size, sb.size);
      out.gap[i] = space + tracking;
      out.gapKind[i] = GAP_CJK_LATIN;
      out.gapShrink[i] = space / 2;
      out.gapStretch[i] = Math.max(0, MAX_GAP_EM * em - out.gap[i]!);
    } else {
      out.gap[i] = tracking;
      out.gapKind[i] = GAP_PLAIN;
    }
  }
}
