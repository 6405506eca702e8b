import type { Cmyk } from '../model/color';
import type { DisplayPage, Rect } from '../model/display-list';
import type { Frame } from '../model/page';
import type { StoryFields } from '../model/story';
import type { LayoutCache } from '../typeset/cache';
import type { Copyfit, Overset } from '../typeset/flow';
import type { Measurer } from '../typeset/measurer';
import type { InkMap } from './ink-map';
import type { MissingGlyph } from './missing-glyphs';

/**
 * What composition needs besides the page document, and what it gives back. Composition is
 * pure: stories, image sizes and font metrics come in here, already resolved by the caller
 * (main/pages reads the files and the database), so the same function runs in a test, in the
 * CLI and behind the page workspace.
 */

/** What composition must know about a photo: its pixel size (upright, after EXIF orientation) and colour. */
export interface ImageInfo {
  width: number;
  height: number;
  /** cmyk and gray print as they are; rgb (and other) are converted at export or refused. */
  colorSpace: 'cmyk' | 'gray' | 'rgb' | 'other';
  /** A CMYK photo's total ink (RGB and grey photos are converted within the press's limit). */
  ink?: InkMap;
}

export interface ComposeInputs {
  measurer: Measurer;
  cache?: LayoutCache;
  /** Stories by id: the page's inline stories and any the caller fetched from a database. */
  stories: Readonly<Record<string, StoryFields>>;
  /** Photos by the page's asset key; missing (or undefined) when the photo could not be found or read. */
  images: Readonly<Record<string, ImageInfo | undefined>>;
  /** Whether the PDF writer will convert RGB photos (default true); if not, an RGB photo is an error. */
  convertRgb?: boolean;
  /** The press's total ink limit in % (default: the page's `press`, else 240): colours and text above it are errors. */
  inkLimit?: number;
}

/** One set line, as the lines file (`--lines`) and proofing tools see it. */
export interface ComposedLine {
  frameId: string;
  storyId?: string;
  /** Index of the block in the story body, or a field: kicker, headline, subtitle, byline, caption, credit, banner, text, header. */
  block: number | string;
  /** Text column within the frame (0 outside story bodies). */
  column: number;
  /** Line number within the frame, 0-based: the display list's RunSource.line. */
  line: number;
  /** The characters the line shows (an added hyphen is not counted). */
  text: string;
  /** Left edge of the first glyph's set box, pt from the trim's left edge. */
  x: number;
  /** Baseline, pt from the trim's top edge. */
  y: number;
  /** From x to the right edge of the last glyph's set box, pt. */
  width: number;
  size: number;
  /**
   * 竖排: the line is a vertical column. Then x is its left edge (one em of `size` across),
   * y the top of its first em box, width that em and `height` its length down the page.
   */
  vertical?: true;
  height?: number;
}

/** What a frame puts on the page, as collisions name it. */
export type ContentKind = 'headline' | 'text' | 'photo' | 'caption' | 'credit' | 'banner';

/** One element of a frame, named so that a message can say what it is (a story's headline, a photo). */
export interface ContentPart {
  frameId: string;
  content: ContentKind;
  storyId?: string;
  assetId?: string;
  /** A banner's words. */
  text?: string;
}

export type PreflightSeverity = 'error' | 'warning';

/**
 * What each problem carries, by code: figures and names, never a sentence. The renderer words
 * them in the window's language (i18n/messages-page-desk-*.ts), the CLI in English
 * (main/cli/preflight-text.ts).
 */
export interface PreflightParams {
  /** Text that does not fit: a story's thread, a banner, a free text frame, or a photo's caption. */
  overset:
    | { frame: 'story'; storyId: string; lines: number; characters: number }
    | { frame: 'banner'; text: string }
    | { frame: 'text'; lines: number }
    | { frame: 'caption' };
  /** An error under 150 ppi, a warning under 200. */
  'low-resolution': { assetId: string; width: number; height: number; ppi: number };
  /** `converted`: the PDF writer converts it (a warning); otherwise an error. */
  'rgb-image': { assetId: string; width: number; height: number; colorSpace: 'rgb' | 'other'; converted: boolean };
  'missing-font': { faceId: string; substitute: string };
  /** Characters no font has (after the fallback chain), each with its story and position. */
  'missing-glyph': { chars: string[]; places: MissingGlyph[] };
  'outside-type-area': Record<string, never>;
  'text-too-small': { size: number; minimum: number };
  'unknown-story': { storyId: string };
  /** A photo's caption is linked to a story photo block that is not there (`photo`, 1-based; 0: a group's shared credit line from the story). */
  'caption-source': { storyId: string; photo: number };
  /**
   * `problem`: why the file could not be read, where the main process knows it. `onServer`: the
   * newsroom has the photo but its original is not on this desk yet (fetched before export).
   */
  'unknown-asset': { assetId: string; problem?: string; onServer?: boolean };
  'loose-line': { storyId: string; lines: number };
  'overfull-line': { storyId: string; lines: number };
  'empty-story': { storyId: string };
  /**
   * Above the press's total ink limit (%): a colour of text, a rule, a box fill or outline, or a
   * photo where it prints (`over`: share of its printed pixels above, 0–1; `converted`: the
   * export brings it within the limit, a warning; otherwise an error).
   */
  'ink-limit':
    | { element: 'text' | 'rule' | 'fill' | 'outline'; color: Cmyk; ink: number; limit: number }
    | { element: 'photo'; assetId: string; ink: number; over: number; limit: number; converted: boolean };
  /**
   * Content of two frames printed over each other (not an intended overprint): the two elements
   * and the box around where they overlap, pt on the page.
   */
  collision: { a: ContentPart; b: ContentPart; area: Rect };
  /** Grid lines left empty at the foot of a story's last frame (2 or more). */
  underset: { storyId: string; lines: number };
  /** Text in black built from several inks. */
  'rich-black-text': { color: Cmyk };
}

export type PreflightCode = keyof PreflightParams;

/** One problem found while composing: its code and the parameters the message is worded from. */
export type PreflightIssue = {
  [C in PreflightCode]: { severity: PreflightSeverity; code: C; params: PreflightParams[C]; frameId?: string };
}[PreflightCode];

/** How a story fits its frames (the whole thread: every frame of the story reports the same figures). */
export interface StoryFit {
  storyId: string;
  /** The frames the story runs through, in order (续排). */
  chain: string[];
  copyfit: Copyfit;
  overset: Overset | null;
}

export interface FrameReport {
  frameId: string;
  kind: Frame['kind'];
  rect: Rect;
  /** Lines set in this frame. */
  lines: number;
  story?: StoryFit;
  /** Text that did not fit (a caption too long for its frame, free text, a banner). */
  overset?: boolean;
}

export interface ComposeResult {
  page: DisplayPage;
  lines: ComposedLine[];
  preflight: PreflightIssue[];
  frames: FrameReport[];
}
