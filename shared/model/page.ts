import { z } from 'zod';
import { cmykSchema } from './color';
import { pressProfileSchema } from './press';
import { HAO_SIZES, type HaoName } from './units';
import { STORY_MAX_BLOCKS, GROUP_MAX_PHOTOS, GRID_MAX_COLUMNS, GRID_MAX_LINES, LINE_MAX_CHARS, MM_MAX, NOTE_MAX_CHARS, PAGE_MAX_FRAMES, editionDateSchema, idRecord, idText, text } from './bounds';
import { storyFieldsSchema } from './story';

/**
 * A page: a template (trim, margins, bleed, the character grid) and the frames placed on it.
 * Frame positions are in grid units — basic columns (基本栏) across, body lines down — with free
 * offsets in mm, the way a Chinese newspaper make-up editor thinks about a page.
 * The descriptions below end up in docs/page-format.schema.json (z.toJSONSchema).
 */

const mm = z.number().min(0).max(MM_MAX);
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

/** A free offset or size change, mm: either way, at most the largest page. */
const offsetMm = z.number().min(-MM_MAX).max(MM_MAX);
const faceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected a face id such as noto-serif-sc-400');
const FACE = 'Font face id: family and weight, e.g. "noto-serif-sc-400" (宋体), "noto-sans-sc-700" (黑体), "lxgw-wenkai-400" (楷体), "noto-serif-tc-400" (Traditional Chinese 宋体).';

export const gridSchema = z.strictObject({
  columns: z.number().int().min(1).max(GRID_MAX_COLUMNS).describe('Basic columns (基本栏) across the type area.'),
  charsPerColumn: z.number().int().min(4).max(60).describe('Body characters per basic column.'),
  gutterChars: z.number().min(0).max(4).describe('Gutter between basic columns, in body characters.'),
  bodySize: typeSize(5, 20, 'Body type size (小五 = 9 pt)'),
  baselinePitch: z.number().min(5).max(40).describe('Baseline-to-baseline distance of body lines, pt: one grid line.'),
});
export type Grid = z.infer<typeof gridSchema>;

export const templateSchema = z.strictObject({
  name: text(LINE_MAX_CHARS),
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
    column: z.number().int().min(0).max(GRID_MAX_COLUMNS - 1).describe('First basic column, 0-based.'),
    span: z.number().int().min(1).max(GRID_MAX_COLUMNS).describe('Basic columns the frame spans (gutters between them included).'),
    line: z.number().int().min(0).max(GRID_MAX_LINES - 1).describe('First grid line (body line) from the top of the type area, 0-based.'),
    depth: z.number().int().min(1).max(GRID_MAX_LINES).describe('Grid lines the frame is deep.'),
    dx: offsetMm.optional().describe('Free offset to the right, mm.'),
    dy: offsetMm.optional().describe('Free offset down, mm (text inside still snaps to the baseline grid).'),
    dw: offsetMm.optional().describe('Extra width, mm.'),
    dh: offsetMm.optional().describe('Extra depth, mm.'),
  })
  .describe('A rectangle in grid units: basic columns across, grid lines down.');
export type GridArea = z.infer<typeof gridAreaSchema>;

const frameBase = {
  id: idText.describe('Unique within the page; ids starting with "#" are reserved.'),
  area: gridAreaSchema,
};

const headlineAlignSchema = z.enum(['left', 'center', 'justify-all']);

export const headlineLayoutSchema = z
  .strictObject({
    size: typeSize(6, 200, '主题 (headline) size'),
    face: faceId.describe(`主题 face. ${FACE}`),
    align: headlineAlignSchema.describe('left, center, or justify-all (均排: spread across the frame).'),
    deckSize: typeSize(5, 80, '引题 (kicker) and 副题 (subtitle) size'),
    deckFace: faceId.optional().describe(`引题/副题 face; default "noto-serif-sc-700". ${FACE}`),
    scale: z
      .number()
      .min(50)
      .max(200)
      .optional()
      .describe('长/扁: horizontal scale of the block’s glyphs, % (default 100): below 100 is 长体 (narrower), above 扁体 (wider); lines are broken for the scaled width.'),
    depth: z
      .number()
      .int()
      .min(1)
      .max(GRID_MAX_LINES)
      .optional()
      .describe('Grid lines the headline block takes (at least what it needs); use it to line up body text with a neighbour.'),
    vertical: z
      .boolean()
      .optional()
      .describe('竖排: set 引题, 主题 and 副题 in vertical columns at the right edge of the frame, as deep as the frame; the body flows to their left (depth is then not used).'),
    overPhoto: z
      .boolean()
      .optional()
      .describe('The headline is meant to print over a photo (an intended overprint, e.g. knocked out of it): no collision is reported and the story’s photos are not pushed below the block. Default false.'),
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

/** 缩字/扩字: what "fit to frames" set on a story (shared/compose/copyfit.ts), on its first frame. */
export const storyCopyfitSchema = z
  .strictObject({
    tracking: z.number().int().min(-100).max(100).describe('1/1000 em added after every body character: below 0 缩字, above 0 扩字.'),
    subheadSpace: z.literal(0).optional().describe('0: every subhead loses its blank grid line above (older page files; “fit to frames” now sets subheadLines).'),
    subheadLines: z
      .number()
      .int()
      .min(-200)
      .max(200)
      .optional()
      .describe('小标题占行: grid lines taken from (below 0) or added to (above 0) the space above the story’s subheads, spread evenly over them (at most one per subhead for each time the count of subheads is reached).'),
    paragraphLines: z
      .number()
      .int()
      .min(-1000)
      .max(1000)
      .optional()
      .describe('段间距: blank grid lines taken from the space after paragraphs that have some (below 0), or added between body paragraphs (above 0), spread evenly through the story.'),
  })
  .describe('Copyfit applied to the story’s body (the “fit to frames” command sets it; undo takes it back).');
export type StoryCopyfit = z.infer<typeof storyCopyfitSchema>;

export const storyFrameSchema = z.strictObject({
  ...frameBase,
  kind: z.literal('story'),
  storyId: idText.describe('Key into the page’s stories (inline) or a database story id.'),
  bodyColumns: z
    .number()
    .int()
    .min(1)
    .max(GRID_MAX_COLUMNS)
    .describe('Text columns inside the frame; fewer than the span is 破栏 (e.g. 2 over 3: each column 20 characters wide).'),
  headline: headlineLayoutSchema.optional().describe('Only on the first frame of a story; absent on a continuation frame.'),
  next: idText.optional().describe('Id of the frame the body continues in (续排).'),
  columnRules: columnRulesSchema.optional(),
  widowsOrphans: z
    .boolean()
    .optional()
    .describe('Widow and orphan control (default true): no paragraph leaves a single line at a column’s foot or carries a single line to the next column’s head; the foot stays empty instead. Read on the first frame of a story.'),
  copyfit: storyCopyfitSchema.optional(),
  balance: z
    .boolean()
    .optional()
    .describe('均衡分栏: the text of the story’s last frame is shared evenly across its columns, instead of filling them one after the other. Default false.'),
});

export const photoSchema = z.strictObject({
  assetId: idText.describe('Key into the page’s assets.'),
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
  caption: text(NOTE_MAX_CHARS).describe('Caption (图片说明), set under the image; empty for none. With `source`, the story’s caption is printed instead unless `captionOverride`.'),
  credit: text(LINE_MAX_CHARS).describe('Credit (e.g. 本报记者 杨珂 摄), right-aligned after the caption; empty for none. With `source`, as `caption`.'),
  source: z
    .strictObject({
      storyId: idText.describe('The story (inline key or database id).'),
      photo: z.number().int().min(0).max(STORY_MAX_BLOCKS - 1).describe('Which of the story’s photo blocks, 0-based in body order.'),
    })
    .optional()
    .describe('The story photo block this photo illustrates: its caption and credit are printed, and follow the story when it changes.'),
  captionOverride: z
    .boolean()
    .optional()
    .describe('true: `caption` and `credit` are the page’s own text, printed instead of the story’s (an override the desk can reset).'),
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
    .min(1)
    .max(GROUP_MAX_PHOTOS),
  credit: text(LINE_MAX_CHARS).describe('The one shared credit line, set right-aligned at the foot of the group.'),
  creditFrom: idText.optional().describe('A story whose shared photo credit (photoCredit) is printed as the credit line, following the story.'),
  creditOverride: z.boolean().optional().describe('true: `credit` is the page’s own, printed instead of the story’s.'),
});

export const bannerFrameSchema = z.strictObject({
  ...frameBase,
  kind: z.literal('banner'),
  text: text(LINE_MAX_CHARS).min(1).describe('The column name (栏目头), e.g. 视觉新闻.'),
  style: z.enum(['tint', 'reverse']).describe('tint: black text on a light tint; reverse: white text on a dark colour.'),
  color: cmykSchema.describe('The box colour, CMYK 0..1.'),
  align: z.enum(['center', 'justify-all']).optional().describe('justify-all (均排, the default) or center.'),
  size: typeSize(6, 72, 'Text size (default 16 pt)').optional(),
  vertical: z.boolean().optional().describe('竖排: the name set down a tall box, one vertical column centred across it.'),
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
  text: text(NOTE_MAX_CHARS).describe('Free text; "\\n" starts a new paragraph.'),
  size: typeSize(4, 200, 'Text size'),
  face: faceId.describe(FACE),
  align: z.enum(['left', 'center', 'right', 'justify', 'justify-all']),
  vertical: z
    .boolean()
    .optional()
    .describe('竖排: columns top to bottom, right to left from the frame’s right edge, as deep as the frame; align works down each column.'),
  emphasis: z
    .array(z.tuple([z.number().int().min(0).max(NOTE_MAX_CHARS), z.number().int().min(0).max(NOTE_MAX_CHARS)]))
    .max(1000)
    .optional()
    .describe('着重号: [start, end) ranges of `text` (UTF-16 offsets) set with emphasis dots — under each Chinese character in horizontal text, right of it in vertical text; punctuation and Western text get none.'),
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

const assetSize = {
  width: z.number().int().positive().max(1_000_000).optional().describe('Pixel width as recorded at import (informative; the file decides).'),
  height: z.number().int().positive().max(1_000_000).optional().describe('Pixel height as recorded at import (informative).'),
};
const storedPhotoHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'expected the SHA-256 of a photo in the photo store')
  .describe('A photo in the database’s content-addressed store (pages saved in a database).');

export const assetRefSchema = z
  .strictObject({
    file: z.string().min(1).max(4096).optional().describe('A file path: absolute, or relative to the folder of the page file.'),
    sha256: storedPhotoHash.optional(),
    ...assetSize,
  })
  .describe('Where a photo comes from: `file` or `sha256` (one is required).');

export const PAGE_FORMAT = 'banmian-page';
export const PAGE_FORMAT_VERSION = 1;

export const pageInfoSchema = z.strictObject({
  name: text(LINE_MAX_CHARS).describe('What the desk calls the page, e.g. 基层党建; printed in the page header.'),
  edition: editionDateSchema.describe('Edition date, YYYY-MM-DD.'),
  number: z.number().int().min(1).max(999).describe('版次: the page number in the edition (第N版).'),
  section: text(LINE_MAX_CHARS).describe('The section (版面栏目), e.g. 党建; printed in the page header.'),
  paper: text(LINE_MAX_CHARS).optional().describe('The newspaper’s name, printed in the page header when given.'),
  header: z.boolean().optional().describe('Print the page header strip (报眉) above the type area; default true.'),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

/** The page style: what the page sets its stories in beyond the frames' own faces. */
export const pageTypographySchema = z
  .strictObject({
    punctuation: z
      .enum(['mainland', 'centred'])
      .optional()
      .describe('mainland: 。，、；：！？ bottom-left in the em box (GB/T 15834); centred: centred, the Taiwan/Hong Kong style (clreq). Default: centred for zh-Hant stories, mainland for the others.'),
    bylineFace: faceId.optional().describe(`Face of the stories’ bylines (署名), e.g. "lxgw-wenkai-400" (楷体); default "noto-sans-sc-400". ${FACE}`),
    captionFace: faceId.optional().describe(`Face of the photo captions and credits (图片说明); default "noto-sans-sc-400". ${FACE}`),
    quoteFace: faceId.optional().describe(`Face of the stories’ pull quotes; default "noto-sans-sc-700". ${FACE}`),
  })
  .describe('The page style: punctuation style and the faces of bylines, captions and quotes.');
export type PageTypography = z.infer<typeof pageTypographySchema>;

export const pageDocumentSchema = z
  .strictObject({
    format: z.literal(PAGE_FORMAT),
    version: z.literal(PAGE_FORMAT_VERSION),
    page: pageInfoSchema,
    template: templateSchema,
    stories: idRecord(storyFieldsSchema, PAGE_MAX_FRAMES)
      .describe('Stories inline, keyed by the ids story frames use; frames may also name database stories.'),
    assets: idRecord(assetRefSchema, PAGE_MAX_FRAMES).describe('Photos, keyed by the ids photo frames use.'),
    frames: z.array(frameSchema).max(PAGE_MAX_FRAMES).describe('Everything placed on the page, drawn in this order.'),
    press: pressProfileSchema.optional(),
    typography: pageTypographySchema.optional(),
  })
  .describe('A Banmian page file (docs/page-format.md).');
export type PageDocument = z.infer<typeof pageDocumentSchema>;

/**
 * A page kept in the database or sent by the window: the page format with photos named only by
 * the photo store's SHA-256, never by a path, so nothing the window sends makes the main process
 * read a file it names.
 */
export const storedPageDocumentSchema = pageDocumentSchema.superRefine((doc, ctx) => {
  for (const [key, ref] of Object.entries(doc.assets)) {
    if (ref.file !== undefined) ctx.addIssue({ code: 'custom', path: ['assets', key, 'file'], message: 'a page in the database or from the window names photos in the photo store (sha256), not files' });
    else if (ref.sha256 === undefined) ctx.addIssue({ code: 'custom', path: ['assets', key, 'sha256'], message: 'the SHA-256 of a photo in the photo store is required' });
  }
  // The printer's profile is a file too: only a page file the user named may give one.
  if (doc.press?.iccProfile !== undefined) ctx.addIssue({ code: 'custom', path: ['press', 'iccProfile'], message: 'a page in the database or from the window cannot name an ICC profile file' });
});
