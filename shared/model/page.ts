import { z } from 'zod';
import { cmykSchema } from './color';
import { storyFieldsSchema } from './story';

/**
 * A page: a template (trim, margins, bleed, the character grid) and the frames placed on it.
 * Frame positions are in grid units — basic columns (基本栏) across, body lines down — with free
 * offsets in mm, the way a Chinese newspaper make-up editor thinks about a page.
 */

const mm = z.number().finite().min(0).max(2000);

export const gridSchema = z.object({
  /** Basic columns (基本栏) across the type area. */
  columns: z.number().int().min(1).max(20),
  /** Body characters per basic column. */
  charsPerColumn: z.number().int().min(4).max(60),
  /** Gutter between basic columns, in body characters. */
  gutterChars: z.number().min(0).max(4),
  /** Body type size in pt (小五 = 9). */
  bodySize: z.number().min(5).max(20),
  /** Baseline-to-baseline distance of body lines, pt. */
  baselinePitch: z.number().min(5).max(40),
});
export type Grid = z.infer<typeof gridSchema>;

export const templateSchema = z.object({
  name: z.string(),
  trim: z.object({ width: mm, height: mm }),
  margins: z.object({ top: mm, bottom: mm, left: mm, right: mm }),
  bleed: mm,
  grid: gridSchema,
});
export type PageTemplate = z.infer<typeof templateSchema>;

/** Where a frame sits: basic columns and body lines, plus free offsets and size changes in mm. */
export const gridAreaSchema = z.object({
  column: z.number().int().min(0),
  span: z.number().int().min(1),
  line: z.number().int().min(0),
  depth: z.number().int().min(1),
  dx: z.number().optional(),
  dy: z.number().optional(),
  dw: z.number().optional(),
  dh: z.number().optional(),
});
export type GridArea = z.infer<typeof gridAreaSchema>;

const frameBase = {
  id: z.string().min(1),
  area: gridAreaSchema,
};

export const headlineLayoutSchema = z.object({
  /** Headline size in pt. */
  size: z.number().min(6).max(200),
  face: z.string(),
  align: z.enum(['left', 'center', 'justify-all']),
  /** Kicker (引题) and subtitle (副题) size, pt. */
  deckSize: z.number().min(5).max(80),
});
export type HeadlineLayout = z.infer<typeof headlineLayoutSchema>;

export const storyFrameSchema = z.object({
  ...frameBase,
  kind: z.literal('story'),
  /** Key into the page's stories (inline) or a database story id. */
  storyId: z.string().min(1),
  /** Text columns inside the frame; fewer than the area's span is 破栏 (e.g. 2 over 3). */
  bodyColumns: z.number().int().min(1).max(20),
  /** The headline block at the top of this frame; absent on a continuation frame. */
  headline: headlineLayoutSchema.optional(),
  /** The frame the body continues in (续排). */
  next: z.string().optional(),
});

export const photoSchema = z.object({
  assetId: z.string().min(1),
  fit: z.enum(['fill', 'fit', 'crop']),
  /** For "crop": the visible part of the image as fractions 0..1 of its width and height. */
  crop: z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() }).optional(),
  caption: z.string(),
  credit: z.string(),
});

export const photoFrameSchema = z.object({ ...frameBase, kind: z.literal('photo'), ...photoSchema.shape });

/** Photos sharing one credit line (本栏照片均由…摄). Each photo gets a cell of the area. */
export const photoGroupFrameSchema = z.object({
  ...frameBase,
  kind: z.literal('photo-group'),
  photos: z.array(z.object({ area: gridAreaSchema, photo: photoSchema })).min(1),
  credit: z.string(),
});

export const bannerFrameSchema = z.object({
  ...frameBase,
  kind: z.literal('banner'),
  text: z.string().min(1),
  style: z.enum(['tint', 'reverse']),
  color: cmykSchema,
});

export const ruleFrameSchema = z.object({
  ...frameBase,
  kind: z.literal('rule'),
  orientation: z.enum(['horizontal', 'vertical']),
  weight: z.number().min(0.1).max(10),
  color: cmykSchema,
});

export const textFrameSchema = z.object({
  ...frameBase,
  kind: z.literal('text'),
  text: z.string(),
  size: z.number().min(4).max(200),
  face: z.string(),
  align: z.enum(['left', 'center', 'right', 'justify', 'justify-all']),
});

export const frameSchema = z.discriminatedUnion('kind', [
  storyFrameSchema,
  photoFrameSchema,
  photoGroupFrameSchema,
  bannerFrameSchema,
  ruleFrameSchema,
  textFrameSchema,
]);
export type Frame = z.infer<typeof frameSchema>;
export type StoryFrame = z.infer<typeof storyFrameSchema>;
export type PhotoFrame = z.infer<typeof photoFrameSchema>;
export type PhotoGroupFrame = z.infer<typeof photoGroupFrameSchema>;
export type BannerFrame = z.infer<typeof bannerFrameSchema>;
export type RuleFrame = z.infer<typeof ruleFrameSchema>;
export type TextFrame = z.infer<typeof textFrameSchema>;
export type Photo = z.infer<typeof photoSchema>;

export const assetRefSchema = z.object({
  /** A file path relative to the page file, or an absolute one. */
  file: z.string().optional(),
  /** A photo in the database's content-addressed store. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** Pixel size and resolution as recorded at import, when known. */
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});

export const PAGE_FORMAT = 'banmian-page';
export const PAGE_FORMAT_VERSION = 1;

export const pageDocumentSchema = z.object({
  format: z.literal(PAGE_FORMAT),
  version: z.literal(PAGE_FORMAT_VERSION),
  page: z.object({
    name: z.string(),
    /** Edition date, YYYY-MM-DD. */
    edition: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
    /** 版次 */
    number: z.number().int().min(1),
    section: z.string(),
  }),
  template: templateSchema,
  /** Stories inline, keyed by the ids story frames use; frames may also name database stories. */
  stories: z.record(z.string(), storyFieldsSchema),
  assets: z.record(z.string(), assetRefSchema),
  frames: z.array(frameSchema),
});
export type PageDocument = z.infer<typeof pageDocumentSchema>;
