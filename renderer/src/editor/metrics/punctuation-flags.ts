import type { PunctuationFlagKind } from '../slate-types';

/** A span of text the desk should look at, in UTF-16 offsets of the block's text. */
export interface PunctuationFlag {
  start: number;
  end: number;
  kind: PunctuationFlagKind;
  /** What belongs there instead. */
  suggestion: string;
}

const LATIN_TO_CJK: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '?': '？', '!': '！' };
const HAN = /\p{Script=Han}/u;
/** CJK quotes and brackets that may close or open around a mistyped mark: 他说:“… */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff08\uff09\u201c\u201d\u2018\u2019\u2014\u2026]/u;
const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;

/**
 * Mixed-up punctuation in Chinese text: a Latin , . : ; ? ! right after a Han character
 * and followed by Han, CJK punctuation or the end of the block (so 3.5亿, iPhone. and
 * 中文.com stay unflagged); and runs of full-width Latin letters or digits (Ａ１), which
 * Chinese copy sets half-width.
 */
export function findPunctuationFlags(text: string): PunctuationFlag[] {
  const flags: PunctuationFlag[] = [];
  let index = 0;
  while (index < text.length) {
    const ch = text[index]!;
    const replacement = LATIN_TO_CJK[ch];
    if (replacement !== undefined) {
      const before = codePointBefore(text, index);
      const after = codePointAt(text, index + 1);
      if (before !== null && HAN.test(before) && (after === null || HAN.test(after) || CJK_PUNCTUATION.test(after))) {
        flags.push({ start: index, end: index + 1, kind: 'latin-in-han', suggestion: replacement });
      }
      index += 1;
      continue;
    }
    if (FULLWIDTH_ALNUM.test(ch)) {
      let end = index;
      let suggestion = '';
      while (end < text.length && FULLWIDTH_ALNUM.test(text[end]!)) {
        suggestion += String.fromCharCode(text.charCodeAt(end) - 0xfee0);
        end += 1;
      }
      flags.push({ start: index, end, kind: 'fullwidth-ascii', suggestion });
      index = end;
      continue;
    }
    index += 1;
  }
  return flags;
}

function codePointAt(text: string, index: number): string | null {
  if (index >= text.length) return null;
  return String.fromCodePoint(text.codePointAt(index)!);
}

function codePointBefore(text: string, index: number): string | null {
  if (index <= 0) return null;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return String.fromCodePoint(text.codePointAt(index - 2)!);
  return text[index - 1]!;
}
