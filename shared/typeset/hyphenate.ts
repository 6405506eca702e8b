import enUs from 'hyphen/en-us';
import type { Atom } from './prepared';
import * as M_Prepared from './prepared';

// Module-local copies: under CommonJS transpilation (tsx) every imported binding is a getter call.
const { BREAK_HYPHEN, BREAK_LAST_RESORT, BREAK_NONE } = M_Prepared;

/**
 * Stage 3 (hyphenate): Liang's patterns for en-US (the `hyphen` package) add break
 * opportunities inside English words, so a justified narrow column can hyphenate instead of
 * stretching its spaces. TeX's limits: at least 2 letters before and 3 after the hyphen; words
 * under 5 letters and all-capital words (acronyms) are left whole, and so are names that are
 * not English words: mixed-case product names (OpenAI, iPhone, PowerPoint), letters glued to
 * digits (A380neo), and every URL, address or code token the tokens stage found.
 */

const LEFT_MIN = 2;
const RIGHT_MIN = 3;
const MIN_WORD = 5;
const LETTER = /^\p{L}\p{M}*$/u;
/** A capital after the first letter: CamelCase and product names, not English words. */
const MIXED_CASE = /^.+\p{Lu}/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
/** A hump of a mixed-case name this long is an English word (internationalizationBanmian). */
const LONG_HUMP = 11;
const ALNUM = /^[\p{L}\p{N}]/u;
const CACHE_LIMIT = 20_000;
const pointsCache = new Map<string, number[]>();

/** Hyphenation points of a word: UTF-16 indexes a hyphen may go before. */
export function hyphenationPoints(word: string): number[] {
  const cached = pointsCache.get(word);
  if (cached) return cached;
  const points: number[] = [];
  if (word.length >= MIN_WORD && word !== word.toUpperCase() && !MIXED_CASE.test(word)) {
    const marked = enUs.hyphenateSync(word, { hyphenChar: '\u00ad', minWordLength: MIN_WORD });
    let index = 0;
    for (const ch of marked) {
      if (ch === '\u00ad') {
        if (index >= LEFT_MIN && word.length - index >= RIGHT_MIN) points.push(index);
      } else index += ch.length;
    }
  }
  if (pointsCache.size >= CACHE_LIMIT) pointsCache.clear();
  pointsCache.set(word, points);
  return points;
}

/** Add the hyphenation points of atoms[i..j] (one word) where no break exists yet. */
function hyphenateWord(atoms: readonly Atom[], i: number, j: number, breaks: Uint8Array, anyCase = false): void {
  const start = atoms[i]!;
  let word = '';
  const atomAt = new Map<number, number>();
  for (let k = i; k <= j; k++) {
    atomAt.set(atoms[k]!.offset - start.offset, k);
    word += atoms[k]!.text;
  }
  for (const point of hyphenationPoints(anyCase ? word.toLowerCase() : word)) {
    const k = atomAt.get(point);
    if (k !== undefined && breaks[k] === BREAK_NONE) breaks[k] = BREAK_HYPHEN;
  }
}

/**
 * A mixed-case name (or letters glued to digits) is not hyphenated; only when nothing else sets the paragraph may it break
 * between its humps (internationalization|Banmian, no hyphen), and a hump long enough to be an
 * English word in its own right may then be hyphenated.
 */
function breakHumps(atoms: readonly Atom[], i: number, j: number, breaks: Uint8Array): void {
  let from = i;
  for (let k = i + 1; k <= j + 1; k++) {
    const hump = k <= j && LOWER.test(atoms[k - 1]!.text) && UPPER.test(atoms[k]!.text);
    if (k <= j && !hump) continue;
    if (k - from >= LONG_HUMP) hyphenateWord(atoms, from, k - 1, breaks, true);
    if (hump && k - i >= LEFT_MIN && j + 1 - k >= RIGHT_MIN && breaks[k] === BREAK_NONE) breaks[k] = BREAK_LAST_RESORT;
    from = k;
  }
}

/**
 * Mark hyphenation points of every Western word as BREAK_HYPHEN where no break exists yet.
 * `tokens` (from findTokens) marks atoms in URLs, addresses, code and numbers: never hyphenated.
 */
export function addHyphenation(atoms: readonly Atom[], breaks: Uint8Array, tokens?: Uint8Array): void {
  let i = 0;
  while (i < atoms.length) {
    const start = atoms[i]!;
    if (start.cls !== 'western' || !LETTER.test(start.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < atoms.length && atoms[j + 1]!.cls === 'western' && LETTER.test(atoms[j + 1]!.text)) j++;
    const glued =
      (i > 0 && atoms[i - 1]!.cls === 'western' && ALNUM.test(atoms[i - 1]!.text)) ||
      (j + 1 < atoms.length && atoms[j + 1]!.cls === 'western' && ALNUM.test(atoms[j + 1]!.text));
    let inToken = false;
    if (tokens) for (let k = i; k <= j && !inToken; k++) if (tokens[k] !== 0) inToken = true;
    if (j - i + 1 >= MIN_WORD && !inToken) {
      let mixed = false;
      for (let k = i + 1; k <= j && !mixed; k++) if (UPPER.test(atoms[k]!.text)) mixed = true;
      if (mixed || glued) breakHumps(atoms, i, j, breaks);
      else hyphenateWord(atoms, i, j, breaks);
    }
    i = j + 1;
  }
}
