import type { CharClass } from './char-classes';
import type { CharStyle, ParagraphStyle } from './types';

/**
 * A paragraph after the width-independent stages (collect → segment → hyphenate → measure
 * → compress → spacing): one atom per character cluster, struct-of-arrays so the breaker can
 * sum ranges quickly. Lengths are pt. Built once per (text, style) and reused for any width.
 */

/** What may happen at the boundary before atom i (index n = paragraph end). */
export const BREAK_NONE = 0;
export const BREAK_ALLOWED = 1;
export const BREAK_MANDATORY = 2;
/** Allowed inside a Western word: the line gets a hyphen. */
export const BREAK_HYPHEN = 3;
/** Allowed inside a URL, address, identifier or date-time: no hyphen added, a penalty (tokens.ts). */
export const BREAK_TOKEN = 4;
/**
 * Between two letters or digits of a URL, address or identifier: only when the paragraph cannot
 * be set within the strict tolerance otherwise (a long URL in a 13-character column), no hyphen.
 */
export const BREAK_LAST_RESORT = 5;

/** How the gap before atom i may be adjusted by justification. */
export const GAP_INERT = 0; // next to a space or control, or inside —— / ……: never adjusted
export const GAP_PLAIN = 1; // between Chinese characters (and Chinese/Western punctuation): clreq's "all gaps"
export const GAP_CJK_LATIN = 2; // the quarter em between Han and Western text
export const GAP_LETTER = 3; // inside a Western word or number: letter-spacing is the last resort

/** Shrink levels in clreq's compression order (line-end punctuation is handled at the break). */
export const SHRINK_SPACE = 0;
export const SHRINK_INTERPUNCT = 1;
export const SHRINK_BRACKET = 2;
export const SHRINK_COMMA = 3;
export const SHRINK_CJK_LATIN = 4;
export const SHRINK_LEVELS = 5;

export interface Atom {
  /** UTF-16 offset of the atom's first character in the paragraph text. */
  offset: number;
  /** The characters (a base character and any combining marks after it). */
  text: string;
  cp: number;
  cls: CharClass;
  /** Index into Prepared.styles. */
  style: number;
}

export interface Prepared {
  text: string;
  style: ParagraphStyle;
  /** Resolved character style of each run. */
  styles: CharStyle[];
  atoms: Atom[];
  n: number;
  /** Paragraph is Chinese text (decides the ambiguous marks). */
  cjk: boolean;
  /** Base size (the paragraph style's size): the em of indents and of the gap limits. */
  em: number;
  /** Largest type size used in the paragraph. */
  maxSize: number;
  /** breaks[i]: boundary before atom i, i in 0..n. */
  breaks: Uint8Array;
  gid: Int32Array;
  /** Font advance, pt. */
  advance: Float64Array;
  /** Blank removed on each side by adjacent-punctuation compression. */
  trimL: Float64Array;
  trimR: Float64Array;
  /** Blank that may still be removed on each side (line start/end, justification). */
  canL: Float64Array;
  canR: Float64Array;
  /** Natural set width: advance − trimL − trimR (0 for controls). */
  width: Float64Array;
  /** Gap before atom i (kerning, tracking, CJK–Latin space) and its kind. */
  gap: Float64Array;
  gapKind: Uint8Array;
  /** Shrink level of the atom's own compressible blank (or space), −1 when none. */
  shrinkLevel: Int8Array;
  /** For spaces: how far the space may shrink and stretch. */
  spaceShrink: Float64Array;
  spaceStretch: Float64Array;
  /** For GAP_CJK_LATIN gaps: how far they may shrink and stretch. */
  gapShrink: Float64Array;
  gapStretch: Float64Array;
  /** Hyphen to add when breaking before atom i with BREAK_HYPHEN: glyph id and width. */
  hyphenGid: Int32Array;
  hyphenWidth: Float64Array;
  /** Units for 孤字不成行: 1 for a Han character, a Western letter or a digit. */
  unit: Uint8Array;
}

export function isVisibleAtom(cls: CharClass): boolean {
  return cls !== 'space' && cls !== 'hard-break' && cls !== 'invisible';
}
