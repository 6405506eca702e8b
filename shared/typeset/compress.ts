import * as M_CharClasses from './char-classes';
import type { Atom } from './prepared';

// Module-local copies: under CommonJS transpilation (tsx) every imported binding is a getter call.
const { isCompressible } = M_CharClasses;

/**
 * Stage 5 (compress): 标点挤压 between adjacent punctuation (clreq §3.1.6 / GB/T 15834
 * practice). Two full-width marks in a row would show a full em of blank between their inks
 * (。」, ）（, ，“); the first mark loses its blank half, or, when it has none on that side (“《),
 * the second does. So 。」 sets 1.5 em and 。”） 2 em. Line-start and line-end trimming
 * depend on where the line breaks and happen in the line-metrics stage.
 */

export interface CompressArrays {
  /** Blank still removable on each side, pt; consumed here. */
  canL: Float64Array;
  canR: Float64Array;
  /** Blank removed, pt; written here. */
  trimL: Float64Array;
  trimR: Float64Array;
}

export function compressAdjacent(atoms: readonly Atom[], a: CompressArrays): void {
  for (let i = 0; i + 1 < atoms.length; i++) {
    if (!isCompressible(atoms[i]!.cls) || !isCompressible(atoms[i + 1]!.cls)) continue;
    if (a.canR[i]! > 0) {
      a.trimR[i] = a.trimR[i]! + a.canR[i]!;
      a.canR[i] = 0;
    } else if (a.canL[i + 1]! > 0) {
      a.trimL[i + 1] = a.trimL[i + 1]! + a.canL[i + 1]!;
      a.canL[i + 1] = 0;
    }
  }
}
