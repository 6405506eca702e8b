import type { Statement } from 'better-sqlite3';
import { z } from 'zod';
import { BanmianError } from '../../shared/ipc/result';
import type { AnnotationRepository } from './annotation-types';
import { deskDocSchema, docIdOf, markDoc, pageDoc, parseDocId, storyDoc, type DeskDoc, type Stamp } from './newsroom-docs';
import type { PageRepository } from './page-types';
import { preparedStatements, writeTransaction, type StoreContext } from './store-context';
import type { Story } from '../../shared/ipc/contract-types';
import { parseJsonColumn, parseStored } from './validation';
import { isRecordKind, type NewsroomRecords } from './newsroom-records';
import type { UncheckedEdits } from './newsroom-unchecked';

/** A row changed on this desk and not yet in the replica. `change` tells a later save of the same row apart. */
export interface OutboxEntry {
  docId: string;
  change: number;
  queuedAt: string;
}

/** One side of a conflict as the engine keeps it: a leaf revision and its content (null: deleted). */
export interface ConflictVersion {
  rev: string;
  doc: DeskDoc | null;
}

export interface NewsroomConflict {
  docId: string;
  versions: ConflictVersion[];
  foundAt: string;
  /** Set once the user chose: the revisions the desk removes on the server. */
  discard: string[] | null;
}

const versionsSchema = z.array(z.object({ rev: z.string(), doc: deskDocSchema.nullable() }));

/**
 * The desk's side of the newsroom in SQLite: the outbox (filled by triggers, see migration 7),
 * the replica revision each row is based on, the conflicts waiting for a person, and the
 * documents the server refused. The replica itself lives in main/newsroom.
 */
export class NewsroomOutbox {
  constructor(
    private readonly ctx: StoreContext,
    private readonly stories: { get(id: string): Story },
    private readonly pages: PageRepository,
    private readonly annotations: AnnotationRepository,
    private readonly records: NewsroomRecords,
    private readonly unchecked: UncheckedEdits,
  ) {
    this.sql = preparedStatements(ctx.db);
  }

  /** Run per document by the bridge and the applier: prepared once. */
  private readonly sql: (sql: string) => Statement<unknown[]>;

  isJoined(): boolean {
    return this.state('joined') !== null;
  }

  /**
   * Starts sharing: from now on every save is queued, and so is everything the desk already
   * has (a desk joining with a library shares it). Returns how many rows were queued.
   */
  join(user?: string): number {
    return writeTransaction(this.ctx.db, () => {
      // Who this desk saves as: every story version records it (who saved it).
      if (user !== undefined) this.setState('user', user);
      if (this.isJoined()) return 0;
      this.setState('joined', this.ctx.now());
      const queued = this.sql(
          `INSERT OR IGNORE INTO newsroom_outbox (doc_id, change, queued_at)
           SELECT doc_id, row_number() OVER (), ? FROM (
             SELECT 'story:' || id AS doc_id FROM stories UNION ALL
             SELECT 'page:' || id FROM pages UNION ALL
             SELECT 'mark:' || id FROM (SELECT id FROM annotations ORDER BY reply_to IS NOT NULL, seq) UNION ALL
             SELECT 'photo:' || sha256 FROM assets UNION ALL
             SELECT 'revision:' || id FROM story_revisions UNION ALL
             SELECT 'status:' || id FROM story_status_history UNION ALL
             SELECT 'assignment:' || id FROM assignments)`,
        )
        .run(this.ctx.now());
      return queued.changes;
    });
  }

  /** Oldest first. */
  pending(limit = 100): OutboxEntry[] {
    return (
      this.sql('SELECT doc_id, change, queued_at FROM newsroom_outbox ORDER BY change LIMIT ?').all(limit) as Array<{
        doc_id: string;
        change: number;
        queued_at: string;
      }>
    ).map((row) => ({ docId: row.doc_id, change: row.change, queuedAt: row.queued_at }));
  }

  count(): number {
    return (this.sql('SELECT count(*) AS n FROM newsroom_outbox').get() as { n: number }).n;
  }

  isPending(docId: string): boolean {
    return this.sql('SELECT 1 FROM newsroom_outbox WHERE doc_id = ?').get(docId) !== undefined;
  }

  /**
   * What the row is now, as a document stamped with who saved it and when (and who made it:
   * `createdBy` of the revision it is based on, else this user); null when the row is gone.
   */
  docFor(entry: OutboxEntry, editedBy: string, createdBy: string = editedBy): DeskDoc | null {
    const parsed = parseDocId(entry.docId);
    if (!parsed) throw new BanmianError('internal', `The outbox holds an unknown document id ${entry.docId}.`);
    const stamp: Stamp = { createdBy, editedBy, editedAt: entry.queuedAt };
    if (isRecordKind(parsed.kind)) return this.records.docFor(parsed.kind, parsed.id, stamp);
    try {
      if (parsed.kind === 'story') return storyDoc(this.stories.get(parsed.id), stamp, this.unchecked.get(entry.docId));
      if (parsed.kind === 'page') return pageDoc(this.pages.get(parsed.id), stamp, this.unchecked.get(entry.docId));
      return markDoc(this.annotations.get(parsed.id), stamp);
    } catch (error) {
      if (error instanceof BanmianError && error.code === 'not-found') return null;
      throw error;
    }
  }

  baseRev(docId: string): string | null {
    const row = this.sql('SELECT rev FROM newsroom_docs WHERE doc_id = ?').get(docId) as { rev: string } | undefined;
    return row?.rev ?? null;
  }

  /**
   * The replica has `rev` for the entry: remember it as the row's base and, unless the row was
   * saved again meanwhile, take the entry out. A resolved conflict is done once its losers are gone.
   */
  markPushed(entry: OutboxEntry, rev: string): void {
    writeTransaction(this.ctx.db, () => {
      this.setBaseRev(entry.docId, rev);
      this.sql('DELETE FROM newsroom_outbox WHERE doc_id = ? AND change = ?').run(entry.docId, entry.change);
      this.sql('DELETE FROM newsroom_conflicts WHERE doc_id = ? AND discard IS NOT NULL').run(entry.docId);
    });
  }

  /** markPushed for a batch the replica took in one write, in one transaction. */
  markAllPushed(written: ReadonlyArray<{ entry: OutboxEntry; rev: string }>): void {
    writeTransaction(this.ctx.db, () => {
      for (const { entry, rev } of written) this.markPushed(entry, rev);
    });
  }

  /** Takes an entry out without sending it (what it names is gone and was never shared), unless it was queued again. */
  drop(entry: OutboxEntry): void {
    this.sql('DELETE FROM newsroom_outbox WHERE doc_id = ? AND change = ?').run(entry.docId, entry.change);
  }

  setBaseRev(docId: string, rev: string): void {
    this.sql('INSERT INTO newsroom_docs (doc_id, rev) VALUES (?, ?) ON CONFLICT (doc_id) DO UPDATE SET rev = excluded.rev')
      .run(docId, rev);
  }

  conflicts(): NewsroomConflict[] {
    const rows = this.sql('SELECT doc_id, versions, found_at, discard FROM newsroom_conflicts ORDER BY found_at').all() as Array<{
      doc_id: string;
      versions: string;
      found_at: string;
      discard: string | null;
    }>;
    return rows.map((row) => this.toConflict(row));
  }

  conflict(docId: string): NewsroomConflict | null {
    const row = this.sql('SELECT doc_id, versions, found_at, discard FROM newsroom_conflicts WHERE doc_id = ?').get(docId) as
      | { doc_id: string; versions: string; found_at: string; discard: string | null }
      | undefined;
    return row ? this.toConflict(row) : null;
  }

  recordConflict(docId: string, versions: ConflictVersion[]): void {
    this.sql(
        `INSERT INTO newsroom_conflicts (doc_id, versions, found_at, discard) VALUES (?, ?, ?, NULL)
         ON CONFLICT (doc_id) DO UPDATE SET versions = excluded.versions, discard = NULL`,
      )
      .run(docId, JSON.stringify(versions), this.ctx.now());
  }

  clearConflict(docId: string): void {
    this.sql('DELETE FROM newsroom_conflicts WHERE doc_id = ?').run(docId);
  }

  /**
   * The user's choice ends a conflict: `save` writes what they chose or merged (an ordinary
   * save, so it is queued like any other, as a child of the revision the desk shows), and every
   * other side is marked to be removed on the server when that save goes out. One transaction.
   */
  resolve<T>(kind: 'story' | 'page' | 'mark', id: string, save: () => T): T {
    const docId = docIdOf(kind, id);
    return writeTransaction(this.ctx.db, () => {
      const conflict = this.conflict(docId);
      if (!conflict) throw new BanmianError('not-found', `There is no newsroom conflict on ${docId}.`, { id });
      const base = this.baseRev(docId);
      const result = save();
      const discard = conflict.versions.map((version) => version.rev).filter((rev) => rev !== base);
      this.sql('UPDATE newsroom_conflicts SET discard = ? WHERE doc_id = ?').run(JSON.stringify(discard), docId);
      // Keeping the shown side unchanged is a choice too: queue the row so the losers go out with it.
      if (!this.isPending(docId)) {
        this.sql(
            `INSERT INTO newsroom_outbox (doc_id, change, queued_at)
             VALUES (?, (SELECT coalesce(max(change), 0) + 1 FROM newsroom_outbox), ?)`,
          )
          .run(docId, this.ctx.now());
      }
      return result;
    });
  }

  refused(): Array<{ docId: string; reason: string; at: string }> {
    return (this.sql('SELECT doc_id, reason, at FROM newsroom_refused ORDER BY at DESC').all() as Array<{ doc_id: string; reason: string; at: string }>).map(
      (row) => ({ docId: row.doc_id, reason: row.reason, at: row.at }),
    );
  }

  recordRefusal(docId: string, reason: string): void {
    this.sql(
        `INSERT INTO newsroom_refused (doc_id, reason, at) VALUES (?, ?, ?)
         ON CONFLICT (doc_id) DO UPDATE SET reason = excluded.reason, at = excluded.at`,
      )
      .run(docId, reason, this.ctx.now());
  }

  state(key: string): string | null {
    const row = this.sql('SELECT value FROM newsroom_state WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setState(key: string, value: string): void {
    this.sql('INSERT INTO newsroom_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }

  private toConflict(row: { doc_id: string; versions: string; found_at: string; discard: string | null }): NewsroomConflict {
    const what = `Newsroom conflict on ${row.doc_id}`;
    return {
      docId: row.doc_id,
      versions: parseStored(versionsSchema, parseJsonColumn(row.versions, what), what),
      foundAt: row.found_at,
      discard: row.discard === null ? null : parseStored(z.array(z.string()), parseJsonColumn(row.discard, what), what),
    };
  }
}
