import * as M_CharClasses from './char-classes';
import type { Atom } from './prepared';
import type { ParagraphStyle } from './types';

// Module-local copies: under CommonJS transpilation (tsx) every imported binding is a getter call.
const { isCjkClass, isCompressible } = M_CharClasses;

/**
 * Headline rules at display sizes, applied by the prepare stage when a style asks for them:
 *
 * - 一字空: a space an editor types between two phrases of a Chinese headline
 *   (山阳区“五星”争创 亮点纷呈) is set a full em (`phraseSpace`), not a Western space, and
 *   neither stretches nor shrinks.
 * - 全部半角 (`halfWidthPunctuation`): every Chinese punctuation mark loses its blank half, not
 *   only the first of two adjacent marks, so 》（ in a 32 pt line sets with no 16 pt hole and a
 *   colon takes half an em. Body text keeps clreq's adjacent-only compression.
 */

export interface DisplayArrays {
  advance: Float64Array;
  spaceShrink: Float64Array;
  spaceStretch: Float64Array;
  canL: Float64Array;
  canR: Float64Array;
  trimL: Float64Array;
  trimR: Float64Array;
}

/** Is atom i a space with Chinese (not Western) text on both sides, skipping further spaces? */
function betweenCjk(atoms: readonly Atom[], i: number): boolean {
  let a = i - 1;
  while (a >= 0 && atoms[a]!.cls === 'space') a--;
  let b = i + 1;
  while (b < atoms.length && atoms[b]!.cls === 'space') b++;
  return a >= 0 && b < atoms.length && isCjkClass(atoms[a]!.cls) && isCjkClass(atoms[b]!.cls);
}

export function applyDisplayRules(atoms: readonly Atom[], style: ParagraphStyle, em: number, a: DisplayArrays): void {
  const phrase = style.phraseSpace ?? 0;
  if (phrase > 0) {
    // A run of spaces between phrases is one gap: its first space takes the em, the rest nothing.
    for (let i = 0; i < atoms.length; i++) {
      if (atoms[i]!.cls !== 'space' || !betweenCjk(atoms, i)) continue;
      a.advance[i] = atoms[i - 1]?.cls === 'space' ? 0 : phrase * em;
      a.spaceShrink[i] = 0;
      a.spaceStretch[i] = 0;
    }
  }
  if (style.halfWidthPunctuation) {
    for (let i = 0; i < atoms.length; i++) {
      // An interpunct keeps its centred blank (a quarter each side is already the tightest it reads).
      if (!isCompressible(atoms[i]!.cls) || atoms[i]!.cls === 'interpunct') continue;
      a.trimL[i] = a.trimL[i]! + a.canL[i]!;
      a.trimR[i] = a.trimR[i]! + a.canR[i]!;
      a.canL[i] = 0;
      a.canR[i] = 0;
    }
  }
}
