/**
 * Character classes as clreq sees them (W3C clreq §3.1 "Punctuation and symbols", §3.2
 * "Mixed text composition"). The engine decides spacing, compression and line breaking by
 * these classes, not by Unicode general categories alone.
 */

export type CharClass =
  /** Ideographs, kana, hangul and other 1-em characters (full-width letters, ①, 〇). */
  | 'han'
  /** Opening brackets and quotes 开始括号: “‘（《〈「『【〔〖［｛ */
  | 'opening'
  /** Closing brackets and quotes 结束括号: ”’）》〉」』】〕〗］｝ */
  | 'closing'
  /** Sentence-end pause marks 句末点号: 。？！． */
  | 'stop'
  /** In-sentence pause marks 句内点号: ，、；： */
  | 'comma'
  /** Interpuncts 间隔号: ·・‧ */
  | 'interpunct'
  /** Dashes 破折号: — ― ⸺ (used doubled: ——) */
  | 'dash'
  /** Ellipsis 省略号: … ‥ (used doubled: ……) */
  | 'ellipsis'
  /** Connectors 连接号: ～ 〜 – */
  | 'connector'
  /** Letters, digits and symbols of Western text (set proportionally). */
  | 'western'
  /** Western punctuation: , . ; : ? ! ( ) [ ] { } " ' and the hyphen. */
  | 'western-punct'
  | 'space'
  /** Mandatory line break: LF, CR, U+2028, U+2029, VT, FF, NEL. */
  | 'hard-break'
  /** Characters that draw nothing: soft hyphen, zero-width space and joiners, BOM. */
  | 'invisible';

const OPENING = new Set('“‘（［｛〔〈《「『【〖〘〚｟');
const CLOSING = new Set('”’）］｝〕〉》」』】〗〙〛｠');
const STOP = new Set('。．！？｡‼⁇⁈⁉');
const COMMA = new Set('，、；：､︰');
const INTERPUNCT = new Set('·・‧');
const DASH = new Set('—―⸺');
const ELLIPSIS = new Set('…‥');
const CONNECTOR = new Set('～〜–');
const WESTERN_PUNCT = new Set(',.;:?!()[]{}"\'-‐‑‒');
const HARD_BREAK = new Set('\n\r\u2028\u2029\u000b\u000c\u0085');
const INVISIBLE = new Set('\u00ad\u200b\u200c\u200d\u2060\ufeff');
/** Quotes, dashes and dots that are Western or Chinese depending on the text around them. */
const AMBIGUOUS = new Set('“”‘’—…·–');

export function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f;
}

/** Ideographic and other characters set on the 1-em grid. */
export function isHanLike(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2fdf) || // radicals
    (cp >= 0x3000 && cp <= 0x303f) || // CJK symbols (the punctuation among them is classed first)
    (cp >= 0x3040 && cp <= 0x30ff) || // kana
    (cp >= 0x3100 && cp <= 0x31ff) || // bopomofo, kana extensions
    (cp >= 0x3200 && cp <= 0x33ff) || // enclosed CJK, compatibility
    (cp >= 0x3400 && cp <= 0x4dbf) || // ext A
    (cp >= 0x4e00 && cp <= 0x9fff) || // unified ideographs
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) || // hangul
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // compatibility forms
    (cp >= 0xff01 && cp <= 0xff60) || // full-width forms (their punctuation is classed first)
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x2460 && cp <= 0x24ff) || // ① enclosed alphanumerics
    (cp >= 0x2776 && cp <= 0x2793) || // ❶ dingbat numbers
    (cp >= 0x20000 && cp <= 0x3ffff) // ext B and beyond
  );
}

/** Combining marks and variation selectors stay with the character before them. */
export function isCombining(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    cp === 0x3099 ||
    cp === 0x309a
  );
}

/**
 * Classify one character. `cjkContext` says whether the paragraph is Chinese text: there the
 * ambiguous marks (“ ” ‘ ’ — … ·) are Chinese punctuation; in Western text they are Western.
 * (The collect stage also makes an apostrophe between two Western letters Western.)
 */
export function classify(ch: string, cjkContext: boolean): CharClass {
  const cp = ch.codePointAt(0) ?? 0;
  // The common case first: an ideograph is always 'han'.
  if (cp >= 0x4e00 && cp <= 0x9fff) return 'han';
  if (HARD_BREAK.has(ch)) return 'hard-break';
  if (INVISIBLE.has(ch)) return 'invisible';
  if (isSpace(cp)) return 'space';
  if (!cjkContext && AMBIGUOUS.has(ch)) return 'western-punct';
  if (OPENING.has(ch)) return 'opening';
  if (CLOSING.has(ch)) return 'closing';
  if (STOP.has(ch)) return 'stop';
  if (COMMA.has(ch)) return 'comma';
  if (INTERPUNCT.has(ch)) return 'interpunct';
  if (DASH.has(ch)) return 'dash';
  if (ELLIPSIS.has(ch)) return 'ellipsis';
  if (CONNECTOR.has(ch)) return 'connector';
  if (WESTERN_PUNCT.has(ch)) return 'western-punct';
  if (isHanLike(cp)) return 'han';
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 'invisible';
  return 'western';
}

/** True for the marks whose glyph may use a full-width/proportional alternate. */
export function isAmbiguousWidth(ch: string): boolean {
  return AMBIGUOUS.has(ch);
}

/** Classes set on the Chinese 1-em grid (everything but Western text, spaces and controls). */
export function isCjkClass(cls: CharClass): boolean {
  return (
    cls === 'han' ||
    cls === 'opening' ||
    cls === 'closing' ||
    cls === 'stop' ||
    cls === 'comma' ||
    cls === 'interpunct' ||
    cls === 'dash' ||
    cls === 'ellipsis' ||
    cls === 'connector'
  );
}

/** Punctuation whose blank half may be removed (标点挤压). */
export function isCompressible(cls: CharClass): boolean {
  return cls === 'opening' || cls === 'closing' || cls === 'stop' || cls === 'comma' || cls === 'interpunct';
}

/** Does a paragraph read as Chinese? Any ideograph or kana makes it so. */
export function hasCjk(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000)
      return true;
    if (cp >= 0x3000 && cp <= 0x303f) return true;
    if (cp >= 0xff00 && cp <= 0xffef) return true;
  }
  return false;
}
