import { deskDocSchema, parseDocId, type DeskDoc } from '../store/newsroom-docs';
import { emptyInboundReport, mergeInboundReport as merge, type InboundDoc, type InboundReport } from '../store/newsroom-inbound';
import type { ConflictVersion, OutboxEntry } from '../store/newsroom-outbox';
import type { Store } from '../store/store-types';
import type { NewsroomPhoto } from '../store/newsroom-photos';
import { storedPhoto } from '../photos/photo-store';
import { childRevision } from './local-revision';
import { PHOTO_PREFIX, PREVIEW_PREFIX, photoDocs, receivePreview } from './photo-sharing';
import type { Replica } from './replica';

/** Outbox entries per replica write, and replica changes per SQLite transaction. */
const BATCH = 500;

/** What a replica document carries besides its content. */
interface ReplicaFields {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _conflicts?: string[];
}

/**
 * SQLite ↔ replica, both ways, one step at a time (the desk runs one step at a time):
 * `push` copies the outbox into the replica, `pull` applies the replica's changes to SQLite.
 */
export class DeskBridge {
  constructor(
    private readonly store: Store,
    private readonly replica: Replica,
    /** The newsroom user this desk writes as (every document says who). */
    private readonly user: string,
  ) {}

  /** Copies every queued save into the replica; returns how many went. */
  async push(): Promise<number> {
    const { outbox } = this.store.newsroom;
    let pushed = 0;
    for (;;) {
      const entries = outbox.pending(BATCH);
      if (entries.length === 0) return pushed;
      // Documents go into the replica in one write per batch (photos, with their attachments, one by one).
      const docs: object[] = [];
      const written: Array<{ entry: OutboxEntry; rev: string }> = [];
      for (const entry of entries) {
        if (entry.docId.startsWith(PHOTO_PREFIX)) {
          await this.pushPhoto(entry);
          pushed += 1;
          continue;
        }
        const base = outbox.baseRev(entry.docId);
        if (base === null && (await this.arrivedAlready(entry))) {
          pushed += 1;
          continue;
        }
        const content = outbox.docFor(entry, this.user, await this.creatorOf(entry.docId, base));
        const body = content === null ? { _deleted: true } : content;
        const next = childRevision(base, body);
        docs.push({ _id: entry.docId, _rev: next.rev, _revisions: next.revisions, ...body });
        // The user's choice in a conflict: the other sides end as deletions, children of themselves.
        for (const loser of outbox.conflict(entry.docId)?.discard ?? []) {
          const tombstone = childRevision(loser, { _deleted: true });
          docs.push({ _id: entry.docId, _rev: tombstone.rev, _revisions: tombstone.revisions, _deleted: true });
        }
        written.push({ entry, rev: next.rev });
      }
      if (docs.length > 0) await this.replica.bulkDocs(docs, { new_edits: false });
      // Only once the replica has them: a crash before this pushes them again, to the same revisions.
      outbox.markAllPushed(written);
      pushed += written.length;
    }
  }

  /** A photo goes once, as its original and its preview (photo-sharing.ts); one gone from the desk is dropped from the queue. */
  private async pushPhoto(entry: OutboxEntry): Promise<void> {
    const { outbox } = this.store.newsroom;
    const sha256 = entry.docId.slice(PHOTO_PREFIX.length);
    const asset = storedPhoto(this.store, sha256);
    if (asset && outbox.baseRev(entry.docId) === null) {
      const docs = await photoDocs(this.store, asset, { createdBy: this.user, editedBy: this.user, editedAt: entry.queuedAt });
      await this.replica.bulkDocs(docs, { new_edits: false });
      for (const doc of docs.slice(1)) {
        const { _id, _rev } = doc as { _id: string; _rev: string };
        outbox.setBaseRev(_id, _rev);
      }
      outbox.markPushed(entry, (docs[0] as { _rev: string })._rev);
      return;
    }
    const base = outbox.baseRev(entry.docId);
    if (base === null) outbox.drop(entry);
    else outbox.markPushed(entry, base);
  }

  /**
   * A revision another desk kept too (same content-named id) may be in the replica already: the
   * desk takes that one instead of sending a second leaf of the same history.
   */
  private async arrivedAlready(entry: OutboxEntry): Promise<boolean> {
    if (!entry.docId.startsWith('revision:')) return false;
    const known = (await this.replica.get(entry.docId).catch(() => null)) as { _rev?: string } | null;
    if (!known?._rev) return false;
    this.store.newsroom.outbox.markPushed(entry, known._rev);
    return true;
  }

  /** Who made the document, as its base revision says (the server checks it never changes). */
  private async creatorOf(docId: string, base: string | null): Promise<string> {
    if (base === null) return this.user;
    const doc = await this.replica.get(docId, { rev: base }).catch(() => null);
    return typeof doc?.createdBy === 'string' ? doc.createdBy : this.user;
  }

  /** Applies what the replica got since the last step to SQLite, a batch per transaction. */
  async pull(): Promise<InboundReport> {
    const { inbound } = this.store.newsroom;
    const total = emptyInboundReport();
    for (;;) {
      const since = inbound.since();
      const changes = await this.replica.changes({
        since: since === '0' ? 0 : Number(since),
        limit: BATCH,
        include_docs: true,
        conflicts: true,
        style: 'all_docs',
      });
      if (changes.results.length === 0) break;
      const docs: InboundDoc[] = [];
      const photos: NewsroomPhoto[] = [];
      for (const change of changes.results) {
        const doc = change.doc as (ReplicaFields & Record<string, unknown>) | undefined;
        if (doc && !doc._deleted && doc._id.startsWith(PREVIEW_PREFIX)) {
          const photo = await receivePreview(this.store, this.replica, doc).catch((error: unknown) => {
            inbound.defer(doc._id, (error as Error).message);
            return null;
          });
          if (photo) photos.push(photo);
          continue;
        }
        const inboundDoc = doc && parseDocId(doc._id) ? await this.inboundOf(doc) : null;
        if (inboundDoc) docs.push(inboundDoc);
      }
      merge(total, inbound.applyBatch(docs, String(changes.last_seq), photos));
    }
    // Documents that arrived before what they point at (a mark before its story) go again.
    const waiting = inbound.deferred();
    if (waiting.length > 0) {
      const docs: InboundDoc[] = [];
      for (const docId of waiting) {
        const doc = await this.replica.get(docId, { conflicts: true }).catch(() => null);
        const inboundDoc = doc ? await this.inboundOf(doc as ReplicaFields & Record<string, unknown>) : null;
        if (inboundDoc) docs.push(inboundDoc);
      }
      const report = inbound.applyBatch(docs, null);
      merge(total, { ...report, deferred: [] });
      total.deferred = report.deferred;
    }
    return total;
  }

  /** Null, and the document waits with the reason, when a side is not a document this version can read. */
  private async inboundOf(doc: ReplicaFields & Record<string, unknown>): Promise<InboundDoc | null> {
    try {
      const conflicts: ConflictVersion[] = [];
      for (const rev of doc._conflicts ?? []) {
        const side = await this.replica.get(doc._id, { rev });
        conflicts.push({ rev, doc: contentOf(side as ReplicaFields & Record<string, unknown>) });
      }
      return { docId: doc._id, rev: doc._rev, doc: contentOf(doc), conflicts };
    } catch (error) {
      this.store.newsroom.inbound.defer(doc._id, (error as Error).message);
      return null;
    }
  }
}

/** A document's content checked against the model; a deletion is null. */
function contentOf(doc: ReplicaFields & Record<string, unknown>): DeskDoc | null {
  if (doc._deleted) return null;
  const { _id, _rev: _r, _conflicts: _c, _deleted: _d, _revisions: _v, _attachments: _a, ...content } = doc;
  const parsed = deskDocSchema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${_id} is not a Banmian document this version can read (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown shape'}).`);
  }
  return parsed.data;
}
