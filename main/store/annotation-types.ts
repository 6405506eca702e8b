import type {
  Annotation,
  AnnotationAnchorInput,
  AnnotationPatch,
  AnnotationStatus,
  NewAnnotation,
} from '../../shared/model/annotation';

/**
 * Proofreading in the store: comments, suggestions and proof marks on a story's text, kept
 * apart from the body (shared/model/annotation.ts has the model). The story's status history
 * is status-history-repository.ts.
 */

export {
  ANNOTATION_KINDS,
  ANNOTATION_STATUSES,
  annotationAnchorSchema,
  annotationKindSchema,
  annotationStatusSchema,
  newAnnotationSchema,
  type AnnotationAnchor,
  type AnnotationKind,
  type AnnotationStatus,
  type NewAnnotation,
} from '../../shared/model/annotation';

export type AnnotationRecord = Annotation;

export interface AnnotationFilter {
  status?: AnnotationStatus;
  round?: number;
}

/** A story's marks moved to where they stand in `version` of its text. */
export interface AnchorUpdate {
  id: string;
  anchor: AnnotationAnchorInput;
  target?: AnnotationAnchorInput | null;
}

export interface AnnotationRepository {
  /** New annotations are open. Unknown story: 'not-found'; a reply to another story's note: 'invalid-input'. */
  create(input: NewAnnotation): AnnotationRecord;
  /** Throws BanmianError('not-found'). */
  get(id: string): AnnotationRecord;
  /** Oldest first, replies included (their `replyTo` threads them). */
  listByStory(storyId: string, filter?: AnnotationFilter): AnnotationRecord[];
  /** Accepted, rejected or resolved by `by` now; back to open clears who decided. */
  updateStatus(id: string, status: AnnotationStatus, by?: string): AnnotationRecord;
  /** The author changes the correction or the note, or the editor moves the anchor. Only open marks. */
  update(id: string, patch: AnnotationPatch): AnnotationRecord;
  /**
   * The anchors of `storyId` as they stand in `version` of its text (an editor saves them after
   * each save). Refused with 'conflict' when the story is at another version: the anchors were
   * computed on text that is no longer current, and the next load re-anchors by quote instead.
   */
  reanchor(storyId: string, version: number, updates: readonly AnchorUpdate[]): number;
  /** Withdraws an open mark (and its replies); only its author may. */
  remove(id: string, author: string): void;
}
