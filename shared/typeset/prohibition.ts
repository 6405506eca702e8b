/**
 * Line-start and line-end prohibitions (禁则) as data, in clreq's three levels
 * (W3C clreq §3.1.7 "Prohibition rules for line start and line end").
 *
 * - basic: closing brackets and pause/stop marks never start a line; opening brackets never
 *   end one.
 * - gb: what GB/T 15834 and Chinese newspapers practise on top of basic: interpuncts,
 *   connectors, dashes, ellipses and postfix symbols (％ ‰ ℃ ° ′ ″) never start a line. This is
 *   the body-text default and a superset of the sets our PDF checker enforces.
 * - strict: gb plus small kana, iteration and prolonged-sound marks never start a line, and
 *   prefix currency/number signs never end one.
 *
 * At every level —— and …… (and ‥‥, ⸺) are never split between their two halves.
 */

export type ProhibitionLevel = 'basic' | 'gb' | 'strict';

export interface ProhibitionRules {
  level: ProhibitionLevel;
  /** Characters that may not begin a line. */
  lineStart: ReadonlySet<string>;
  /** Characters that may not end a line. */
  lineEnd: ReadonlySet<string>;
}

const BASIC_START = '）］｝〕〉》」』】〗〙〛｠”’' + '，。、；：？！．｡､︰‼⁇⁈⁉' + ',.;:?!)]}';
const BASIC_END = '（［｛〔〈《「『【〖〘〚｟“‘' + '([{';
const GB_START = '…‥—―⸺–～〜·・‧' + '％‰‱℃℉°′″' + '%';
const STRICT_START = '々〻ゝゞヽヾーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ゠';
const STRICT_END = '￥＄￡＃№$£€#';

/** Pairs that are one mark drawn with two characters: never broken between. */
const INSEPARABLE = new Set(['——', '――', '—―', '―—', '……', '‥‥', '⸺⸺']);

const LEVELS: Record<ProhibitionLevel, ProhibitionRules> = {
  basic: { level: 'basic', lineStart: new Set(BASIC_START), lineEnd: new Set(BASIC_END) },
  gb: { level: 'gb', lineStart: new Set(BASIC_START + GB_START), lineEnd: new Set(BASIC_END) },
  strict: {
    level: 'strict',
    lineStart: new Set(BASIC_START + GB_START + STRICT_START),
    lineEnd: new Set(BASIC_END + STRICT_END),
  },
};

export function prohibitionRules(level: ProhibitionLevel): ProhibitionRules {
  return LEVELS[level];
}

/** True when the two characters form one mark (—— ……) that must stay on one line. */
export function isInseparable(left: string, right: string): boolean {
  const c = left.charCodeAt(0);
  // Fast path: only dashes and ellipses pair up (U+2014, U+2015, U+2025, U+2026, U+2E3A).
  if (c !== 0x2014 && c !== 0x2015 && c !== 0x2025 && c !== 0x2026 && c !== 0x2e3a) return false;
  return INSEPARABLE.has(left + right);
}
