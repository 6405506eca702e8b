import type { AssignmentRepository } from './assignment-repository';
import { assignmentDoc, revisionDoc, statusDoc, type AssignmentDoc, type DeskDoc, type RevisionDoc, type Stamp, type StatusDoc } from './newsroom-docs';
import type { StatusHistoryRepository } from './status-history-repository';
import type { StoryRevisionRepository } from './story-revision-repository';

export const RECORD_KINDS = ['revision', 'status', 'assignment'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export function isRecordKind(kind: string): kind is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(kind);
}

/**
 * The append-only documents (revisions, status changes, assignments) between their tables and
 * the newsroom: a row becomes a document when it goes out, a document becomes a row (once) when
 * it comes in. A revision or status change whose story has not arrived yet fails on the story's
 * foreign key, and the applier lets it wait (newsroom_deferred) like a mark.
 */
export class NewsroomRecords {
  constructor(
    private readonly revisions: StoryRevisionRepository,
    private readonly statusHistory: StatusHistoryRepository,
    private readonly assignments: AssignmentRepository,
  ) {}

  /** The row as a document; null when it is not on this desk (nothing to send). */
  docFor(kind: RecordKind, id: string, stamp: Stamp): DeskDoc | null {
    if (kind === 'revision') {
      const revision = this.revisions.record(id);
      return revision && revisionDoc(revision, stamp);
    }
    if (kind === 'status') {
      const change = this.statusHistory.get(id);
      return change && statusDoc(change, stamp);
    }
    const assignment = this.assignments.get(id);
    return assignment && assignmentDoc(assignment, stamp);
  }

  /** A document from the newsroom into its table; a removed one (never made by Banmian) is left alone. */
  write(kind: RecordKind, id: string, doc: DeskDoc | null): void {
    if (doc === null) return;
    if (kind === 'revision') {
      const { storyId, version, savedAt, savedBy, fields, unchecked } = doc as RevisionDoc;
      this.revisions.receive({ id, storyId, version, savedAt, savedBy, fields, unchecked: unchecked ?? false });
    } else if (kind === 'status') {
      const { storyId, from, to, author, at, version, round, note } = doc as StatusDoc;
      this.statusHistory.receive({ id, storyId, from, to, author, at, version, round, note });
    } else {
      const { kind: itemKind, itemId, assignee, assignedBy, status, note, at } = doc as AssignmentDoc;
      this.assignments.receive({ id, kind: itemKind, itemId, assignee, assignedBy, status, note, at });
    }
  }
}
