import LineBreaker from 'linebreak';
import * as M_CharClasses from './char-classes';
import * as K from './prepared';
import type { Atom } from './prepared';
import * as R from './prohibition';
import type { ProhibitionRules } from './prohibition';

// Module-local copies: under CommonJS transpilation (tsx) every imported binding is a getter call.
const { isCjkClass } = M_CharClasses;

// Module-local copies: imported bindings are getters under CommonJS transpilation (see line-metrics.ts).
const { BREAK_ALLOWED, BREAK_HYPHEN, BREAK_MANDATORY, BREAK_NONE } = K;
const { isInseparable } = R;
const isCjk = isCjkClass;

/**
 * Stage 2 (segment): where may a line break? Inside Western text the Unicode line breaking
 * algorithm (UAX #14, the `linebreak` package) decides. Around Chinese characters clreq
 * decides instead (UAX #14 forbids breaking around “ ” as ambiguous quotes, which is wrong
 * for Chinese): a break is allowed between any two characters unless the prohibition rules of
 * the paragraph's level forbid it (clreq §3.1.7) or the pair is one mark (—— ……).
 */

const NO_BREAK_SPACES = new Set(['\u00a0', '\u202f', '\u2007']);

function isWestern(atom: Atom): boolean {
  return atom.cls === 'western' || atom.cls === 'western-punct';
}

/** UAX #14 break opportunities inside maximal runs of Western atoms: result[i] for the boundary before atom i. */
function westernBreaks(atoms: readonly Atom[], text: string, out: Uint8Array): void {
  let i = 0;
  while (i < atoms.length) {
    if (!isWestern(atoms[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < atoms.length && isWestern(atoms[j + 1]!)) j++;
    if (j > i) {
      const start = atoms[i]!.offset;
      const endAtom = atoms[j]!;
      const piece = text.slice(start, endAtom.offset + endAtom.text.length);
      const startOf = new Map<number, number>();
      for (let k = i; k <= j; k++) startOf.set(atoms[k]!.offset - start, k);
      const breaker = new LineBreaker(piece);
      for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
        const k = startOf.get(bk.position);
        if (k !== undefined && k > i) out[k] = BREAK_ALLOWED;
      }
    }
    i = j + 1;
  }
}

export function segment(atoms: readonly Atom[], text: string, rules: ProhibitionRules): Uint8Array {
  const n = atoms.length;
  const breaks = new Uint8Array(n + 1);
  const uax = new Uint8Array(n + 1);
  westernBreaks(atoms, text, uax);

  let lastVisible = -1; // last atom before the boundary that is not a space or control
  for (let i = 1; i < n; i++) {
    const a = atoms[i - 1]!;
    const b = atoms[i]!;
    if (a.cls !== 'space' && a.cls !== 'invisible' && a.cls !== 'hard-break') lastVisible = i - 1;
    if (a.cls === 'hard-break') {
      breaks[i] = BREAK_MANDATORY;
      lastVisible = -1;
      continue;
    }
    let kind = BREAK_NONE;
    if (b.cls === 'space' || b.cls === 'hard-break' || b.cls === 'invisible') kind = BREAK_NONE;
    else if (a.cls === 'invisible') {
      if (a.text === '\u200b') kind = BREAK_ALLOWED;
      else if (a.text === '\u00ad') kind = BREAK_HYPHEN;
    } else if (a.cls === 'space') kind = NO_BREAK_SPACES.has(a.text) ? BREAK_NONE : BREAK_ALLOWED;
    else if (isWestern(a) && isWestern(b)) kind = uax[i]!;
    else if (isCjk(a.cls) || isCjk(b.cls)) kind = BREAK_ALLOWED;
    else kind = uax[i]!;

    if (kind !== BREAK_NONE) {
      const prev = lastVisible >= 0 ? atoms[lastVisible]! : undefined;
      if (rules.lineStart.has(b.text.charAt(0))) kind = BREAK_NONE;
      else if (prev && rules.lineEnd.has(prev.text.charAt(0))) kind = BREAK_NONE;
      else if (isInseparable(a.text.charAt(0), b.text.charAt(0))) kind = BREAK_NONE;
    }
    breaks[i] = kind;
  }
  breaks[n] = BREAK_MANDATORY;
  return breaks;
}
