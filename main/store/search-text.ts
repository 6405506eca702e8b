/**
 * Text as the search index sees it. Han (and kana/Hangul) runs are indexed as their
 * overlapping two-character pieces (bigrams) followed by their single characters, so any
 * substring of two or more characters is an FTS5 phrase of consecutive bigrams and a
 * one-character query is a unigram. No dictionary is involved: names (朱光丽) and local
 * words (校史馆) are found exactly like common words. Everything else (Latin words, numbers)
 * is left to FTS5's unicode61 tokenizer. Both the index and the query go through `foldText`.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const WORD = /[\p{L}\p{N}]/u;

export type CharKind = 'cjk' | 'word' | 'other';

export function charKind(ch: string): CharKind {
  if (CJK.test(ch)) return 'cjk';
  if (WORD.test(ch)) return 'word';
  return 'other';
}

/**
 * Full-width forms to ASCII, lower case, no diacritics: how both sides are compared. Remembered
 * per character: three normalisations a character were most of the cost of indexing a story.
 */
const folds = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = folds.get(ch);
  if (folded === undefined) {
    folded = ch.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '');
    folds.set(ch, folded);
  }
  return folded;
}

/**
 * Characters that fold to themselves — CJK unified ideographs (no compatibility forms among
 * them), ASCII lower-case letters and digits, space and newline — are most of a story; only
 * the others go through foldChar, found by one native regex scan.
 */
const NEEDS_FOLDING = /[^\u4e00-\u9fffa-z0-9 \n]/gu;

export function foldText(text: string): string {
  return text.replace(NEEDS_FOLDING, foldChar);
}

/**
 * The folded text with, for each of its UTF-16 units, the [start, end) range of the original
 * character it came from: a match found in the folded text maps back to the original.
 */
export interface FoldedText {
  folded: string;
  start(unit: number): number;
  end(unit: number): number;
}

export function foldWithMap(text: string): FoldedText {
  let sameLength = true;
  const folded = text.replace(NEEDS_FOLDING, (ch) => {
    const piece = foldChar(ch);
    if (piece.length !== ch.length) sameLength = false;
    return piece;
  });
  // Every character kept its length (the usual case): offsets are the same on both sides.
  // (A match never starts on a low surrogate, and ends after one at the same offset.)
  if (sameLength) return { folded, start: (unit) => unit, end: (unit) => unit + 1 };
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const piece = foldChar(ch);
    for (let i = 0; i < piece.length; i += 1) {
      starts.push(offset);
      ends.push(offset + ch.length);
    }
    offset += ch.length;
  }
  return { folded, start: (unit) => starts[unit]!, end: (unit) => ends[unit]! };
}

/** A maximal stretch of one kind of character: a CJK run or a word run. */
export interface Run {
  kind: 'cjk' | 'word';
  text: string;
  start: number;
}

/** Splits folded text into CJK runs and word runs; punctuation and spaces separate runs. */
export function runsOf(folded: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let offset = 0;
  for (const ch of folded) {
    const kind = charKind(ch);
    if (kind === 'other') {
      current = null;
    } else if (current && current.kind === kind) {
      current.text += ch;
    } else {
      current = { kind, text: ch, start: offset };
      runs.push(current);
    }
    offset += ch.length;
  }
  return runs;
}

/** Bigrams of a CJK run in order, then its characters: consecutive bigrams stay adjacent for phrases. */
export function cjkTokens(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) bigrams.push(chars[i]! + chars[i + 1]!);
  return [...bigrams, ...chars];
}

/** The string stored in the FTS5 column for `text`: space-separated tokens. */
export function indexText(text: string): string {
  return runsOf(foldText(text))
    .map((run) => (run.kind === 'cjk' ? cjkTokens(run.text).join(' ') : run.text))
    .join(' ');
}
