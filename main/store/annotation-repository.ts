import { z } from 'zod';
import { BanmianError } from '../../shared/ipc/result';
import {
  annotationAnchorSchema,
  annotationKindSchema,
  annotationPatchSchema,
  annotationStatusSchema,
  newAnnotationSchema,
  type AnnotationPatch,
} from '../../shared/model/annotation';
import type {
  AnchorUpdate,
  AnnotationFilter,
  AnnotationRecord,
  AnnotationRepository,
  AnnotationStatus,
  NewAnnotation,
} from './annotation-types';
import { writeTransaction, type StoreContext } from './store-context';
import { parseInput, parseJsonColumn, parseStored } from './validation';

interface AnnotationRow {
  id: string;
  story_id: string;
  anchor: string;
  kind: string;
  text: string;
  target: string | null;
  body: string;
  author: string;
  status: string;
  round: number;
  reply_to: string | null;
  created_at: string;
  updated_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

const COLUMNS = 'id, story_id, anchor, kind, text, target, body, author, status, round, reply_to, created_at, updated_at, decided_by, decided_at';
/** An annotation as stored (the newsroom's mark documents carry the same fields). */
export const annotationRecordSchema = z.object({
  id: z.string(),
  storyId: z.string(),
  anchor: annotationAnchorSchema,
  kind: annotationKindSchema,
  text: z.string(),
  target: annotationAnchorSchema.nullable(),
  body: z.string(),
  author: z.string(),
  status: annotationStatusSchema,
  round: z.number().int().min(1),
  replyTo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
const filterSchema = z.object({ status: annotationStatusSchema.optional(), round: z.number().int().min(1).optional() });
const anchorUpdatesSchema = z.array(
  z.object({ id: z.string().min(1), anchor: annotationAnchorSchema, target: annotationAnchorSchema.nullable().optional() }),
);
function toRecord(row: AnnotationRow): AnnotationRecord {
  const what = `Annotation ${row.id}`;
  return parseStored(
    annotationRecordSchema,
    {
      id: row.id,
      storyId: row.story_id,
      anchor: parseJsonColumn(row.anchor, `${what} anchor`),
      kind: row.kind,
      text: row.text,
      target: row.target === null ? null : parseJsonColumn(row.target, `${what} target`),
      body: row.body,
      author: row.author,
      status: row.status,
      round: row.round,
      replyTo: row.reply_to,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      decidedBy: row.decided_by,
      decidedAt: row.decided_at,
    },
    what,
  );
}

function invalid(issue: string): BanmianError {
  return new BanmianError('invalid-input', `Invalid annotation: ${issue}`, undefined, [issue]);
}

/** `annotations`: comments, suggestions and proof marks on a story's text. */
export class SqliteAnnotationRepository implements AnnotationRepository {
  constructor(private readonly ctx: StoreContext) {}

  create(input: NewAnnotation): AnnotationRecord {
    const checked = parseInput(newAnnotationSchema, input, 'annotation');
    return writeTransaction(this.ctx.db, () => {
      const story = this.ctx.db.prepare('SELECT id, headline, deleted_at FROM stories WHERE id = ?').get(checked.storyId) as { headline: string; deleted_at: string | null } | undefined;
      if (!story) throw new BanmianError('not-found', `No story with id ${checked.storyId}.`, { id: checked.storyId });
      // Like a save, a mark on a story in the trash is refused: restore the story first.
      if (story.deleted_at !== null) throw new BanmianError('conflict', `“${story.headline}” is in the trash; restore it before marking it. No mark was added.`, { id: checked.storyId });
      let anchor = checked.anchor;
      if (checked.replyTo !== null) {
        const parent = this.find(checked.replyTo);
        if (!parent || parent.storyId !== checked.storyId) throw invalid(`replyTo: no annotation ${checked.replyTo} on this story`);
        anchor ??= parent.anchor;
      }
      if (!anchor) throw invalid('anchor: required unless the annotation is a reply');
      const id = checked.id ?? this.ctx.newId();
      if (checked.id && this.find(checked.id)) throw new BanmianError('conflict', `An annotation with id ${checked.id} exists already.`, { id });
      const now = this.ctx.now();
      this.ctx.db
        .prepare(
          `INSERT INTO annotations (${COLUMNS})
           VALUES (@id, @story_id, @anchor, @kind, @text, @target, @body, @author, 'open', @round, @reply_to, @now, @now, NULL, NULL)`,
        )
        .run({
          id,
          story_id: checked.storyId,
          anchor: JSON.stringify(anchor),
          kind: checked.kind,
          text: checked.text,
          target: checked.target === null ? null : JSON.stringify(checked.target),
          body: checked.body,
          author: checked.author,
          round: checked.round,
          reply_to: checked.replyTo,
          now,
        });
      return this.get(id);
    });
  }

  get(id: string): AnnotationRecord {
    const found = this.find(id);
    if (!found) throw new BanmianError('not-found', `No annotation with id ${id}.`, { id });
    return found;
  }

  listByStory(storyId: string, filter: AnnotationFilter = {}): AnnotationRecord[] {
    const checked = parseInput(filterSchema, filter, 'annotation filter');
    const rows = this.ctx.db
      .prepare(
        `SELECT ${COLUMNS} FROM annotations
         WHERE story_id = @story_id AND (@status IS NULL OR status = @status) AND (@round IS NULL OR round = @round)
         ORDER BY created_at, seq`,
      )
      .all({ story_id: storyId, status: checked.status ?? null, round: checked.round ?? null }) as AnnotationRow[];
    return rows.map(toRecord);
  }

  updateStatus(id: string, status: AnnotationStatus, by?: string): AnnotationRecord {
    const checked = parseInput(annotationStatusSchema, status, 'annotation status', 'status');
    return writeTransaction(this.ctx.db, () => {
      const current = this.get(id);
      if (current.status === checked) return current;
      if (current.status === 'accepted') {
        throw new BanmianError('conflict', 'This change was accepted into the text; it cannot be reopened or rejected.', { current });
      }
      if (checked === 'accepted' && current.replyTo !== null) throw invalid('status: a reply cannot be accepted');
      const now = this.ctx.now();
      const decided = checked === 'open' ? { by: null, at: null } : { by: by?.trim() || null, at: now };
      this.ctx.db
        .prepare('UPDATE annotations SET status = ?, decided_by = ?, decided_at = ?, updated_at = ? WHERE id = ?')
        .run(checked, decided.by, decided.at, now, id);
      return this.get(id);
    });
  }

  update(id: string, patch: AnnotationPatch): AnnotationRecord {
    const checked = parseInput(annotationPatchSchema, patch, 'annotation change');
    return writeTransaction(this.ctx.db, () => {
      const current = this.get(id);
      if (current.status !== 'open') throw new BanmianError('conflict', 'Only an open mark can be changed.', { current });
      if (checked.kind !== undefined && !['replace', 'delete'].includes(current.kind)) {
        throw invalid('kind: only a replacement and a deletion turn into each other');
      }
      const next = {
        kind: checked.kind ?? current.kind,
        text: checked.text ?? current.text,
        body: checked.body ?? current.body,
        anchor: checked.anchor ?? current.anchor,
        target: checked.target === undefined ? current.target : checked.target,
      };
      // The same rules as a new mark: a 改正 keeps its text, a 转移 its target, …
      parseInput(newAnnotationSchema, { ...current, ...next, id: undefined, replyTo: current.replyTo }, 'annotation change');
      this.ctx.db
        .prepare('UPDATE annotations SET kind = ?, text = ?, body = ?, anchor = ?, target = ?, updated_at = ? WHERE id = ?')
        .run(next.kind, next.text, next.body, JSON.stringify(next.anchor), next.target === null ? null : JSON.stringify(next.target), this.ctx.now(), id);
      return this.get(id);
    });
  }

  reanchor(storyId: string, version: number, updates: readonly AnchorUpdate[]): number {
    const checked = parseInput(anchorUpdatesSchema, updates, 'anchors');
    return writeTransaction(this.ctx.db, () => {
      const story = this.ctx.db.prepare('SELECT version FROM stories WHERE id = ?').get(storyId) as { version: number } | undefined;
      if (!story) throw new BanmianError('not-found', `No story with id ${storyId}.`, { id: storyId });
      if (story.version !== version) {
        throw new BanmianError('conflict', `The anchors are for version ${version}; the story is at version ${story.version}.`, { version: story.version });
      }
      const find = this.ctx.db.prepare('SELECT story_id, status FROM annotations WHERE id = ?');
      const setAnchor = this.ctx.db.prepare('UPDATE annotations SET anchor = ? WHERE id = ?');
      const setTarget = this.ctx.db.prepare('UPDATE annotations SET target = ? WHERE id = ?');
      let count = 0;
      for (const update of checked) {
        const row = find.get(update.id) as { story_id: string; status: string } | undefined;
        // A mark withdrawn or decided meanwhile keeps where it was when that happened.
        if (!row || row.story_id !== storyId || row.status !== 'open') continue;
        setAnchor.run(JSON.stringify({ ...update.anchor, version }), update.id);
        if (update.target !== undefined) setTarget.run(update.target === null ? null : JSON.stringify({ ...update.target, version }), update.id);
        count += 1;
      }
      return count;
    });
  }

  remove(id: string, author: string): void {
    writeTransaction(this.ctx.db, () => {
      const current = this.get(id);
      if (current.author !== author.trim()) throw new BanmianError('forbidden', `Only ${current.author} can withdraw this mark.`);
      if (current.status !== 'open') throw new BanmianError('conflict', 'A decided mark stays on record.', { current });
      this.ctx.db.prepare('DELETE FROM annotations WHERE id = ?').run(id);
    });
  }

  private find(id: string): AnnotationRecord | null {
    const row = this.ctx.db.prepare(`SELECT ${COLUMNS} FROM annotations WHERE id = ?`).get(id) as AnnotationRow | undefined;
    return row ? toRecord(row) : null;
  }
}
