import { prohibitionRules } from './prohibition';

/**
 * Where a headline may break, and the balanced choice among those places — the way a desk sets
 * a 主题: lines end at phrase boundaries (a space the editor typed between phrases, or after a
 * pause mark ：，；！？), failing that at a word boundary, never inside a word; the lines are of
 * similar length (two lines of 10 and 9 characters, not 18 and a stub of 1); a manual break
 * ("\n", Shift+Enter in the headline field) always breaks.
 *
 * Words come from Intl.Segmenter('zh', {granularity: 'word'}) (ICU's dictionary, in Node and in
 * Chromium). A run of single-character segments is kept together: ICU splits names it does not
 * know (沁|阳|市, 郇|封|镇) into characters, and a break between them would cut the name; nor
 * does an administrative suffix it splits off a known name (山阳|区) start a line.
 *
 * Pure: widths come from the caller (`measure`), so this never touches a font.
 */

export type HeadlineBreakKind = 'phrase' | 'word';

export interface HeadlineBreak {
  /** The line before the break ends here (exclusive, UTF-16 offset). */
  end: number;
  /** The next line starts here (after the spaces of a phrase gap). */
  resume: number;
  kind: HeadlineBreakKind;
}

export interface HeadlineLineSpan {
  start: number;
  end: number;
}

/** A line's natural width, and whether it can be set within the measure at all. */
export interface LineFit {
  width: number;
  fits: boolean;
}

const SPACE = /[\s\u3000]/u;
const PAUSE = new Set('：，；！？。、:;,!?');
/** Administrative suffixes ICU splits off names it does not know (山阳|区): never the start of a line. */
const PLACE_SUFFIX = new Set('省市县区镇乡村街路州盟旗');
const LATIN = /[\p{Script=Latin}\p{N}]/u;
const LINE_START = prohibitionRules('gb').lineStart;
const LINE_END = prohibitionRules('gb').lineEnd;
/**
 * A word break costs this much more than a phrase break, in units of squared slack (a fraction of
 * the measure): a phrase break wins unless it leaves a stub (lines of 8½ and 13 em beat 10½ and 10½
 * broken inside a phrase; 4 and 15 em lose to it).
 */
const WORD_BREAK_COST = 0.1;

let segmenter: Intl.Segmenter | undefined;
function words(text: string): { index: number; segment: string }[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => ({ index: s.index, segment: s.segment }));
}

const isSingleHan = (segment: string): boolean => [...segment].length === 1 && !SPACE.test(segment) && !PAUSE.has(segment);

/** Every place a one-paragraph headline (no "\n") may break, in text order. */
export function headlineBreaks(text: string): HeadlineBreak[] {
  const out: HeadlineBreak[] = [];
  const segs = words(text);
  for (let k = 1; k < segs.length; k++) {
    const at = segs[k]!.index;
    const before = text[at - 1]!;
    const after = text[at]!;
    if (SPACE.test(after)) continue; // the break is taken where the spaces end
    if (SPACE.test(before)) {
      let end = at;
      while (end > 0 && SPACE.test(text[end - 1]!)) end--;
      if (end > 0 && !LINE_START.has(after) && !LINE_END.has(text[end - 1]!)) out.push({ end, resume: at, kind: 'phrase' });
      continue;
    }
    if (LINE_START.has(after) || LINE_END.has(before)) continue;
    // Latin letters and digits of one word are one segment already; a Latin–Latin boundary without a space is punctuation.
    if (LATIN.test(before) && LATIN.test(after)) continue;
    if (isSingleHan(segs[k - 1]!.segment) && isSingleHan(segs[k]!.segment)) continue;
    if (PLACE_SUFFIX.has(segs[k]!.segment)) continue;
    // After a pause mark (possibly followed by its closing quote) is a phrase boundary.
    let p = at - 1;
    while (p > 0 && '”’）》」』】'.includes(text[p]!)) p--;
    out.push({ end: at, resume: at, kind: PAUSE.has(text[p]!) ? 'phrase' : 'word' });
  }
  return out;
}

/**
 * Lines of a headline paragraph (no "\n"): the fewest lines that fit, and among those the
 * most even (least sum of squared slack, the last line included), phrase breaks preferred
 * over word breaks. `measure(start, end)` sets text.slice(start, end) as one line. Returns
 * null when no choice of break places fits (a word wider than the measure): the caller lets
 * the engine break it.
 */
export function balanceHeadline(
  text: string,
  measureWidth: number,
  measure: (start: number, end: number) => LineFit,
): HeadlineLineSpan[] | null {
  let trimmedEnd = text.length;
  while (trimmedEnd > 0 && SPACE.test(text[trimmedEnd - 1]!)) trimmedEnd--;
  let trimmedStart = 0;
  while (trimmedStart < trimmedEnd && SPACE.test(text[trimmedStart]!)) trimmedStart++;
  if (trimmedStart >= trimmedEnd) return [];
  const breaks = headlineBreaks(text).filter((b) => b.end > trimmedStart && b.resume < trimmedEnd);
  // Positions: 0 = the start, 1..k = after break k-1, k+1 = the end.
  const starts = [trimmedStart, ...breaks.map((b) => b.resume)];
  const ends = [...breaks.map((b) => b.end), trimmedEnd];
  const kinds = breaks.map((b) => b.kind);
  const n = starts.length;
  // best[i]: the best way to set the text from starts[i] to the end.
  const best: ({ lines: number; cost: number; next: number } | null)[] = new Array(n).fill(null);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i; j < n; j++) {
      // A line from starts[i] to ends[j]; then the rest from starts[j + 1].
      const fit = measure(starts[i]!, ends[j]!);
      if (!fit.fits) break; // longer lines from the same start do not fit either
      const slack = Math.max(0, measureWidth - fit.width) / measureWidth;
      const rest = j + 1 < n ? best[j + 1] : { lines: 0, cost: 0, next: n };
      if (!rest) continue;
      const lines = rest.lines + 1;
      const cost = rest.cost + slack * slack + (j + 1 < n && kinds[j] === 'word' ? WORD_BREAK_COST : 0);
      const current = best[i];
      if (!current || lines < current.lines || (lines === current.lines && cost < current.cost - 1e-9)) {
        best[i] = { lines, cost, next: j + 1 };
      }
    }
  }
  if (!best[0]) return null;
  const out: HeadlineLineSpan[] = [];
  for (let i = 0; i < n; ) {
    const step = best[i]!;
    out.push({ start: starts[i]!, end: ends[step.next - 1]! });
    i = step.next;
  }
  return out;
}

/** The paragraphs of a headline: split at manual breaks ("\n"), with their offsets. */
export function headlineParagraphs(text: string): HeadlineLineSpan[] {
  const out: HeadlineLineSpan[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}
