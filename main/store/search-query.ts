import { charKind, cjkTokens, foldText, runsOf } from './search-text';

/**
 * A search box query turned into an FTS5 expression and the terms to look for in the text.
 * Terms are what the user typed between spaces and punctuation, folded; every term must
 * occur in a story (AND). Within a term, each CJK run becomes a phrase of its consecutive
 * bigrams (exact substring) and each word run a quoted token.
 */
export interface SearchPlan {
  /** FTS5 MATCH expression. */
  match: string;
  /** Folded terms, checked against the text and highlighted in snippets. */
  terms: string[];
  /** The expression when it is one phrase (bm25 is then one IDF times a per-story term: search-tops.ts). */
  phrase: string | null;
}

export function planQuery(query: string): SearchPlan | null {
  const folded = foldText(query);
  const terms = [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((term) => term !== ''))];
  const phrases: string[] = [];
  for (const term of terms) {
    for (const run of runsOf(term)) {
      const tokens = run.kind === 'cjk' ? bigramsOnly(run.text) : [run.text];
      phrases.push(`"${tokens.join(' ').replaceAll('"', '""')}"`);
    }
  }
  const unique = [...new Set(phrases)];
  if (unique.length === 0) return null;
  return { match: unique.join(' AND '), terms, phrase: unique.length === 1 ? unique[0]! : null };
}

function bigramsOnly(run: string): string[] {
  const tokens = cjkTokens(run);
  const length = [...run].length;
  return length === 1 ? tokens : tokens.slice(0, length - 1);
}

export interface TermMatch {
  start: number;
  end: number;
  term: number;
}

function charAt(text: string, index: number): string | undefined {
  const code = text.codePointAt(index);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

function charBefore(text: string, index: number): string | undefined {
  if (index === 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff;
  return isLowSurrogate && index >= 2 ? text.slice(index - 2, index) : text[index - 1];
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && charKind(ch) === 'word';
}

/**
 * Where the terms occur in folded text. A term that begins or ends with a Latin letter or a
 * digit must not continue a word there ("ai" is not found in "said"), as the index sees it;
 * CJK has no such boundary.
 */
export function findTerms(folded: string, terms: string[], max = 500): TermMatch[] {
  const matches: TermMatch[] = [];
  terms.forEach((term, index) => {
    const first = String.fromCodePoint(term.codePointAt(0)!);
    const last = [...term].at(-1)!;
    const checkStart = isWordChar(first);
    const checkEnd = isWordChar(last);
    let from = 0;
    while (matches.length < max) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      const end = at + term.length;
      const ok = (!checkStart || !isWordChar(charBefore(folded, at))) && (!checkEnd || !isWordChar(charAt(folded, end)));
      if (ok) matches.push({ start: at, end, term: index });
      from = at + 1;
    }
  });
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}
