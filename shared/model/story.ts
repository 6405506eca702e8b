import { z } from 'zod';
import { STORY_STATUSES } from './story-statuses';
import { ID_MAX_CHARS, LINE_MAX_CHARS, NOTE_MAX_CHARS, STORY_MAX_BLOCKS, STORY_MAX_CHARS, text } from './bounds';

/**
 * A story as the desk keeps it. The body is the Slate value: a list of blocks whose
 * leaves are text runs. Slate's CustomTypes are augmented from these types in the renderer.
 */

export const textLeafSchema = z.object({
  text: text(STORY_MAX_CHARS),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** 着重号: emphasis dots under each character (clreq); printed as dots, copied without them. */
  emphasis: z.boolean().optional(),
});
export type TextLeaf = z.infer<typeof textLeafSchema>;

const leaves = z.array(textLeafSchema).min(1).max(STORY_MAX_BLOCKS);

export const paragraphSchema = z.object({ type: z.literal('paragraph'), children: leaves });
/** A subhead (小标题). A two-line subhead keeps its lines in one block separated by "\n". */
export const subheadSchema = z.object({ type: z.literal('subhead'), children: leaves });
export const pullQuoteSchema = z.object({ type: z.literal('pull-quote'), children: leaves });
/** A photo placed in the story: a void element carrying its caption and credit. */
export const photoBlockSchema = z.object({
  type: z.literal('photo'),
  assetId: text(ID_MAX_CHARS).nullable(),
  /** Caption as printed, e.g. "图① 建设温室大棚，增加集体收入。" */
  caption: text(NOTE_MAX_CHARS),
  /** Per-photo credit, e.g. "本报记者 杨珂 摄"; empty when a shared credit line covers it. */
  credit: text(LINE_MAX_CHARS),
  children: z.tuple([z.object({ text: z.literal('') })]),
});

export const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  subheadSchema,
  pullQuoteSchema,
  photoBlockSchema,
]);
export type Block = z.infer<typeof blockSchema>;
export type ParagraphBlock = z.infer<typeof paragraphSchema>;
export type SubheadBlock = z.infer<typeof subheadSchema>;
export type PhotoBlock = z.infer<typeof photoBlockSchema>;
export type BlockType = Block['type'];

/** The body, bounded as a whole: at most STORY_MAX_BLOCKS blocks and STORY_MAX_CHARS characters. */
export const storyBodySchema = z
  .array(blockSchema)
  .max(STORY_MAX_BLOCKS)
  .refine((body) => body.reduce((sum, block) => sum + blockText(block).length, 0) <= STORY_MAX_CHARS, `a story holds at most ${STORY_MAX_CHARS} characters`);
export type StoryBody = z.infer<typeof storyBodySchema>;

export const BYLINE_ROLES = ['reporter', 'correspondent', 'photographer', 'writer'] as const;
export const bylineSchema = z.object({
  role: z.enum(BYLINE_ROLES),
  /** The role as printed: 本报记者, 本报通讯员, … */
  label: text(LINE_MAX_CHARS),
  names: z.array(text(LINE_MAX_CHARS).min(1)).min(1).max(100),
});
export type Byline = z.infer<typeof bylineSchema>;

export { STORY_STATUSES } from './story-statuses';
export const storyStatusSchema = z.enum(STORY_STATUSES);
export type StoryStatus = z.infer<typeof storyStatusSchema>;

export const STORY_LANGUAGES = ['zh-Hans', 'zh-Hant'] as const;
export const storyLanguageSchema = z.enum(STORY_LANGUAGES);
export type StoryLanguage = z.infer<typeof storyLanguageSchema>;

/** What a writer or editor fills in; the store adds identity and bookkeeping. */
export const storyFieldsSchema = z.object({
  section: text(LINE_MAX_CHARS),
  status: storyStatusSchema,
  /** 引题 */
  kicker: text(LINE_MAX_CHARS),
  /** 主题 */
  headline: text(LINE_MAX_CHARS),
  /** 副题 */
  subtitle: text(LINE_MAX_CHARS),
  bylines: z.array(bylineSchema).max(100),
  body: storyBodySchema,
  /** Shared credit line of a photo group, e.g. "（本栏照片均由本报记者王梦梦摄）". */
  photoCredit: text(LINE_MAX_CHARS),
  /** Things the desk must look at, e.g. "provisional-headline". */
  flags: z.array(text(ID_MAX_CHARS)).max(100),
  /**
   * The story's written language: absent is Simplified Chinese; zh-Hant (Traditional Chinese)
   * is set in the Traditional Chinese faces with centred punctuation (docs/typesetting.md).
   */
  language: storyLanguageSchema.optional(),
});
export type StoryFields = z.infer<typeof storyFieldsSchema>;

export const storySchema = storyFieldsSchema.extend({
  id: z.string(),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Story = z.infer<typeof storySchema>;

/** The editable part of a story, in the schema's key order (so equal fields serialise equally). */
export function storyFieldsOf(story: StoryFields): StoryFields {
  return {
    section: story.section,
    status: story.status,
    kicker: story.kicker,
    headline: story.headline,
    subtitle: story.subtitle,
    bylines: story.bylines,
    body: story.body,
    photoCredit: story.photoCredit,
    flags: story.flags,
    // Only when not the default, so a story that never named one serialises as before.
    ...(story.language && story.language !== 'zh-Hans' ? { language: story.language } : {}),
  };
}

export function emptyStoryFields(): StoryFields {
  return {
    section: '',
    status: 'draft',
    kicker: '',
    headline: '',
    subtitle: '',
    bylines: [],
    body: [{ type: 'paragraph', children: [{ text: '' }] }],
    photoCredit: '',
    flags: [],
  };
}

/** Plain text of a block (subhead lines joined by "\n"; a photo gives its caption). */
export function blockText(block: Block): string {
  if (block.type === 'photo') return block.caption;
  return block.children.map((leaf) => leaf.text).join('');
}

/** Characters of body text, the way the desk counts length (no whitespace). */
export function storyLength(body: StoryBody): number {
  let count = 0;
  for (const block of body) {
    if (block.type === 'photo') continue;
    for (const ch of blockText(block)) if (!/\s/u.test(ch)) count += 1;
  }
  return count;
}
