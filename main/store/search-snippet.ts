import { findTerms } from './search-query';
import { foldWithMap } from './search-text';

export interface Snippet {
  snippet: string;
  /** [start, end) UTF-16 offsets of the matched terms in `snippet`. */
  highlights: Array<[number, number]>;
}

export const SNIPPET_LENGTH = 60;
/** Context kept before the first match in the window. */
const LEAD = 16;
const SENTENCE_END = /[。！？；!?;]/u;

interface Located {
  start: number;
  end: number;
  term: number;
}

interface Window {
  source: string;
  start: number;
  end: number;
  inside: Located[];
  distinct: number;
}

/**
 * ~60 characters of the story around its best match: the window holding the most different
 * query terms, then the most matches, then the earliest. `sources` are searched in order
 * (body paragraphs first), so a tie goes to the body. Without any match, the first source's start.
 */
export function buildSnippet(sources: string[], terms: string[]): Snippet {
  let best: Window | null = null;
  for (const source of sources) {
    if (source === '') continue;
    const map = foldWithMap(source);
    const located = findTerms(map.folded, terms).map((match) => ({
      start: map.start(match.start),
      end: map.end(match.end - 1),
      term: match.term,
    }));
    for (const anchor of located.slice(0, 200)) {
      const window = windowAround(source, anchor, located);
      if (!best || window.distinct > best.distinct || (window.distinct === best.distinct && window.inside.length > best.inside.length)) {
        best = window;
      }
    }
  }
  if (!best) {
    const first = sources.find((source) => source !== '') ?? '';
    const end = safeCut(first, Math.min(first.length, SNIPPET_LENGTH));
    return { snippet: flatten(first.slice(0, end)) + (end < first.length ? '…' : ''), highlights: [] };
  }
  return render(best);
}

function windowAround(source: string, anchor: Located, located: Located[]): Window {
  let start = Math.max(0, anchor.start - LEAD);
  // Start at a sentence when one begins shortly before the match.
  for (let i = anchor.start - 1; i >= start; i -= 1) {
    if (SENTENCE_END.test(source[i]!)) {
      start = i + 1;
      break;
    }
  }
  let end = Math.min(source.length, start + SNIPPET_LENGTH);
  if (end - start < SNIPPET_LENGTH) start = Math.max(0, end - SNIPPET_LENGTH);
  start = safeCut(source, start);
  end = safeCut(source, end);
  const inside = located.filter((match) => match.start >= start && match.end <= end);
  return { source, start, end, inside, distinct: new Set(inside.map((match) => match.term)).size };
}

function render(window: Window): Snippet {
  const prefix = window.start > 0 ? '…' : '';
  const suffix = window.end < window.source.length ? '…' : '';
  const snippet = prefix + flatten(window.source.slice(window.start, window.end)) + suffix;
  const highlights: Array<[number, number]> = [];
  for (const match of window.inside) {
    const from = match.start - window.start + prefix.length;
    const to = match.end - window.start + prefix.length;
    const last = highlights.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else highlights.push([from, to]);
  }
  return { snippet, highlights };
}

/** Line breaks (two-line subheads) become spaces; one unit each, so offsets hold. */
function flatten(text: string): string {
  return text.replace(/\s/gu, ' ');
}

/** Moves a cut off the middle of a surrogate pair. */
function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}
