import type { Statement } from 'better-sqlite3';
import type { DeskDoc, DocKind, MarkDoc, PageDoc, StoryDoc } from './newsroom-docs';
import { isRecordKind, type NewsroomRecords } from './newsroom-records';
import { DOC_KINDS, parseDocId } from './newsroom-docs';
import type { ConflictVersion, NewsroomOutbox } from './newsroom-outbox';
import type { NewsroomPhoto, NewsroomPhotos } from './newsroom-photos';
import type { SearchIndex } from './search-index';
import { preparedStatements, writeTransaction, type StoreContext } from './store-context';
import type { StoryRevisionRepository } from './story-revision-repository';
import type { UncheckedEdits } from './newsroom-unchecked';
import { rowToStory, STORY_COLUMNS, storyColumnsOf, type StoryRow } from './story-row';
import { storyFieldsOf } from '../../shared/model/story';

/**
 * A document as the replica's changes feed gives it: the engine's winning revision, and every
 * other live leaf when the engine reports a conflict (`_conflicts`). `doc` is null for a
 * deletion (`_deleted`).
 */
export interface InboundDoc {
  docId: string;
  rev: string;
  doc: DeskDoc | null;
  conflicts: ConflictVersion[];
}

export type InboundOutcome = 'applied' | 'unchanged' | 'pending' | 'conflict' | 'deferred' | 'ignored';

export interface InboundReport {
  /** Row ids whose content changed, by kind (what to tell the windows). */
  changed: Record<DocKind, string[]>;
  conflicts: string[];
  deferred: string[];
  /** SHA-256 of the photos whose preview arrived. */
  photos: string[];
}

/**
 * Writes what the server sent into SQLite. A batch is one transaction together with the
 * replica position it reaches, so each change lands once: after a crash the batch is read again
 * from the old position and documents already at their revision are left alone (`newsroom_docs`).
 * A row with an unsynced local save is never overwritten: its save goes out as a child of the
 * revision it was based on, and the engine then reports the conflict.
 */
export class NewsroomInbound {
  constructor(
    private readonly ctx: StoreContext,
    private readonly outbox: NewsroomOutbox,
    private readonly index: SearchIndex,
    private readonly history: StoryRevisionRepository,
    private readonly photos: NewsroomPhotos,
    private readonly records: NewsroomRecords,
    private readonly unchecked: UncheckedEdits,
  ) {
    this.sql = preparedStatements(ctx.db);
  }

  /** The applier runs the same statements for every document: prepared once. */
  private readonly sql: (sql: string) => Statement<unknown[]>;

  /** The replica position the last applied batch reached ('0' at first). */
  since(): string {
    return this.outbox.state('since') ?? '0';
  }

  /** `photos`: photos whose preview came in this batch (the preview files are written already). */
  applyBatch(docs: readonly InboundDoc[], since: string | null, photos: readonly NewsroomPhoto[] = []): InboundReport {
    const report = emptyInboundReport();
    writeTransaction(this.ctx.db, () => {
      for (const photo of photos) {
        this.photos.record(photo);
        report.photos.push(photo.sha256);
      }
      // Tells the outbox triggers that these writes come from the server (see migration 7).
      this.outbox.setState('applying', '1');
      try {
        for (const doc of docs) {
          const outcome = this.applyOne(doc);
          const parsed = parseDocId(doc.docId);
          if (outcome === 'applied' && parsed) report.changed[parsed.kind].push(parsed.id);
          if (outcome === 'conflict') {
            report.conflicts.push(doc.docId);
            if (parsed) report.changed[parsed.kind].push(parsed.id);
          }
          if (outcome === 'deferred') report.deferred.push(doc.docId);
        }
        if (since !== null) this.outbox.setState('since', since);
      } finally {
        this.sql("DELETE FROM newsroom_state WHERE key = 'applying'").run();
      }
    });
    return report;
  }

  deferred(): string[] {
    return (this.sql('SELECT doc_id FROM newsroom_deferred ORDER BY doc_id').all() as Array<{ doc_id: string }>).map((row) => row.doc_id);
  }

  private applyOne(inbound: InboundDoc): InboundOutcome {
    const parsed = parseDocId(inbound.docId);
    if (!parsed) return 'ignored'; // design documents and anything not ours
    if (this.outbox.isPending(inbound.docId)) return 'pending';
    const base = this.outbox.baseRev(inbound.docId);
    // History and assignments are never edited: two desks that sent the same revision (named by
    // its content) differ only in who sent it, so any leaf will do and nothing waits for a person.
    if (isRecordKind(parsed.kind)) {
      if (base === inbound.rev) return 'unchanged';
      return this.write(parsed.kind, parsed.id, inbound.docId, inbound.rev, inbound.doc);
    }
    const leaves: ConflictVersion[] = [{ rev: inbound.rev, doc: inbound.doc }, ...inbound.conflicts];
    if (inbound.conflicts.length === 0) {
      this.outbox.clearConflict(inbound.docId);
      if (base === inbound.rev) return 'unchanged';
      return this.write(parsed.kind, parsed.id, inbound.docId, inbound.rev, inbound.doc);
    }
    // A conflict: keep what this desk shows (its own side), but never a deletion over an edit.
    let shown = leaves.find((leaf) => leaf.rev === base) ?? leaves[0]!;
    if (isDeletion(shown.doc)) shown = leaves.find((leaf) => !isDeletion(leaf.doc)) ?? shown;
    if (shown.rev !== base) {
      const outcome = this.write(parsed.kind, parsed.id, inbound.docId, shown.rev, shown.doc);
      if (outcome === 'deferred') return outcome;
    }
    const known = this.outbox.conflict(inbound.docId);
    const sameSides = known && sameRevs(known.versions, leaves);
    if (!sameSides) this.outbox.recordConflict(inbound.docId, leaves);
    return 'conflict';
  }

  /** Writes one document into its row in a savepoint: a mark whose story has not arrived yet waits. */
  private write(kind: DocKind, id: string, docId: string, rev: string, doc: DeskDoc | null): InboundOutcome {
    try {
      this.ctx.db.transaction(() => {
        if (isRecordKind(kind)) this.records.write(kind, id, doc);
        else if (kind === 'story') this.writeStory(id, doc as StoryDoc | null);
        else if (kind === 'page') this.writePage(id, doc as PageDoc | null);
        else this.writeMark(id, doc as MarkDoc | null);
        // After the story's replaced version was kept (with its own flag): the flag is now the document's.
        if (doc && (kind === 'story' || kind === 'page')) this.unchecked.receive(docId, (doc as StoryDoc | PageDoc).unchecked);
        this.outbox.setBaseRev(docId, rev);
        this.sql('DELETE FROM newsroom_deferred WHERE doc_id = ?').run(docId);
      })();
      return 'applied';
    } catch (error) {
      this.defer(docId, error instanceof Error ? error.message : String(error));
      return 'deferred';
    }
  }

  /**
   * The side of a page's or mark's conflict the user chose, written as this desk's own save (the
   * outbox triggers queue it). Call inside `outbox.resolve`.
   */
  writeChosen(kind: 'page' | 'mark', id: string, doc: DeskDoc | null): void {
    if (kind === 'page') this.writePage(id, doc as PageDoc | null);
    else this.writeMark(id, doc as MarkDoc | null);
  }

  /**
   * A page that waited for its edition slot comes in under another 版次, as this desk's save of
   * the revision it arrived as (so it goes out as that revision's child and every desk renumbers it).
   */
  placeWaitingPage(docId: string, id: string, rev: string, doc: PageDoc): void {
    writeTransaction(this.ctx.db, () => {
      this.outbox.setBaseRev(docId, rev);
      this.writePage(id, doc);
      this.ctx.db.prepare('DELETE FROM newsroom_deferred WHERE doc_id = ?').run(docId);
    });
  }

  /** A document that cannot be written yet (or cannot be read by this version) waits, with why. */
  defer(docId: string, reason: string): void {
    this.sql('INSERT INTO newsroom_deferred (doc_id, reason) VALUES (?, ?) ON CONFLICT (doc_id) DO UPDATE SET reason = excluded.reason')
      .run(docId, reason);
  }

  private writeStory(id: string, doc: StoryDoc | null): void {
    const row = this.sql(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = ?`).get(id) as StoryRow | undefined;
    if (!doc) {
      // Removed on the server outright (not through the trash): to the trash here.
      if (row && row.deleted_at === null) {
        this.sql('UPDATE stories SET deleted_at = ? WHERE id = ?').run(this.ctx.now(), id);
        this.index.remove(row.seq);
      }
      return;
    }
    const fields = storyFieldsOf(doc.fields);
    const columns = {
      id,
      ...storyColumnsOf(fields),
      created_at: doc.createdAt,
      updated_at: doc.updatedAt,
      deleted_at: doc.deletedAt,
      edited_by: doc.editedBy,
    };
    let seq: number;
    if (row) {
      const current = rowToStory(row);
      // The text this desk had stays in the story's history, like any replaced version.
      // Kept under the same content-named id as on the desk whose save replaced it: one revision.
      if (JSON.stringify(storyFieldsOf(current)) !== JSON.stringify(fields)) {
        const { edited_by: savedBy } = this.ctx.db.prepare('SELECT edited_by FROM stories WHERE id = ?').get(id) as { edited_by: string };
        this.history.keep(id, current.version, current.updatedAt, storyFieldsOf(current), savedBy);
      }
      this.sql(
          `UPDATE stories SET section = @section, status = @status, kicker = @kicker, headline = @headline, subtitle = @subtitle,
             bylines = @bylines, body = @body, photo_credit = @photo_credit, flags = @flags, language = @language, length = @length,
             version = version + 1, updated_at = @updated_at, deleted_at = @deleted_at, edited_by = @edited_by
           WHERE id = @id`,
        )
        .run(columns);
      seq = row.seq;
    } else {
      const result = this.sql(
          `INSERT INTO stories (id, section, status, kicker, headline, subtitle, bylines, body, photo_credit, flags, language, length,
             version, created_at, updated_at, deleted_at, edited_by)
           VALUES (@id, @section, @status, @kicker, @headline, @subtitle, @bylines, @body, @photo_credit, @flags, @language, @length,
             1, @created_at, @updated_at, @deleted_at, @edited_by)`,
        )
        .run(columns);
      seq = Number(result.lastInsertRowid);
    }
    if (doc.deletedAt === null) this.index.put(seq, fields);
    else this.index.remove(seq);
  }

  private writePage(id: string, doc: PageDoc | null): void {
    if (!doc) {
      this.sql('UPDATE pages SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(this.ctx.now(), id);
      return;
    }
    const columns = {
      id,
      name: doc.fields.name,
      edition_date: doc.fields.editionDate,
      page_number: doc.fields.pageNumber,
      section: doc.fields.section,
      document: JSON.stringify(doc.fields.document),
      created_at: doc.createdAt,
      updated_at: doc.updatedAt,
      deleted_at: doc.deletedAt,
    };
    this.sql(
        `INSERT INTO pages (id, name, edition_date, page_number, section, document, version, created_at, updated_at, deleted_at)
         VALUES (@id, @name, @edition_date, @page_number, @section, @document, 1, @created_at, @updated_at, @deleted_at)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, edition_date = excluded.edition_date,
           page_number = excluded.page_number, section = excluded.section, document = excluded.document,
           version = pages.version + 1, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at`,
      )
      .run(columns);
  }

  private writeMark(id: string, doc: MarkDoc | null): void {
    if (!doc) {
      this.sql('DELETE FROM annotations WHERE id = ?').run(id);
      return;
    }
    const columns = {
      id,
      story_id: doc.storyId,
      anchor: JSON.stringify(doc.anchor),
      kind: doc.kind,
      text: doc.text,
      target: doc.target === null ? null : JSON.stringify(doc.target),
      body: doc.body,
      author: doc.author,
      status: doc.status,
      round: doc.round,
      reply_to: doc.replyTo,
      created_at: doc.createdAt,
      updated_at: doc.updatedAt,
      decided_by: doc.decidedBy,
      decided_at: doc.decidedAt,
    };
    this.sql(
        `INSERT INTO annotations (id, story_id, anchor, kind, text, target, body, author, status, round, reply_to,
           created_at, updated_at, decided_by, decided_at)
         VALUES (@id, @story_id, @anchor, @kind, @text, @target, @body, @author, @status, @round, @reply_to,
           @created_at, @updated_at, @decided_by, @decided_at)
         ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id, anchor = excluded.anchor, kind = excluded.kind,
           text = excluded.text, target = excluded.target, body = excluded.body, author = excluded.author,
           status = excluded.status, round = excluded.round, reply_to = excluded.reply_to,
           updated_at = excluded.updated_at, decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
      )
      .run(columns);
  }
}

export function emptyInboundReport(): InboundReport {
  return {
    changed: { story: [], page: [], mark: [], revision: [], status: [], assignment: [] },
    conflicts: [],
    deferred: [],
    photos: [],
  };
}

/** Adds one report's changes to another (several batches, one answer). */
export function mergeInboundReport(into: InboundReport, report: InboundReport): void {
  for (const kind of DOC_KINDS) into.changed[kind].push(...report.changed[kind]);
  into.conflicts.push(...report.conflicts);
  into.deferred.push(...report.deferred);
  into.photos.push(...report.photos);
}

/** A story or page in the trash, or a document removed outright. */
function isDeletion(doc: DeskDoc | null): boolean {
  return doc === null || ('deletedAt' in doc && doc.deletedAt !== null);
}

function sameRevs(a: readonly ConflictVersion[], b: readonly ConflictVersion[]): boolean {
  const key = (list: readonly ConflictVersion[]) => list.map((v) => v.rev).sort().join(' ');
  return key(a) === key(b);
}
