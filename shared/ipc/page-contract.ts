import { z } from 'zod';
import type { ComposedLine, FrameReport, ImageInfo, PreflightIssue } from '../compose/compose-types';
import type { CopyfitOutcome } from '../compose/copyfit';
import type { StoryFrameFit } from '../compose/fit-story-frame';
import type { DisplayItem } from '../model/display-list';
import { storedPageDocumentSchema, pageInfoSchema, templateSchema, type PageDocument } from '../model/page';
import { editionDateSchema as editionDate, idText } from '../model/bounds';
import { pressProfileSchema } from '../model/press';
import { storyFieldsSchema, type StoryFields } from '../model/story';
import type { UncheckedEdit } from '../model/unchecked-edit';
import { command, fileUploadSchema, idSchema as id } from './command';

/**
 * The page workspace's commands (`pages.*`), spread into the one contract in contract.ts.
 * Kept in their own file so the page desk and the story desk can grow the contract side by side.
 */

const version = z.number().int().positive();
const pageNumber = z.number().int().min(1).max(999);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256');
const faceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected a face id such as noto-serif-sc-400');

/** One row of the page list. */
export interface PageSummaryView {
  id: string;
  name: string;
  /** YYYY-MM-DD */
  editionDate: string;
  /** 版次 */
  pageNumber: number;
  section: string;
  version: number;
  updatedAt: string;
  deletedAt: string | null;
  /** 无签出编辑: saved in a newsroom without the check-out, not yet reviewed (absent: not flagged). */
  unchecked?: UncheckedEdit;
}

export interface PageView extends PageSummaryView {
  document: PageDocument;
}

/** A photo in the store, as the page desk sees it. */
export interface PhotoView {
  sha256: string;
  fileName: string;
  width: number;
  height: number;
  /** As the decoder names it: srgb, cmyk, b-w… */
  colorSpace: string;
  ppi: number | null;
  /** What the screen draws: a downsized sRGB preview (absent where the shell serves no photos). */
  url?: string;
  /**
   * Only the preview is on this desk: the photo came from the newsroom and its original is still
   * on the server (it is placed like any photo and fetched before export).
   */
  onServer?: boolean;
}

/**
 * What the page view needs to compose a page itself, in the window, while a frame is dragged:
 * every answer the fonts gave while the main process composed it (so the window's composition
 * measures exactly as the main process's does), the stories as composed (store or draft), and
 * the photos' pixel sizes and colour. Font metrics: [code point, form (0 default, 1 full-width,
 * 2 proportional, 3 vertical), glyph id, advance]; ink boxes: [glyph id, xMin, xMax, yMin, yMax]; kerning:
 * [left glyph, right glyph, adjustment]. A face the main process could not open is null.
 */
export interface FaceMetricsPack {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  glyphs: Array<[number, number, number, number]>;
  ink: Array<[number, number, number, number, number]>;
  kerning: Array<[number, number, number]>;
}

export interface ComposeResources {
  faces: Record<string, FaceMetricsPack | null>;
  stories: Record<string, StoryFields>;
  images: Record<string, ImageInfo | null>;
}

/**
 * A composed page for the screen. Items are keyed by their content, so a caller that already
 * holds an item (named in `have`) is not sent it again: a frame dragged across the page costs
 * the items that changed, not the whole page.
 */
export interface PageComposition {
  page: { width: number; height: number; bleed: number };
  /** Every display item's key, in drawing order. */
  order: string[];
  /** The items whose keys the caller did not name in `have`. */
  items: Record<string, DisplayItem>;
  /**
   * Glyphs that are not their character's default (cmap) glyph, per glyph-run key: the index of
   * the glyph in the run and the OpenType feature that selects it, so the screen draws that glyph.
   */
  alternates: Record<string, Array<[number, 'fwid' | 'pwid']>>;
  frames: FrameReport[];
  preflight: PreflightIssue[];
  /** Only when asked for (`lines: true`). */
  lines?: ComposedLine[];
  /** The faces the page's glyph runs are set in. */
  faces: string[];
  /** The page's photos by asset key (missing: not found). */
  photos: Record<string, PhotoView>;
  /** Time composing took in the main process, ms. */
  ms: number;
  /** Only when asked for (`resources: true`): what the window needs to compose the page itself. */
  resources?: ComposeResources;
}

/** Per face: the characters a window lacks, and whether it has the face's base part yet. */
export type ScreenFontRequest = Record<string, { text: string; base?: boolean }>;

/** A piece of a face for the screen: a subset font file and the characters it is for (CSS unicode-range). */
export interface ScreenFontPart {
  kind: 'base' | 'extra';
  url: string;
  unicodeRange: string;
}

/** Why the PDF writer refused a page: the code travels (`details.exportFailure`) and the window words it. */
export const EXPORT_FAILURE_CODES = ['unknown-face', 'bad-glyph', 'missing-glyph', 'missing-image', 'unsupported-image', 'rgb-image-refused', 'bad-geometry', 'write-failed'] as const;
export type ExportFailureCode = (typeof EXPORT_FAILURE_CODES)[number];

export interface PageExportResult {
  /** False when the user cancelled the save dialog. */
  written: boolean;
  path?: string;
  bytes?: number;
  preflight: PreflightIssue[];
  ms: number;
}

export const pageCommands = {
  'pages.list': command<PageSummaryView[]>()(z.object({ deleted: z.boolean().optional() })),
  'pages.get': command<PageView>()(z.object({ id })),
  /** A new, empty page from a template; 'conflict' when the slot (date + 版次) is taken. */
  'pages.create': command<PageView>()(z.object({ page: pageInfoSchema, template: templateSchema })),
  /** A copy of a page in another slot, with everything placed on it. */
  'pages.duplicate': command<PageView>()(
    z.object({ id, editionDate, pageNumber, name: z.string().max(200).optional() }),
  ),
  /** Saves the document when `version` is current; otherwise 'conflict' with the stored page in details.current. */
  'pages.save': command<PageView>()(z.object({ id, version, document: storedPageDocumentSchema })),
  'pages.delete': command<PageSummaryView>()(z.object({ id })),
  'pages.restore': command<PageSummaryView>()(z.object({ id })),
  /** The built-in sample page, put in the database with its stories and photos (or the one already there). */
  'pages.openSample': command<PageView>()(z.object({})),
  /**
   * Composes a page document as it stands on screen (saved or not). `drafts` are stories being
   * typed in the editor, newer than the store; `have` the item keys the caller already holds.
   */
  'pages.compose': command<PageComposition>()(
    z.object({
      document: storedPageDocumentSchema,
      drafts: z.record(idText, storyFieldsSchema).optional(),
      have: z.array(z.string().max(40)).max(50_000).optional(),
      lines: z.boolean().optional(),
      resources: z.boolean().optional(),
    }),
  ),
  /**
   * "Fit to frames" (缩字/扩字) for the story of a story frame, on the page as it stands: the
   * copyfit to set on the story's first frame and what it changes (shared/compose/copyfit.ts).
   * `tracking` is the limit either way, 1/1000 em (50 = 5 %); `subheadLines` and `paragraphLines`
   * the grid lines each subhead's space and each paragraph gap may lose or gain (default 1).
   */
  'pages.fitStory': command<CopyfitOutcome>()(
    z.object({
      document: storedPageDocumentSchema,
      drafts: z.record(idText, storyFieldsSchema).optional(),
      frameId: idText,
      tracking: z.number().int().min(0).max(100),
      subheadLines: z.number().int().min(0).max(2).optional(),
      paragraphLines: z.number().int().min(0).max(2).optional(),
    }),
  ),
  /**
   * The size story frame `frameId` (the last of its thread) needs for its story: the depth, and
   * fewer text columns or a span one either way where that leaves at most a line empty
   * (shared/compose/fit-story-frame.ts). The desk calls it on drop and for a 续排 frame.
   */
  'pages.fitStoryFrame': command<StoryFrameFit>()(
    z.object({ document: storedPageDocumentSchema, frameId: idText, drafts: z.record(idText, storyFieldsSchema).optional() }),
  ),
  /** The faces pages are set in unless a frame asks for another (宋体 and 黑体, regular and bold), so a window can load them before a page asks. */
  'pages.fonts': command<string[]>()(z.object({})),
  /**
   * The screen's fonts, cut from the files the PDF embeds (main/fonts/screen-fonts.ts): per face,
   * the base part when `base` is set, and a part with the characters of `text` the base lacks.
   * Empty where the shell serves no fonts.
   */
  'pages.screenFonts': command<Record<string, ScreenFontPart[]>>()(
    z.object({
      faces: z
        .record(faceId, z.object({ text: z.string().max(100_000), base: z.boolean().optional() }))
        .refine((faces) => Object.keys(faces).length <= 32, 'at most 32 faces at once'),
    }),
  ),
  /** Photos in the store, oldest first. */
  'pages.photos': command<PhotoView[]>()(z.object({})),
  /** JPEG, PNG or TIFF photos into the store (content-addressed: the same photo twice is stored once). */
  'pages.importPhotos': command<PhotoView[]>()(z.object({ files: z.array(fileUploadSchema).min(1).max(100) })),
  /**
   * The page as print-ready PDF, through the same exporter as `banmian compose`. The shell asks
   * where (the desktop app's save dialog); `written: false` when the user cancelled.
   */
  'pages.exportPdf': command<PageExportResult>()(
    z.object({
      document: storedPageDocumentSchema,
      drafts: z.record(idText, storyFieldsSchema).optional(),
      /** Write the page even where a character has no glyph in any font (refused otherwise, each character named). */
      force: z.boolean().optional(),
    }),
  ),
  /**
   * A photo converted for the press with the exporter's own conversion (stored as a new photo):
   * the page's `press`, or the default newsprint press.
   */
  'pages.convertPhoto': command<PhotoView>()(z.object({ sha256, press: pressProfileSchema.optional() })),
} as const;

export type PageCommands = typeof pageCommands;
