/** Character classes and small text helpers for Chinese reporter copy. */

const HAN = /\p{Script=Han}/u;
/** Han, CJK and full-width punctuation: characters between which a space is never meaningful. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014\u00b7\u2460-\u24ff]/u;
/** Full-width and CJK punctuation only. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014]/u;

export function hanCount(text: string): number {
  let count = 0;
  for (const ch of text) if (HAN.test(ch)) count += 1;
  return count;
}

/** Visible length: characters that are not whitespace. */
export function visibleLength(text: string): number {
  let count = 0;
  for (const ch of text) if (!/\s/u.test(ch)) count += 1;
  return count;
}

/** Whitespace reporters use: ASCII, tab, no-break space, ideographic (full-width) space. */
const SPACE_RUN = /[ \t\u00a0\u3000]+/gu;

/** Collapses runs of spaces (full-width too) into one ASCII space and trims; for titles and captions. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** How two pieces of one sentence are glued across a line or column break. */
export function joinBroken(left: string, right: string): string {
  const a = left.at(-1) ?? '';
  const b = right[0] ?? '';
  if (/[A-Za-z0-9]/.test(a) && /[A-Za-z]/.test(b)) return `${left} ${right}`;
  return left + right;
}

const CLOSERS = /[”’」』）)》〉】"']+$/u;
const FINAL = /[。！？!?…]$/u;

/** True when the text ends a sentence: 。！？ or an ellipsis, possibly inside closing quotes. */
export function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  const core = trimmed.replace(CLOSERS, '');
  if (core.length === 0) return false;
  if (FINAL.test(core)) return true;
  // A Latin full stop counts only after a Latin letter or digit, never in the middle of Chinese.
  return /[A-Za-z0-9]\.$/.test(core);
}

/** Punctuation that never appears inside a headline, subhead or banner. */
export const SENTENCE_PUNCTUATION = /[。！？；!?;…]/u;

/**
 * Removes the stray spaces of pasted copy from text runs: a space next to a Chinese character or
 * full-width punctuation goes, one space between Latin words or numbers stays, and inside
 * brackets a space between two names stays. Spaces are judged
 * by their neighbours across run boundaries (bold runs from .docx); runs of equal style merge.
 */
export function cleanLeaves<T extends { text: string; bold?: boolean; italic?: boolean }>(runs: T[]): T[] {
  const chars: Array<{ ch: string; run: number }> = [];
  for (const [run, leaf] of runs.entries()) {
    for (const ch of leaf.text.replace(SPACE_RUN, ' ')) {
      if (ch === ' ' && chars.at(-1)?.ch === ' ') continue;
      chars.push({ ch, run });
    }
  }
  let depth = 0;
  const kept = chars.filter((entry, index) => {
    if (entry.ch === '（' || entry.ch === '(') depth += 1;
    if ((entry.ch === '）' || entry.ch === ')') && depth > 0) depth -= 1;
    if (entry.ch !== ' ') return true;
    const before = chars[index - 1]?.ch ?? '';
    const after = chars[index + 1]?.ch ?? '';
    if (before === '' || after === '') return false;
    // Inside brackets a space between names is a separator: （记者 张三 通讯员 李四）.
    const glued = depth > 0 ? CJK_PUNCTUATION : CJK;
    return !glued.test(before) && !glued.test(after);
  });
  // Group the kept characters back into their runs, then merge neighbours of equal style.
  const pieces: Array<{ run: number; text: string }> = [];
  for (const entry of kept) {
    const last = pieces.at(-1);
    if (last && last.run === entry.run) last.text += entry.ch;
    else pieces.push({ run: entry.run, text: entry.ch });
  }
  const leaves: T[] = [];
  for (const piece of pieces) {
    const source = runs[piece.run]!;
    const previous = leaves.at(-1);
    if (previous && Boolean(previous.bold) === Boolean(source.bold) && Boolean(previous.italic) === Boolean(source.italic)) {
      previous.text += piece.text;
    } else {
      leaves.push({ ...source, text: piece.text });
    }
  }
  return leaves;
}
