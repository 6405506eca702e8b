import { z } from 'zod';
import type { Cmyk } from './color';
import { storyStatusSchema } from './story';

/**
 * Proofreading: comments, suggested changes and the proof marks of GB/T 14706-93 《校对符号及其用法》
 * on a story's body, kept apart from the body as anchored ranges, with who made them, in which
 * proof round (一校, 二校, 三校), and what became of them. See docs/proofreading.md.
 */

/**
 * The kinds. `replace`/`delete`/`insert` are both the suggestions of track changes and the
 * standard's 改正/删除/增补; the others are the standard's marks that a Banmian story can
 * carry, plus the desk's 批注 (comment) and 疑问 (query).
 */
export const ANNOTATION_KINDS = [
  'comment',
  'query',
  'replace',
  'delete',
  'insert',
  'transpose',
  'move',
  'join',
  'split',
  'stet',
  'space',
  'close-up',
  'align',
  'shift',
] as const;
export const annotationKindSchema = z.enum(ANNOTATION_KINDS);
export type AnnotationKind = z.infer<typeof annotationKindSchema>;

export const ANNOTATION_STATUSES = ['open', 'resolved', 'accepted', 'rejected'] as const;
export const annotationStatusSchema = z.enum(ANNOTATION_STATUSES);
export type AnnotationStatus = z.infer<typeof annotationStatusSchema>;

export interface AnnotationKindInfo {
  /** The standard's name (or the desk's, for 批注 and 疑问). */
  zh: string;
  /** Sign number in GB/T 14706-93, where the kind is one of its signs. */
  gb?: number;
  /** A range of text, or a point between two characters (insertions, paragraph breaks). */
  shape: 'range' | 'point';
  /** The text the mark carries: none, required (the correction), or optional with a default. */
  text: 'none' | 'required' | 'default';
  defaultText?: string;
  /** `accept`: decided by accepting or rejecting; `resolve`: a note, resolved when dealt with. */
  decision: 'accept' | 'resolve';
  /** Accepting changes the story text (the others record that the page maker did it). */
  changesText: boolean;
  /** What it asks for and what accepting it does. */
  meaning: string;
}

export const ANNOTATION_KIND_INFO: Record<AnnotationKind, AnnotationKindInfo> = {
  comment: { zh: '批注', gb: 22, shape: 'range', text: 'none', decision: 'resolve', changesText: false, meaning: '说明：对所标文字的意见，不改动文字；处理后标为已解决。' },
  query: { zh: '疑问', shape: 'range', text: 'none', decision: 'resolve', changesText: false, meaning: '请作者或编辑核实所标文字；核实后标为已解决。' },
  replace: { zh: '改正', gb: 1, shape: 'range', text: 'required', decision: 'accept', changesText: true, meaning: '把所圈文字改为所写文字。接受：替换。' },
  delete: { zh: '删除', gb: 2, shape: 'range', text: 'none', decision: 'accept', changesText: true, meaning: '删去所圈文字。接受：删除。' },
  insert: { zh: '增补', gb: 3, shape: 'point', text: 'required', decision: 'accept', changesText: true, meaning: '在此处补入所写文字。接受：插入。' },
  transpose: { zh: '对调', gb: 7, shape: 'range', text: 'required', decision: 'accept', changesText: true, meaning: '调换相邻字词的位置。接受：所标文字换成调换后的顺序。' },
  move: { zh: '转移', gb: 10, shape: 'range', text: 'none', decision: 'accept', changesText: true, meaning: '把所圈文字移到引线所指处。接受：从原处删去，插入到目标处。' },
  join: { zh: '接排', gb: 8, shape: 'point', text: 'none', decision: 'accept', changesText: true, meaning: '此处不应分段，下段接排在本段后。接受：两段合并。' },
  split: { zh: '另起段', gb: 9, shape: 'point', text: 'none', decision: 'accept', changesText: true, meaning: '从此处另起一段。接受：在此处分段。' },
  stet: { zh: '保留', gb: 20, shape: 'range', text: 'none', decision: 'accept', changesText: false, meaning: '所标文字不改，恢复被误删误改处。接受：拒绝与之重叠的删除、改正、对调和转移。' },
  space: { zh: '加空', gb: 18, shape: 'point', text: 'default', defaultText: '\u3000', decision: 'accept', changesText: true, meaning: '在此处空一字距（或所写的空距）。接受：插入空格。' },
  'close-up': { zh: '减空', gb: 17, shape: 'range', text: 'none', decision: 'accept', changesText: true, meaning: '去掉所标字间的空距。接受：删去其中的空白字符。' },
  align: { zh: '排齐', gb: 13, shape: 'range', text: 'none', decision: 'accept', changesText: false, meaning: '所标文字应排齐（版面处理）。接受：记为已在版面上处理，文字不变。' },
  shift: { zh: '移位', gb: 11, shape: 'range', text: 'none', decision: 'accept', changesText: false, meaning: '所标文字按说明上下或左右移（版面处理）。接受：记为已处理，文字不变。' },
};

/** Kinds a story's text may carry in the order a proofreader's menu lists them. */
export const MARK_MENU: readonly AnnotationKind[] = ['replace', 'delete', 'insert', 'transpose', 'move', 'join', 'split', 'stet', 'space', 'close-up', 'align', 'shift', 'comment', 'query'];

/** The three kinds of track changes (suggest mode makes these). */
export const SUGGESTION_KINDS: readonly AnnotationKind[] = ['replace', 'delete', 'insert'];

/** Characters of context kept on each side of an anchor, to find it again after edits elsewhere. */
export const ANCHOR_CONTEXT = 12;

const offset = z.number().int().min(0);

/**
 * Where a mark stands in the story body: the block's path (top-level blocks only: `[index]`),
 * the offset in the block's plain text (UTF-16 units, as Slate counts; a subhead's lines are
 * joined by "\n"), the text it covers and a little context on each side. `version` is the
 * story version the anchor was last checked against; `orphaned` says the text is gone.
 */
export const annotationAnchorSchema = z.object({
  path: z.array(offset).length(1, 'an anchor names one top-level block: [index]'),
  offset,
  quote: z.string().max(20_000),
  before: z.string().max(200).default(''),
  after: z.string().max(200).default(''),
  version: z.number().int().min(0).default(0),
  orphaned: z.boolean().default(false),
});
export type AnnotationAnchor = z.output<typeof annotationAnchorSchema>;
export type AnnotationAnchorInput = z.input<typeof annotationAnchorSchema>;

export interface Annotation {
  id: string;
  storyId: string;
  anchor: AnnotationAnchor;
  kind: AnnotationKind;
  /** The correction: replacement, insertion or reordered text ('' when the kind carries none). */
  text: string;
  /** 转移: where the text goes (a point: quote ''). */
  target: AnnotationAnchor | null;
  /** The note written with the mark. */
  body: string;
  author: string;
  status: AnnotationStatus;
  /** Proof round: 1 = 一校, 2 = 二校, 3 = 三校. */
  round: number;
  replyTo: string | null;
  createdAt: string;
  updatedAt: string;
  /** Who accepted, rejected or resolved it, and when (null while open). */
  decidedBy: string | null;
  decidedAt: string | null;
}

const authorSchema = z.string().trim().min(1, 'an author is required').max(80);

/** Whether `a` holds exactly the characters of `b` (对调 only reorders). */
export function sameCharacters(a: string, b: string): boolean {
  const sort = (s: string) => Array.from(s).sort().join('');
  return a.length === b.length && sort(a) === sort(b);
}

export const newAnnotationSchema = z
  .object({
    /** A client-made id (UUID), so a window can go on with a mark before the store answers. */
    id: z.string().uuid().optional(),
    storyId: z.string().min(1),
    /** Optional for a reply, which shares its parent's anchor. */
    anchor: annotationAnchorSchema.optional(),
    kind: annotationKindSchema,
    text: z.string().max(20_000).default(''),
    target: annotationAnchorSchema.nullable().default(null),
    body: z.string().max(20_000).default(''),
    author: authorSchema,
    round: z.number().int().min(1).max(9).default(1),
    replyTo: z.string().min(1).nullable().default(null),
  })
  .superRefine((input, ctx) => {
    if (input.replyTo !== null) return; // a reply is a note on its parent's place
    const info = ANNOTATION_KIND_INFO[input.kind];
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (input.anchor) {
      if (info.shape === 'point' && input.anchor.quote !== '') issue('anchor', `${input.kind} marks a point: the quote must be empty`);
      if (info.shape === 'range' && input.anchor.quote === '') issue('anchor', `${input.kind} marks a range: the quote cannot be empty`);
    }
    if (info.text === 'required' && input.text === '') issue('text', `${input.kind} needs the corrected text`);
    if (input.kind === 'transpose' && input.anchor && !sameCharacters(input.text, input.anchor.quote)) {
      issue('text', 'transpose only reorders: the text must hold the same characters as the quote');
    }
    if (input.kind === 'move' && input.target === null) issue('target', 'move needs the target point');
  });
export type NewAnnotation = z.input<typeof newAnnotationSchema>;

/** What a mark's author (or the suggest mode) may change after making it. */
export const annotationPatchSchema = z.object({
  /** Suggest mode turns a deletion one goes on typing over into a replacement, and back. */
  kind: z.enum(['replace', 'delete']).optional(),
  text: z.string().max(20_000).optional(),
  body: z.string().max(20_000).optional(),
  anchor: annotationAnchorSchema.optional(),
  target: annotationAnchorSchema.nullable().optional(),
});
export type AnnotationPatch = z.input<typeof annotationPatchSchema>;

/** One status change of a story (编辑中 → 校对中 → 已签发), with who and when. */
export const statusChangeSchema = z.object({
  storyId: z.string(),
  from: storyStatusSchema,
  to: storyStatusSchema,
  author: z.string(),
  at: z.string(),
  /** The story version the change made. */
  version: z.number().int().min(1),
  /** Entering proofing starts a round: 1 = 一校, 2 = 二校, … (null for other changes). */
  round: z.number().int().min(1).nullable(),
  note: z.string(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export { authorSchema as annotationAuthorSchema };

const ROUND_NAMES = ['一校', '二校', '三校', '四校', '五校', '六校', '七校', '八校', '九校'];

export function roundName(round: number): string {
  return ROUND_NAMES[round - 1] ?? `${round}校`;
}

export interface MarkColor {
  /** For the screen. */
  hex: string;
  /** For the proof PDF. */
  cmyk: Cmyk;
}

/**
 * One ink per round, as proofreaders use them (一校 red, 二校 blue, 三校 green); later rounds
 * go on through purple, orange and brown.
 */
const ROUND_COLORS: MarkColor[] = [
  { hex: '#d7191c', cmyk: [0, 1, 1, 0] },
  { hex: '#1f5fbf', cmyk: [1, 0.6, 0, 0] },
  { hex: '#1a8a3a', cmyk: [0.85, 0, 1, 0.1] },
  { hex: '#7b3294', cmyk: [0.55, 0.9, 0, 0] },
  { hex: '#e66101', cmyk: [0, 0.65, 1, 0] },
  { hex: '#8c510a', cmyk: [0.3, 0.65, 1, 0.3] },
];

export function roundColor(round: number): MarkColor {
  return ROUND_COLORS[(Math.max(1, round) - 1) % ROUND_COLORS.length]!;
}

/** Track changes: one colour per person, the same in every window (a hash of the name). */
const AUTHOR_COLORS = ['#c2185b', '#1565c0', '#2e7d32', '#6a1b9a', '#ef6c00', '#00838f', '#5d4037', '#ad1457', '#283593', '#558b2f'];

export function authorColor(author: string): string {
  let hash = 2166136261;
  for (const ch of author) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return AUTHOR_COLORS[hash % AUTHOR_COLORS.length]!;
}

/** Whether accepting the annotation is possible (a suggestion, not a reply). */
export function canAccept(annotation: Pick<Annotation, 'kind' | 'replyTo'>): boolean {
  return annotation.replyTo === null && ANNOTATION_KIND_INFO[annotation.kind].decision === 'accept';
}
