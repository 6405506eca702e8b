import { z } from 'zod';
import { cmykSchema } from './color';
import { HAO_SIZES, type HaoName } from './units';
import { storyFieldsSchema } from './story';

/**
 * A page: a template (trim, margins, bleed, the character grid) and the frames placed on it.
 * Frame positions are in grid units — basic columns (基本栏) across, body lines down — with free
 * offsets in mm, the way a Chinese newspaper make-up editor thinks about a page.
 * The descriptions below end up in docs/page-format.schema.json (z.toJSONSchema).
 */

const mm = z.number().finite().min(0).max(2000);
/**
 * A type size: points, or a Chinese size name (字号: 初号 … 八号, 小五 = 9 pt; units.ts), which the
 * page file may use anywhere a size is asked for; it is read as its points.
 */
function typeSize(min: number, max: number, what: string) {
  const names = Object.keys(HAO_SIZES) as [HaoName, ...HaoName[]];
  return z
    .union([z.number().min(min).max(max), z.enum(names)], { error: `expected a size in pt (${min}–${max}) or a 字号 name such as 小五` })
    .transform((size) => (typeof size === 'number' ? size : HAO_SIZES[size]))
    .pipe(z.number().min(min).max(max))
    .describe(`${what}: pt, or a 字号 name (初号 42, 小初 36, 一号 26, 小一 24, 二号 22, 小二 18, 三号 16, 小三 15, 四号 14, 小四 12, 五号 10.5, 小五 9, 六号 7.5, 小六 6.5, 七号 5.5, 八号 5).`);
}

const FACE = 'Font face id: family and weight, e.g. "noto-serif-sc-400" (宋体) or "noto-sans-sc-700" (黑体).';

export const gridSchema = z.strictObject({
  columns: z.number().int().min(1).max(20).describe('Basic columns (基本栏) across the type area.'),
  charsPerColumn: z.number().int().min(4).max(60).describe('Body characters per basic column.'),
  gutterChars: z.number().min(0).max(4).describe('Gutter between basic columns, in body characters.'),
  bodySize: typeSize(5, 20, 'Body type size (小五 = 9 pt)'),
  baselinePitch: z.number().min(5).max(40).describe('Baseline-to-baseline distance of body lines, pt: one grid line.'),
});
export type Grid = z.infer<typeof gridSchema>;

export const templateSchema = z.strictObject({
  name: z.string(),
  trim: z.strictObject({ width: mm, height: mm }).describe('Trim size, mm.'),
  margins: z
    .strictObject({ top: mm, bottom: mm, left: mm, right: mm })
    .describe('Margins, mm. The type area starts at (left, top); its width is the grid’s, its height what the margins leave.'),
  bleed: mm.describe('Bleed on every side, mm (3 for newsprint).'),
  grid: gridSchema,
});
export type PageTemplate = z.infer<typeof templateSchema>;

/** Where a frame sits: basic columns and body lines, plus free offsets and size changes in mm. */
export const gridAreaSchema = z
  .strictObject({
    column: z.number().int().min(0).describe('First basic column, 0-based.'),
    span: z.number().int().min(1).describe('Basic columns the frame spans (gutters between them included).'),
    line: z.number().int().min(0).describe('First grid line (body line) from the top of the type area, 0-based.'),
    depth: z.number().int().min(1).describe('Grid lines the frame is deep.'),
    dx: z.number().optional().describe('Free offset to the right, mm.'),
    dy: z.number().optional().describe('Free offset down, mm (text inside still snaps to the baseline grid).'),
    dw: z.number().optional().describe('Extra width, mm.'),
    dh: z.number().optional().describe('Extra depth, mm.'),
  })
  .describe('A rectangle in grid units: basic columns across, grid lines down.');
export type GridArea = z.infer<typeof gridAreaSchema>;

const frameBase = {
  id: z.string().min(1).describe('Unique within the page; ids starting with "#" are reserved.'),
  area: gridAreaSchema,
};

const headlineAlignSchema = z.enum(['left', 'center', 'justify-all']);

export const headlineLayoutSchema = z
  .strictObject({
    size: typeSize(6, 200, '主题 (headline) size'),
    face: z.string().describe(`主题 face. ${FACE}`),
    align: headlineAlignSchema.describe('left, center, or justify-all (均排: spread across the frame).'),
    deckSize: typeSize(5, 80, '引题 (kicker) and 副题 (subtitle) size'),
    deckFace: z.string().optional().describe(`引题/副题 face; default "noto-serif-sc-700". ${FACE}`),
    depth: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Grid lines the headline block takes (at least what it needs); use it to line up body text with a neighbour.'),
  })
  .describe('The headline block (引题/主题/副题) set across the whole frame at its top.');
export type HeadlineLayout = z.infer<typeof headlineLayoutSchema>;

/** 分栏线: rules the composer draws between a story's text columns, as deep as the text beside them. */
export const columnRulesSchema = z
  .strictObject({
    weight: z.number().min(0.1).max(5).describe('Line width, pt (a 细线 is 0.5).'),
    style: z.enum(['solid', 'dashed', 'dotted']).optional().describe('solid (the default), dashed or dotted.'),
    color: cmykSchema.optional().describe('CMYK 0..1; default 100 % K (which overprints).'),
  })
  .describe('分栏线: a rule down the middle of each gutter between two text columns that both hold text, from the top of the body text to the foot of the deeper column.');
export type ColumnRules = z.infer<typeof columnRulesSchema>;

export const storyFrameSchema = z.strictObject({
  ...frameBase,
  kind: z.literal('story'),
  storyId: z.string().min(1).describe('Key into the page’s stories (inline) or a database story id.'),
  bodyColumns: z
    .number()
    .int()
    .min(1)
    .max(20)
    .describe('Text columns inside the frame; fewer than the span is 破栏 (e.g. 2 over 3: each column 20 characters wide).'),
  headline: headlineLayoutSchema.optional().describe('Only on the first frame of a story; absent on a continuation frame.'),
  next: z.string().optional().describe('Id of the frame the body continues in (续排).'),
  columnRules: columnRulesSchema.optional(),
});

export const photoSchema = z.strictObject({
  assetId: z.string().min(1).describe('Key into the page’s assets.'),
  fit: z
    .enum(['fill', 'fit', 'crop'])
    .describe('fill: cover the frame, centred, cutting the overflow; fit: whole image inside the frame; crop: show the `crop` part.'),
  crop: z
    .strictObject({
      x: z.number().min(0).max(1),
      y: z.number().min(0).max(1),
      width: z.number().positive().max(1),
      height: z.number().positive().max(1),
    })
    .optional()
    .describe('For "crop": the visible part of the image as fractions 0..1 of its width and height.'),
  caption: z.string().describe('Caption (图片说明), set under the image; empty for none.'),
  credit: z.string().describe('Credit (e.g. 本报记者 杨珂 摄), right-aligned after the caption; empty for none.'),
});

export const photoFrameSchema = z.strictObject({ ...frameBase, kind: z.literal('photo'), ...photoSchema.shape });

/** Photos sharing one credit line (本栏照片均由…摄). Each photo gets a cell of the area. */
export const photoGroupFrameSchema = z.strictObject({
  ...frameBase,
  kind: z.literal('photo-group'),
  photos: z
    .array(
      z.strictObject({
        area: gridAreaSchema.describe('The cell, relative to the group’s area (column and line 0 = its top-left corner).'),
        photo: photoSchema,
      }),
    )
    .min(1),
  credit: z.string().describe('The one shared credit line, set right-aligned at the foot of the group.'),
});

export const bannerFrameSchema = z.strictObject({
  ...frameBase,
  kind: z.literal('banner'),
  text: z.string().min(1).describe('The column name (栏目头), e.g. 视觉新闻.'),
  style: z.enum(['tint', 'reverse']).describe('tint: black text on a light tint; reverse: white text on a dark colour.'),
  color: cmykSchema.describe('The box colour, CMYK 0..1.'),
  align: z.enum(['center', 'justify-all']).optional().describe('justify-all (均排, the default) or center.'),
  size: typeSize(6, 72, 'Text size (default 16 pt)').optional(),
});

export const ruleFrameSchema = z.strictObject({
  ...frameBase,
  kind: z.literal('rule'),
  orientation: z
    .enum(['horizontal', 'vertical'])
    .describe('horizontal: across the area at its vertical middle; vertical: down the middle of the gutter left of the area’s column.'),
  weight: z.number().min(0.1).max(10).describe('Line width, pt.'),
  color: cmykSchema,
});

export const textFrameSchema = z.strictObject({
  ...frameBase,
  kind: z.literal('text'),
  text: z.string().describe('Free text; "\\n" starts a new paragraph.'),
  size: typeSize(4, 200, 'Text size'),
  face: z.string().describe(FACE),
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

export const assetRefSchema = z
  .strictObject({
    file: z.string().min(1).optional().describe('A file path: absolute, or relative to the folder of the page file.'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional()
      .describe('A photo in the database’s content-addressed store (pages saved in a database).'),
    width: z.number().int().positive().optional().describe('Pixel width as recorded at import (informative; the file decides).'),
    height: z.number().int().positive().optional().describe('Pixel height as recorded at import (informative).'),
  })
  .describe('Where a photo comes from: `file` or `sha256` (one is required).');

export const PAGE_FORMAT = 'banmian-page';
export const PAGE_FORMAT_VERSION = 1;

export const pageInfoSchema = z.strictObject({
  name: z.string().describe('What the desk calls the page, e.g. 基层党建; printed in the page header.'),
  edition: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').describe('Edition date, YYYY-MM-DD.'),
  number: z.number().int().min(1).describe('版次: the page number in the edition (第N版).'),
  section: z.string().describe('The section (版面栏目), e.g. 党建; printed in the page header.'),
  paper: z.string().optional().describe('The newspaper’s name, printed in the page header when given.'),
  header: z.boolean().optional().describe('Print the page header strip (报眉) above the type area; default true.'),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

export const pageDocumentSchema = z
  .strictObject({
    format: z.literal(PAGE_FORMAT),
    version: z.literal(PAGE_FORMAT_VERSION),
    page: pageInfoSchema,
    template: templateSchema,
    stories: z
      .record(z.string(), storyFieldsSchema)
      .describe('Stories inline, keyed by the ids story frames use; frames may also name database stories.'),
    assets: z.record(z.string(), assetRefSchema).describe('Photos, keyed by the ids photo frames use.'),
    frames: z.array(frameSchema).describe('Everything placed on the page, drawn in this order.'),
  })
  .describe('A Banmian page file (docs/page-format.md).');
export type PageDocument = z.infer<typeof pageDocumentSchema>;
