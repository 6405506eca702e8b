import type { Byline } from '../../shared/model/story';
import { isSharedCredit, parseBylineLine, parsePhotoCredit } from './bylines';
import { SENTENCE_PUNCTUATION, collapseSpaces, visibleLength } from './cjk-text';

/** What a single line of copy is, judged from the line alone (context comes later). */
export type LineKind =
  | { kind: 'end-mark' }
  | { kind: 'marked'; role: 'kicker' | 'headline' | 'subtitle'; text: string }
  | { kind: 'dash'; text: string }
  | { kind: 'shared-credit'; text: string }
  | { kind: 'byline'; bylines: Byline[] }
  | { kind: 'credit'; text: string }
  | { kind: 'caption'; text: string }
  | { kind: 'photo'; caption: string; credit: string }
  | { kind: 'title'; text: string }
  | { kind: 'text' };

/** Longest headline, subhead or banner line, in visible characters. */
const TITLE_MAX = 30;
/** The first line of a file is the headline if anything is: it may run longer. */
const FIRST_TITLE_MAX = 40;

const END_MARK = /^[（(【[]?\s*(?:完|全文完|END|end)\s*[）)】\]]?$/u;
const MARKED = /^(引题|肩题|眉题|主题|主标题|标题|题目|副题|副标题)\s*[：:]\s*(.+)$/u;
const DASH = /^(?:——|──|--|—|―)\s*\S/u;
/** 图① …, 图1 …, 图一：…, 上图：…, 图为… */
const CAPTION = /^(?:图\s*[①-⑳⑴-⒇❶-❿]|图\s*[0-9０-９一二三四五六七八九十]{1,2}\s*[：:\s]|[上下左右中]图\s*[：:\s]|图为)/u;

function markedRole(label: string): 'kicker' | 'headline' | 'subtitle' {
  if (label.startsWith('副')) return 'subtitle';
  if (label === '引题' || label === '肩题' || label === '眉题') return 'kicker';
  return 'headline';
}

/**
 * A line that could be a headline, kicker, subhead or banner: short, with no sentence punctuation
 * (。！？；…), at most one comma, not ending like an unfinished clause.
 */
export function isTitleLike(text: string, max = TITLE_MAX): boolean {
  const length = visibleLength(text);
  if (length < 2 || length > max) return false;
  if (SENTENCE_PUNCTUATION.test(text)) return false;
  if (/[，、,：:（(“‘]$/u.test(text)) return false;
  if ((text.match(/[，,、]/gu) ?? []).length > 1) return false;
  return /\p{L}/u.test(text);
}

/** A section banner's shape: a few Han characters and nothing else (视觉新闻, 图说基层党建). */
export function isBannerShaped(text: string): boolean {
  return /^\p{Script=Han}{2,8}$/u.test(text);
}

/** Column names newspapers print as banners; a banner-shaped line that also matches is surely one. */
const BANNER_WORDS =
  /(?:新闻|故事|党建|专栏|专版|特写|纪事|速递|快讯|一线|观察|视点|视角|聚焦|关注|时评|评论|人物|风采|看台|广角|掠影|走笔|之窗|纵横|要闻|镜头|影像|图说|视觉|走基层)/u;

export function isBannerWord(text: string): boolean {
  return isBannerShaped(text) && BANNER_WORDS.test(text);
}

/** Splits "caption。 本报记者 王梦梦 摄" into caption and credit. */
function captionWithCredit(text: string): { caption: string; credit: string } | null {
  if (!/(?:摄|摄影|供图)$/u.test(text)) return null;
  for (let end = text.length - 1; end > 0; end -= 1) {
    const ch = text[end - 1]!;
    if (!/[。！？!?”）)]/u.test(ch)) continue;
    const credit = parsePhotoCredit(text.slice(end));
    if (credit) return { caption: collapseSpaces(text.slice(0, end)), credit };
  }
  return null;
}

export function classifyLine(raw: string, heading: boolean, firstLine = false): LineKind {
  const text = collapseSpaces(raw);
  if (END_MARK.test(text)) return { kind: 'end-mark' };
  const marked = MARKED.exec(text);
  if (marked) return { kind: 'marked', role: markedRole(marked[1]!), text: marked[2]!.trim() };
  if (DASH.test(text) && visibleLength(text) <= 40) return { kind: 'dash', text };
  if (isSharedCredit(text)) return { kind: 'shared-credit', text };
  const unbracketed = /^[（(](.+)[）)]$/u.exec(text)?.[1] ?? text;
  const bylines = parseBylineLine(unbracketed);
  if (bylines) return { kind: 'byline', bylines };
  const credit = parsePhotoCredit(text);
  if (credit) return { kind: 'credit', text: credit };
  const both = captionWithCredit(text);
  if (both) return { kind: 'photo', ...both };
  if (CAPTION.test(text)) return { kind: 'caption', text };
  if (heading || isTitleLike(text, firstLine ? FIRST_TITLE_MAX : TITLE_MAX)) return { kind: 'title', text };
  return { kind: 'text' };
}
