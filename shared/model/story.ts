import { z } from 'zod';

/**
 * A story as the desk keeps it. The body is the Slate value: a list of blocks whose
 * leaves are text runs. Slate's CustomTypes are augmented from these types in the renderer.
 */

export const textLeafSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** 着重号: emphasis dots under each character (clreq); printed as dots, copied without them. */
  emphasis: z.boolean().optional(),
});
export type TextLeaf = z.infer<typeof textLeafSchema>;

const leaves = z.array(textLeafSchema).min(1);

export const paragraphSchema = z.object({ type: z.literal('paragraph'), children: leaves });
/** A subhead (小标题). A two-line subhead keeps its lines in one block separated by "\n". */
export const subheadSchema = z.object({ type: z.literal('subhead'), children: leaves });
export const pullQuoteSchema = z.object({ type: z.literal('pull-quote'), children: leaves });
/** A photo placed in the story: a void element carrying its caption and credit. */
export const photoBlockSchema = z.object({
  type: z.literal('photo'),
  assetId: z.string().nullable(),
  /** Caption as printed, e.g. "图① 建设温室大棚，增加集体收入。" */
  caption: z.string(),
  /** Per-photo credit, e.g. "本报记者 杨珂 摄"; empty when a shared credit line covers it. */
  credit: z.string(),
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

export const storyBodySchema = z.array(blockSchema);
export type StoryBody = z.infer<typeof storyBodySchema>;

export const BYLINE_ROLES = ['reporter', 'correspondent', 'photographer', 'writer'] as const;
export const bylineSchema = z.object({
  role: z.enum(BYLINE_ROLES),
  /** The role as printed: 本报记者, 本报通讯员, … */
  label: z.string(),
  names: z.array(z.string().min(1)).min(1),
});
export type Byline = z.infer<typeof bylineSchema>;

export const STORY_STATUSES = ['draft', 'editing', 'proofing', 'approved', 'placed'] as const;
export const storyStatusSchema = z.enum(STORY_STATUSES);
export type StoryStatus = z.infer<typeof storyStatusSchema>;

/** What a writer or editor fills in; the store adds identity and bookkeeping. */
export const storyFieldsSchema = z.object({
  section: z.string(),
  status: storyStatusSchema,
  /** 引题 */
  kicker: z.string(),
  /** 主题 */
  headline: z.string(),
  /** 副题 */
  subtitle: z.string(),
  bylines: z.array(bylineSchema),
  body: storyBodySchema,
  /** Shared credit line of a photo group, e.g. "（本栏照片均由本报记者王梦梦摄）". */
  photoCredit: z.string(),
  /** Things the desk must look at, e.g. "provisional-headline". */
  flags: z.array(z.string()),
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
