import type { CharStyle, ParagraphStyle } from './types';

/**
 * Default paragraph styles of a Chinese city daily, built for the sample page: body 小五
 * (9 pt) Noto Serif SC (宋体) on a 13.5 pt grid in 13-character columns; headlines and
 * subheads in Noto Sans SC (黑体).
 */

/** Baseline pitch of the body grid: 1.5 × 9 pt, so 9 pt text has 4.5 pt between lines. */
export const BODY_PITCH = 13.5;

const common = {
  prohibition: 'gb',
  cjkLatinSpacing: 0.25,
  hyphenate: true,
  minLastLineChars: 2,
  keepWithNext: 0,
  trimLineStartBracket: true,
  preferSpaceBreaks: false,
  spaceBefore: 0,
  spaceAfter: 0,
} as const;

export const BODY_STYLE: ParagraphStyle = {
  ...common,
  name: 'body',
  char: { face: 'noto-serif-sc-400', size: 9, tracking: 0 },
  leading: BODY_PITCH,
  align: 'justify',
  firstLineIndent: 2,
};

/** 小标题: bold 黑体 五号, centred, a blank line above, never left at a column foot. */
export const SUBHEAD_STYLE: ParagraphStyle = {
  ...common,
  name: 'subhead',
  char: { face: 'noto-sans-sc-700', size: 10.5, tracking: 0 },
  leading: BODY_PITCH,
  align: 'center',
  firstLineIndent: 0,
  spaceBefore: 1,
  keepWithNext: 2,
  preferSpaceBreaks: true,
};

/**
 * 主题: 二号 bold 黑体, centred, two grid lines per line. Display rules: 一字空 between phrases,
 * 全部半角 punctuation, and an eighth of an em (not a quarter) between Chinese and Latin — at
 * 32 pt a quarter em is an 8 pt hole.
 */
export const HEADLINE_STYLE: ParagraphStyle = {
  ...common,
  name: 'headline',
  cjkLatinSpacing: 0.125,
  phraseSpace: 1,
  halfWidthPunctuation: true,
  char: { face: 'noto-sans-sc-700', size: 22, tracking: 0 },
  leading: 2 * BODY_PITCH,
  align: 'center',
  firstLineIndent: 0,
  hyphenate: false,
  preferSpaceBreaks: true,
};

/** 图片说明: 六号 黑体, justified, no indent. */
export const CAPTION_STYLE: ParagraphStyle = {
  ...common,
  name: 'caption',
  char: { face: 'noto-sans-sc-400', size: 7.5, tracking: 0 },
  leading: 10.5,
  align: 'justify',
  firstLineIndent: 0,
};

/**
 * 署名 (本报记者 …): 小五 黑体, indented like a paragraph, ragged right, names never split.
 * The indent also tells a reader (and our PDF check) that the line before it ended a
 * paragraph, so a short byline line is not mistaken for a justified line cut short.
 */
export const BYLINE_STYLE: ParagraphStyle = {
  ...common,
  name: 'byline',
  char: { face: 'noto-sans-sc-400', size: 9, tracking: 0 },
  leading: BODY_PITCH,
  align: 'start',
  firstLineIndent: 2,
  minLastLineChars: 0,
  preferSpaceBreaks: true,
};

/** 栏目 (视觉新闻): 均排 banner text. */
export const BANNER_STYLE: ParagraphStyle = {
  ...common,
  name: 'banner',
  char: { face: 'noto-sans-sc-700', size: 16, tracking: 0 },
  leading: 2 * BODY_PITCH,
  align: 'distribute',
  firstLineIndent: 0,
  hyphenate: false,
  minLastLineChars: 0,
};

export const DEFAULT_STYLES = {
  body: BODY_STYLE,
  subhead: SUBHEAD_STYLE,
  headline: HEADLINE_STYLE,
  caption: CAPTION_STYLE,
  byline: BYLINE_STYLE,
  banner: BANNER_STYLE,
} as const;

export type DefaultStyleName = keyof typeof DEFAULT_STYLES;

/** Changes to a paragraph style; `char` changes only the character-style values given. */
export type StyleChanges = Partial<Omit<ParagraphStyle, 'char'>> & { char?: Partial<CharStyle> };

/** A copy of a style with some values changed. */
export function withStyle(base: ParagraphStyle, changes: StyleChanges): ParagraphStyle {
  return { ...base, ...changes, char: { ...base.char, ...changes.char } };
}
