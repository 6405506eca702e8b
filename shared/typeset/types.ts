import type { Cmyk } from '../model/color';
import type { PlacedGlyph } from '../model/display-list';
import type { ProhibitionLevel } from './prohibition';

/** Character style: what a run of text is set in. */
export interface CharStyle {
  /** Font face id from the catalogue, e.g. "noto-serif-sc-400". */
  face: string;
  /** Type size, pt. */
  size: number;
  /** Extra space after every character, 1/1000 em (CSS letter-spacing); never inside —— or ……. */
  tracking: number;
  /** Passed through to the line's runs for composition; the engine does not use it. */
  color?: Cmyk;
  /**
   * Faces to set a character in when `face` lacks it, in order (fallback.ts); default
   * DEFAULT_FALLBACK (Extension B–H ideographs).
   */
  fallback?: readonly string[];
  /**
   * Centred punctuation (the Taiwan/Hong Kong style, clreq): the face whose 。，、；：！？ are set
   * instead of `face`'s (punctuation.ts). A Traditional Chinese face centres them; a Mainland
   * face puts them bottom-left, so naming one gives a zh-Hant story Mainland marks.
   */
  punctuationFace?: string;
  /**
   * Synthetic bold: each glyph's outline is also stroked this many em wide (fallback.ts sets it
   * on rare characters of a bold run set in a regular fallback face).
   */
  embolden?: number;
  /**
   * 着重号: a dot under each character (horizontal writing, clreq). It takes no room on the
   * line; composition draws the dots (emphasis-dots.ts) and the text copies out without them.
   */
  emphasis?: 'dots';
}

/**
 * Alignment. `justify` sets every line but the last flush on both sides; `distribute` is
 * 均排: every line, the last included, spread evenly across the measure.
 */
export type Alignment = 'justify' | 'start' | 'center' | 'end' | 'distribute';

export interface ParagraphStyle {
  /** Style name, e.g. "body"; informative (the cache keys on the values). */
  name: string;
  /** Base character style; runs override parts of it. */
  char: CharStyle;
  /** Baseline-to-baseline distance, pt. On a baseline grid a line takes ceil(leading / pitch) grid lines. */
  leading: number;
  align: Alignment;
  /** First-line indent, em of the base size (Chinese body text: 2). */
  firstLineIndent: number;
  /** Blank grid lines before and after the paragraph (dropped at the top and bottom of a column). */
  spaceBefore: number;
  spaceAfter: number;
  prohibition: ProhibitionLevel;
  /** Space between Han and Western letters/digits, em (clreq §3.2.2: a quarter em). 0 turns it off. */
  cjkLatinSpacing: number;
  /** Hyphenate English words (en-US patterns) at line ends. */
  hyphenate: boolean;
  /** 孤字不成行: the last line holds at least this many characters (Han, Western letters, digits); 0 turns it off. */
  minLastLineChars: number;
  /** Above 0: keep the paragraph whole in one column, with this many lines of the next one under it (subheads). */
  keepWithNext: number;
  /** An opening bracket at a line start loses its blank half (clreq §3.1.6.2); not after a first-line indent. */
  trimLineStartBracket: boolean;
  /** Prefer breaking at spaces (bylines: names stay whole; headings: break between phrases). */
  preferSpaceBreaks: boolean;
  /** Headlines (一字空): a space between two Chinese characters is set this many em, fixed; absent or 0: a Western space. */
  phraseSpace?: number;
  /** Headlines (全部半角): every Chinese punctuation mark but the interpunct loses its blank half, not only adjacent ones. */
  halfWidthPunctuation?: boolean;
  /**
   * Widows and orphans across columns (frame flow): a paragraph split between columns leaves at
   * least `orphans` lines at the column's foot and carries at least `widows` to the next column's
   * head; absent: 2. 1 turns the rule off.
   */
  orphans?: number;
  widows?: number;
}

/** A run of text with an optional character-style override (a bold lead-in, a bigger figure). */
export interface TextRun {
  text: string;
  style?: Partial<CharStyle>;
}

export interface ParagraphInput {
  runs: readonly TextRun[];
  style: ParagraphStyle;
  /**
   * Stable identity of the paragraph (e.g. story id + block index). Optional; with it the
   * layout cache drops a paragraph's earlier versions as soon as an edited one is set, instead
   * of keeping every keystroke's version until its budget runs out.
   */
  id?: string;
}

/**
 * A glyph placed on a line. `x` is the left edge of the glyph's advance box, pt from the
 * line's left edge; composition adds the line's origin. `offset` indexes the paragraph's
 * plain text (UTF-16); a hyphen added at a break has offset -1 and `hyphen: true`.
 */
export interface TypesetGlyph extends PlacedGlyph {
  /** The font's advance at this size, pt (what a PDF viewer takes as the glyph's box). */
  advance: number;
  /** Blank removed from the left / right of the box by punctuation compression, pt. */
  trimLeft: number;
  trimRight: number;
  hyphen?: true;
}

/** Consecutive glyphs of one face and size: becomes one GlyphRun. */
export interface LineRun {
  face: string;
  size: number;
  color?: Cmyk;
  emphasis?: 'dots';
  /** Synthetic bold stroke, em (CharStyle.embolden). */
  embolden?: number;
  glyphs: TypesetGlyph[];
}

export type LineAlignment = 'justify' | 'start' | 'center' | 'end' | 'distribute';

export interface TypesetLine {
  /** Source span [start, end) in the paragraph's plain text (UTF-16), including a trailing space or break. */
  start: number;
  end: number;
  runs: LineRun[];
  /** The measure this line was set to, pt. */
  measure: number;
  /** First-line indent applied, pt. */
  indent: number;
  /** Right edge of the last visible glyph's set box (after compression), pt from the line's left edge. */
  right: number;
  /** How the line was actually set (the last line of a justified paragraph is `start`). */
  align: LineAlignment;
  /** Ascent and descent of the tallest run's em box, pt (descent negative). */
  ascent: number;
  descent: number;
  /** Ends with an added hyphen. */
  hyphenated: boolean;
  /** Ends at a hard line break (the break character draws no glyph). */
  hardBreak: boolean;
  /** Last line of the paragraph. */
  last: boolean;
  /** Largest space between two neighbouring glyph boxes, em of the paragraph size (spaces included). */
  maxGap: number;
  /** pt the content could not be compressed to fit (0 normally). */
  overflow: number;
  /**
   * The line could not be set within the rules' spacing: a gap wider than 0.5 em in a justified
   * line, or a justified line with nothing to stretch (set flush left instead). Composition
   * should flag it to the desk, as InDesign highlights H&J violations.
   */
  loose: boolean;
}

/**
 * How the paragraph was set: `good` within the strict tolerance (gaps ≤ 0.45 em, letter-spacing
 * ≤ 0.04 em); `relaxed` only with more stretch than that (long words in a narrow column; lines
 * past the 0.5 em gap limit are flagged `loose`); `emergency` only by breaking where no break is
 * allowed or letting a line overflow (a word wider than the column).
 */
export type LayoutQuality = 'good' | 'relaxed' | 'emergency';

export interface ParagraphLayout {
  /** The paragraph's plain text (all runs joined). */
  text: string;
  lines: TypesetLine[];
  quality: LayoutQuality;
}

/** Line widths: one for every line, or a list (one per line, the last repeating). */
export type LineWidths = number | readonly number[];
