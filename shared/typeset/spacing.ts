import type { CharClass } from './char-classes';
import type { Measurer } from './measurer';
import * as K from './prepared';
import type { Atom } from './prepared';
import * as R from './prohibition';

// Module-local copies: imported bindings are getters under CommonJS transpilation (see line-metrics.ts).
const { GAP_CJK_LATIN, GAP_INERT, GAP_LETTER, GAP_PLAIN } = K;
const { isInseparable } = R;
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
/** A CJK–Latin space stretches to at most 3/8 em before the gaps between Chinese characters take over. */
export const MAX_CJK_LATIN_EM = 0.375;

const isWesternClass = (cls: CharClass): boolean => cls === 'western' || cls === 'western-punct';
const isHangingClass = (cls: CharClass): boolean => cls === 'space' || cls === 'hard-break' || cls === 'invisible';

export interface GapArrays {
  gap: Float64Array;
  gapKind: Uint8Array;
  gapShrink: Float64Array;
  gapStretch: Float64Array;
}

const ALNUM = /[\p{L}\p{N}]/u;
/** The Chinese side of a CJK–Latin space: an ideograph or kana/hangul, not a full-width symbol such as ％. */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** For each atom: is it in a run of Western text that has a letter or digit (so "100%" but not a lone "+")? */
function westernWords(atoms: readonly Atom[]): Uint8Array {
  const out = new Uint8Array(atoms.length);
  let i = 0;
  while (i < atoms.length) {
    if (!isWesternClass(atoms[i]!.cls)) {
      i++;
      continue;
    }
    let j = i;
    let alnum = false;
    while (j < atoms.length && isWesternClass(atoms[j]!.cls)) {
      if (ALNUM.test(atoms[j]!.text)) alnum = true;
      j++;
    }
    if (alnum) out.fill(1, i, j);
    i = j;
  }
  return out;
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
  const word = westernWords(atoms);
  for (let i = 1; i < atoms.length; i++) {
    const a = atoms[i - 1]!;
    const b = atoms[i]!;
    if (isHangingClass(a.cls) || isHangingClass(b.cls) || isInseparable(a.text.charAt(0), b.text.charAt(0))) {
      out.gapKind[i] = GAP_INERT;
      continue;
    }
    const sa = styles[a.style]!;
    const sb = styles[b.style]!;
    const tracking = ((sa.tracking ?? 0) * sa.size) / 1000;
    if (isWesternClass(a.cls) && isWesternClass(b.cls)) {
      let kern = 0;
      if (sa.face === sb.face && sa.size === sb.size) {
        const upem = measurer.face(sa.face).unitsPerEm;
        kern = (measurer.kerning(sa.face, gid[i - 1]!, gid[i]!) * sa.size) / upem;
      }
      out.gap[i] = kern + tracking;
      out.gapKind[i] = GAP_LETTER;
    } else if (
      cjkLatinSpacing > 0 &&
      ((a.cls === 'han' && b.cls === 'western' && word[i] === 1 && CJK_LETTER.test(a.text)) ||
        (a.cls === 'western' && word[i - 1] === 1 && b.cls === 'han' && CJK_LETTER.test(b.text)))
    ) {
      const space = cjkLatinSpacing * Math.max(sa.size, sb.size);
      out.gap[i] = space + tracking;
      out.gapKind[i] = GAP_CJK_LATIN;
      out.gapShrink[i] = space / 2;
      out.gapStretch[i] = Math.max(0, MAX_CJK_LATIN_EM * em - out.gap[i]!);
    } else {
      out.gap[i] = tracking;
      out.gapKind[i] = GAP_PLAIN;
    }
  }
}
