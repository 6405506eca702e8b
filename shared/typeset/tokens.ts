import * as K from './prepared';
import type { Atom } from './prepared';

// Module-local copies: imported bindings are getters under CommonJS transpilation (see line-metrics.ts).
const { BREAK_LAST_RESORT, BREAK_NONE, BREAK_TOKEN } = K;

/**
 * Stage 2b (tokens): newsroom copy is full of strings that are not words — URLs, e-mail
 * addresses, code, standard numbers, prices, measurements, dates. UAX #14 and the hyphenation
 * patterns treat them as words ("www.ex-ample.org", "GB/|T"); here they are found by pattern
 * and their break opportunities replaced:
 *
 * - url, email, code: a break only after / . @ - _ ? & = (not between two of them, so "://"
 *   stays whole), with a penalty and no hyphen added; between two letters or digits (at least 2
 *   before and 3 after) only as a last resort, when the paragraph cannot be set otherwise
 *   without a spread line;
 * - standard (GB/T 15834—2011, ISO/IEC 27001:2022): a break only at its spaces, never at the
 *   slash or the dash;
 * - quantity (US$1,399, ￥9,999, 20 %, 5 kg): no break at all;
 * - datetime (2024-03-15 09:30): whole where it fits — between date and time (its space, or
 *   before the T) a last-resort break.
 *
 * Every atom in a token is marked, so the hyphenation stage leaves it alone.
 */

export const TOKEN_NONE = 0;
export const TOKEN_URL = 1;
export const TOKEN_EMAIL = 2;
export const TOKEN_CODE = 3;
export const TOKEN_STANDARD = 4;
export const TOKEN_QUANTITY = 5;
export const TOKEN_DATETIME = 6;

/** Characters a URL, address or identifier may break after (Chicago Manual of Style 6.17, without the added hyphen). */
const BREAK_AFTER = new Set(['/', '.', '@', '-', '_', '?', '&', '=']);

/** What ends a URL: spaces, Chinese text and punctuation, quotes and brackets. */
const URL_CHAR = String.raw`[^\s<>"'“”‘’（）【】《》「」『』，。、；：！？…—\p{Script=Han}\u3000-\u303f\uff00-\uffef]`;
const TLD = '(?:com|org|net|edu|gov|mil|int|info|biz|io|ai|app|dev|cn|hk|tw|mo|jp|kr|uk|de|fr|eu|us|ru|au|ca|sg|me|tv|co)';
const URL = new RegExp(
  String.raw`(?:https?|ftp)://${URL_CHAR}+|(?<![\w.@-])(?:www\.)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.${TLD}(?![A-Za-z0-9-])(?:[/?#]${URL_CHAR}*)?`,
  'gu',
);
const EMAIL = /(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_])?@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;
/** Identifiers with an underscore, a dotted member or a call: snake_case_name, foo.bar(), std::vector. */
const CODE = /(?<![\w.])(?:[A-Za-z_][A-Za-z0-9]*_[A-Za-z0-9_]*|[A-Za-z_]\w+(?:(?:\.|::)[A-Za-z_]\w+)+(?:\(\))?|[A-Za-z_]\w*\(\))(?![\w])/gu;
/** An optional space (a no-break one too) inside a token. */
const SP = '[ \\u00a0\\u202f]?';
/** Chinese and international standard designations, with an optional year after a dash or colon. */
const STANDARD = new RegExp(
  String.raw`(?<![A-Za-z])(?:GB|GBZ|GJB|JGJ|CJJ|HJ|YY|WS|QB|JB|SJ|YD|DL|NB|SH|ISO(?:/IEC)?|IEC|EN|ASTM|IEEE|ANSI|DIN|BS|JIS|DB\d{0,6})(?:/[A-Z]{1,2})?${SP}[A-Z]?\d+(?:\.\d+)*(?:-\d+)*(?:${SP}[—–\-:]${SP}(?:19|20)\d{2})?(?!\d)`,
  'gu',
);
/** A price or a measurement: currency before, unit or percent after; thousands separators and decimals inside. */
const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const CURRENCY = String.raw`(?:[A-Z]{1,3}\$|[$¥￥€£₩₹]|(?:RMB|USD|EUR|CNY|HKD|JPY|GBP)${SP})`;
const UNIT = String.raw`(?:%|％|‰|℃|℉|°C|°F|°|(?:k|M|G|T)?(?:Wh|W|Hz|B|bps|Pa)|mAh|mg|kg|g|t|km/h|m/s|km|cm|mm|μm|nm|m²|m³|m|mL|ml|L|dB|min|ms|h|s|px|pt|K)(?![A-Za-z])`;
const QUANTITY = new RegExp(String.raw`(?<![\w.,])(?:${CURRENCY}${SP}${NUMBER}(?:${SP}${UNIT})?|${NUMBER}${SP}${UNIT})`, 'gu');
const DATETIME = /(?<!\d)(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)(?!\d)/gu;

/** Later patterns do not overwrite atoms already claimed (a URL's digits are not a quantity). */
const PATTERNS: readonly [RegExp, number][] = [
  [EMAIL, TOKEN_EMAIL],
  [URL, TOKEN_URL],
  [STANDARD, TOKEN_STANDARD],
  [DATETIME, TOKEN_DATETIME],
  [QUANTITY, TOKEN_QUANTITY],
  [CODE, TOKEN_CODE],
];

/** Only text with a Latin letter, a digit or a currency sign can hold a token. */
const MAYBE_TOKEN = /[A-Za-z0-9$¥￥€£]/;
const ALNUM = /^[A-Za-z0-9]$/;
const TRAILING = /[.,;:!?)\]}'"-]+$/u;

/** Token kind of each atom (TOKEN_NONE outside tokens); token ids in `group` tell neighbouring tokens apart. */
export interface Tokens {
  kind: Uint8Array;
  group: Int32Array;
}

export function findTokens(atoms: readonly Atom[], text: string): Tokens {
  const n = atoms.length;
  const kind = new Uint8Array(n);
  const group = new Int32Array(n);
  if (n === 0 || !MAYBE_TOKEN.test(text)) return { kind, group };
  // Atom index of every UTF-16 offset.
  const atomAt = new Int32Array(text.length + 1);
  for (let i = 0; i < n; i++) {
    const a = atoms[i]!;
    atomAt.fill(i, a.offset, a.offset + a.text.length);
  }
  atomAt[text.length] = n;
  let id = 0;
  for (const [pattern, tokenKind] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      let match = m[0];
      if (tokenKind === TOKEN_URL || tokenKind === TOKEN_CODE) match = match.replace(TRAILING, (t) => (t.startsWith('()') ? '()' : ''));
      if (match.length === 0) continue;
      const first = atomAt[m.index]!;
      const end = atomAt[m.index + match.length]!;
      let free = true;
      for (let i = first; i < end && free; i++) if (kind[i] !== TOKEN_NONE) free = false;
      if (!free) continue;
      id++;
      kind.fill(tokenKind, first, end);
      group.fill(id, first, end);
    }
  }
  return { kind, group };
}

/** A last-resort break leaves at least this many letters or digits before it and after it (TeX's hyphenation minima). */
const LEFT_MIN = 2;
const RIGHT_MIN = 3;

/** Replace the break opportunities inside every token by the token's own (see the file comment). */
export function applyTokenBreaks(atoms: readonly Atom[], tokens: Tokens, breaks: Uint8Array): void {
  const { kind, group } = tokens;
  let runStart = 0; // first atom of the current run of letters and digits
  for (let i = 1; i < atoms.length; i++) {
    const k = kind[i]!;
    const before = atoms[i - 1]!.text;
    if (!ALNUM.test(before)) runStart = i;
    if (k === TOKEN_NONE || group[i] !== group[i - 1]) continue;
    const after = atoms[i]!.text;
    if (k === TOKEN_URL || k === TOKEN_EMAIL || k === TOKEN_CODE) {
      if (BREAK_AFTER.has(before) && !BREAK_AFTER.has(after)) breaks[i] = BREAK_TOKEN;
      else breaks[i] = ALNUM.test(after) && i - runStart >= LEFT_MIN && alnumAhead(atoms, group, i) >= RIGHT_MIN ? BREAK_LAST_RESORT : BREAK_NONE;
    } else if (k === TOKEN_STANDARD) {
      if (atoms[i - 1]!.cls !== 'space') breaks[i] = BREAK_NONE;
    } else if (k === TOKEN_DATETIME) {
      // Between the date and the time (its space, or before the T) only as a last resort.
      breaks[i] = atoms[i - 1]!.cls === 'space' || atoms[i]!.text === 'T' ? BREAK_LAST_RESORT : BREAK_NONE;
    } else breaks[i] = BREAK_NONE;
  }
}

/** Letters and digits from atom i on, within its token. */
function alnumAhead(atoms: readonly Atom[], group: Int32Array, i: number): number {
  let count = 0;
  while (i + count < atoms.length && group[i + count] === group[i] && ALNUM.test(atoms[i + count]!.text)) count++;
  return count;
}
