import { z } from 'zod';
import { storyFieldsSchema, storyFieldsOf } from '../../shared/model/story';
import { annotationRecordSchema } from './annotation-repository';
import type { AnnotationRecord } from './annotation-types';
import { pageFieldsSchema, type PageRecord } from './page-types';
import { photoFactsShape } from './newsroom-photos';
import type { Story } from '../../shared/ipc/contract-types';
import { assignmentSchema, type Assignment } from '../../shared/model/assignment';
import { statusChangeSchema } from '../../shared/model/annotation';
import { uncheckedEditSchema, type UncheckedEdit } from '../../shared/model/unchecked-edit';
import type { RevisionRecord } from './story-revision-repository';
import type { StatusRecord } from './status-history-repository';

/**
 * The newsroom's documents: one per story, page and proof mark, with the row's global id
 * (a UUID) behind a type prefix, so the server's validate_doc_update can tell them apart and
 * unrelated edits never touch the same document. Every document says who wrote this revision
 * and when (`editedBy`, `editedAt`). docs/newsroom.md describes them.
 */

export const DOC_KINDS = ['story', 'page', 'mark', 'revision', 'status', 'assignment'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export function docIdOf(kind: DocKind, id: string): string {
  return `${kind}:${id}`;
}

export function parseDocId(docId: string): { kind: DocKind; id: string } | null {
  const colon = docId.indexOf(':');
  const kind = docId.slice(0, colon) as DocKind;
  if (colon < 1 || !DOC_KINDS.includes(kind)) return null;
  return { kind, id: docId.slice(colon + 1) };
}

const stamped = {
  /** The newsroom user who made the document; carried into every later revision. */
  createdBy: z.string().min(1),
  editedBy: z.string().min(1),
  editedAt: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/**
 * 无签出编辑: this revision (or one before it, not yet reviewed) was saved without the
 * check-out. Absent on a reviewed item, and on every document of a desk older than the flag.
 */
const unchecked = { unchecked: uncheckedEditSchema.optional() };

export const storyDocSchema = z.object({
  type: z.literal('story'),
  fields: storyFieldsSchema,
  deletedAt: z.string().nullable(),
  ...unchecked,
  ...stamped,
});

export const pageDocSchema = z.object({
  type: z.literal('page'),
  fields: pageFieldsSchema,
  deletedAt: z.string().nullable(),
  ...unchecked,
  ...stamped,
});

export const markDocSchema = annotationRecordSchema.omit({ id: true }).extend({
  type: z.literal('mark'),
  ...stamped,
});

/**
 * A photo: `photo:<sha256>` carries the original as its attachment `original`, `preview:<sha256>`
 * the screen preview as `preview`, both with the same description. Desks pull previews with
 * everything else and originals on demand (main/newsroom/photo-sharing.ts). Never edited: the
 * name is the content's hash.
 */
export const photoDocSchema = z.object({
  type: z.enum(['photo', 'preview']),
  ...photoFactsShape,
  ...stamped,
});
export type PhotoDoc = z.infer<typeof photoDocSchema>;

/**
 * History and tasks, append-only: one document per kept revision (`revision:<id>`, the id named
 * by its content), per status change (`status:<id>`) and per assignment (`assignment:<id>`).
 * Never edited, so never in conflict; every desk ends with the same set.
 */
export const revisionDocSchema = z.object({
  type: z.literal('revision'),
  storyId: z.string().min(1),
  version: z.number().int().min(1),
  savedAt: z.string(),
  savedBy: z.string(),
  fields: storyFieldsSchema,
  /** That version was saved without the check-out and not reviewed before it was replaced. */
  unchecked: z.boolean().optional(),
  ...stamped,
});

export const statusDocSchema = statusChangeSchema.extend({ type: z.literal('status'), ...stamped });

export const assignmentDocSchema = assignmentSchema.omit({ id: true }).extend({ type: z.literal('assignment'), ...stamped });

export type RevisionDoc = z.infer<typeof revisionDocSchema>;
export type StatusDoc = z.infer<typeof statusDocSchema>;
export type AssignmentDoc = z.infer<typeof assignmentDocSchema>;

export type StoryDoc = z.infer<typeof storyDocSchema>;
export type PageDoc = z.infer<typeof pageDocSchema>;
export type MarkDoc = z.infer<typeof markDocSchema>;
/** A document's content, without `_id`/`_rev`. */
export type DeskDoc = StoryDoc | PageDoc | MarkDoc | RevisionDoc | StatusDoc | AssignmentDoc;

export const deskDocSchema = z.discriminatedUnion('type', [
  storyDocSchema,
  pageDocSchema,
  markDocSchema,
  revisionDocSchema,
  statusDocSchema,
  assignmentDocSchema,
]);

export interface Stamp {
  createdBy: string;
  editedBy: string;
  editedAt: string;
}

export function storyDoc(story: Story, stamp: Stamp, flag?: UncheckedEdit | null): StoryDoc {
  return {
    type: 'story',
    fields: storyFieldsOf(story),
    deletedAt: story.deletedAt,
    ...(flag ? { unchecked: flag } : {}),
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
    ...stamp,
  };
}

export function pageDoc(page: PageRecord, stamp: Stamp, flag?: UncheckedEdit | null): PageDoc {
  return {
    type: 'page',
    fields: { name: page.name, editionDate: page.editionDate, pageNumber: page.pageNumber, section: page.section, document: page.document },
    deletedAt: page.deletedAt,
    ...(flag ? { unchecked: flag } : {}),
    createdAt: page.createdAt,
    updatedAt: page.updatedAt,
    ...stamp,
  };
}

export function markDoc(mark: AnnotationRecord, stamp: Stamp): MarkDoc {
  const { id: _id, ...rest } = mark;
  return { type: 'mark', ...rest, ...stamp };
}

export function revisionDoc(revision: RevisionRecord, stamp: Stamp): RevisionDoc {
  const { id: _id, unchecked, ...rest } = revision;
  return { type: 'revision', ...rest, ...(unchecked ? { unchecked } : {}), createdAt: revision.savedAt, updatedAt: revision.savedAt, ...stamp };
}

export function statusDoc(change: StatusRecord, stamp: Stamp): StatusDoc {
  const { id: _id, ...rest } = change;
  return { type: 'status', ...rest, createdAt: change.at, updatedAt: change.at, ...stamp };
}

export function assignmentDoc(assignment: Assignment, stamp: Stamp): AssignmentDoc {
  const { id: _id, ...rest } = assignment;
  return { type: 'assignment', ...rest, createdAt: assignment.at, updatedAt: assignment.at, ...stamp };
}
