import type { Statement } from 'better-sqlite3';
import type { UncheckedEdit } from '../../shared/model/unchecked-edit';
import { docIdOf } from './newsroom-docs';
import { preparedStatements, writeTransaction, type StoreContext } from './store-context';

/**
 * Edits made without the check-out (无签出编辑, migration 13). The trigger flags a story or page
 * saved while this desk holds no live lease on it; this class keeps the leases the trigger
 * checks against, reads the flags, carries them in and out of the newsroom's documents, and
 * clears one when a holder of the check-out has looked at it (已核对).
 */
export class UncheckedEdits {
  private readonly sql: (sql: string) => Statement<unknown[]>;

  constructor(private readonly ctx: StoreContext) {
    this.sql = preparedStatements(ctx.db);
  }

  /** This desk holds the lease on `docId` until `expires` (ISO); saves until then are under the lock. */
  holding(docId: string, expires: string): void {
    this.sql('INSERT INTO newsroom_check_outs (doc_id, expires) VALUES (?, ?) ON CONFLICT (doc_id) DO UPDATE SET expires = excluded.expires').run(
      docId,
      expires,
    );
  }

  /** The lease was given back, lost or broken: saves from now on are without the lock. */
  released(docId: string): void {
    this.sql('DELETE FROM newsroom_check_outs WHERE doc_id = ?').run(docId);
  }

  releasedAll(): void {
    this.sql('DELETE FROM newsroom_check_outs').run();
  }

  get(docId: string): UncheckedEdit | null {
    const row = this.sql('SELECT edited_by, edited_at FROM newsroom_unchecked WHERE doc_id = ?').get(docId) as
      | { edited_by: string; edited_at: string }
      | undefined;
    return row ? { by: row.edited_by, at: row.edited_at } : null;
  }

  /** Rows (library stories, the page list) with their flag where they have one. */
  decorate<T extends { id: string }>(kind: 'story' | 'page', rows: T[]): Array<T & { unchecked?: UncheckedEdit }> {
    return rows.map((row) => {
      const flag = this.get(docIdOf(kind, row.id));
      return flag ? { ...row, unchecked: flag } : row;
    });
  }

  /** What a document from the newsroom says (the applier's transaction: no trigger runs for it). */
  receive(docId: string, flag: UncheckedEdit | undefined): void {
    if (flag) {
      this.sql(
        `INSERT INTO newsroom_unchecked (doc_id, edited_by, edited_at) VALUES (?, ?, ?)
         ON CONFLICT (doc_id) DO UPDATE SET edited_by = excluded.edited_by, edited_at = excluded.edited_at`,
      ).run(docId, flag.by, flag.at);
    } else {
      this.sql('DELETE FROM newsroom_unchecked WHERE doc_id = ?').run(docId);
    }
  }

  /**
   * 已核对: clears the flag and queues the document, so every desk learns it was reviewed.
   * False when it was not flagged. The caller checks that the user holds the check-out.
   */
  review(docId: string): boolean {
    return writeTransaction(this.ctx.db, () => {
      if (this.sql('DELETE FROM newsroom_unchecked WHERE doc_id = ?').run(docId).changes === 0) return false;
      this.sql(
        `INSERT INTO newsroom_outbox (doc_id, change, queued_at)
         VALUES (?, (SELECT coalesce(max(change), 0) + 1 FROM newsroom_outbox), ?)
         ON CONFLICT (doc_id) DO UPDATE SET change = excluded.change, queued_at = excluded.queued_at`,
      ).run(docId, this.ctx.now());
      return true;
    });
  }
}
