import enUs from 'hyphen/en-us';
import type { Atom } from './prepared';
import { BREAK_HYPHEN, BREAK_NONE } from './prepared';

/**
 * Stage 3 (hyphenate): Liang's patterns for en-US (the `hyphen` package) add break
 * opportunities inside English words, so a justified narrow column can hyphenate instead of
 * stretching its spaces. TeX's limits: at least 2 letters before and 3 after the hyphen; words
 * under 5 letters and all-capital words (acronyms) are left whole.
 */

const LEFT_MIN = 2;
const RIGHT_MIN = 3;
const MIN_WORD = 5;
const LETTER = /^\p{L}\p{M}*$/u;
const CACHE_LIMIT = 20_000;
const pointsCache = new Map<string, number[]>();

/** Hyphenation points of a word: UTF-16 indexes a hyphen may go before. */
export function hyphenationPoints(word: string): number[] {
  const cached = pointsCache.get(word);
  if (cached) return cached;
  const points: number[] = [];
  if (word.length >= MIN_WORD && word !== word.toUpperCase()) {
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

/** Mark hyphenation points of every Western word as BREAK_HYPHEN where no break exists yet. */
export function addHyphenation(atoms: readonly Atom[], breaks: Uint8Array): void {
  let i = 0;
  while (i < atoms.length) {
    const start = atoms[i]!;
    if (start.cls !== 'western' || !LETTER.test(start.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < atoms.length && atoms[j + 1]!.cls === 'western' && LETTER.test(atoms[j + 1]!.text)) j++;
    if (j - i + 1 >= MIN_WORD) {
      const word = atoms
        .slice(i, j + 1)
        .map((a) => a.text)
        .join('');
      const atomAt = new Map<number, number>();
      for (let k = i; k <= j; k++) atomAt.set(atoms[k]!.offset - start.offset, k);
      for (const point of hyphenationPoints(word)) {
        const k = atomAt.get(point);
        if (k !== undefined && breaks[k] === BREAK_NONE) breaks[k] = BREAK_HYPHEN;
      }
    }
    i = j + 1;
  }
}
