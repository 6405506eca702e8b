import { z } from 'zod';

/**
 * Comments and proof marks on a story's text, kept apart from the story body. The anchor
 * is where the mark starts plus the text it covers, so it can be found again after edits.
 */

export const ANNOTATION_KINDS = ['comment', 'proof-mark', 'query'] as const;
export const ANNOTATION_STATUSES = ['open', 'resolved', 'rejected'] as const;
export const annotationKindSchema = z.enum(ANNOTATION_KINDS);
export const annotationStatusSchema = z.enum(ANNOTATION_STATUSES);
export type AnnotationKind = z.infer<typeof annotationKindSchema>;
export type AnnotationStatus = z.infer<typeof annotationStatusSchema>;

export const annotationAnchorSchema = z.object({
  /** Slate path of the text node where the mark starts, e.g. [3, 0]. */
  path: z.array(z.number().int().min(0)).min(1),
  /** Offset in that text node (UTF-16 units, as Slate counts). */
  offset: z.number().int().min(0),
  /** The text the mark covers, as it was when the mark was made. */
  quote: z.string(),
});
export type AnnotationAnchor = z.infer<typeof annotationAnchorSchema>;

export const newAnnotationSchema = z.object({
  storyId: z.string().min(1),
  /** Optional for a reply, which shares its parent's anchor. */
  anchor: annotationAnchorSchema.optional(),
  kind: annotationKindSchema,
  body: z.string(),
  author: z.string().trim().min(1, 'an author is required'),
  /** Proofreading round: 1 = 一校, 2 = 二校, … */
  round: z.number().int().min(1).default(1),
  replyTo: z.string().min(1).nullable().default(null),
});
export type NewAnnotation = z.input<typeof newAnnotationSchema>;

export interface AnnotationRecord {
  id: string;
  storyId: string;
  anchor: AnnotationAnchor;
  kind: AnnotationKind;
  body: string;
  author: string;
  status: AnnotationStatus;
  round: number;
  replyTo: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AnnotationFilter {
  status?: AnnotationStatus;
  round?: number;
}

export interface AnnotationRepository {
  /** New annotations are open. Unknown story: 'not-found'; a reply to another story's note: 'invalid-input'. */
  create(input: NewAnnotation): AnnotationRecord;
  /** Throws BanmianError('not-found'). */
  get(id: string): AnnotationRecord;
  /** Oldest first, replies included (their `replyTo` threads them). */
  listByStory(storyId: string, filter?: AnnotationFilter): AnnotationRecord[];
  updateStatus(id: string, status: AnnotationStatus): AnnotationRecord;
}
