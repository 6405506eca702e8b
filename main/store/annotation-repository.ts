import { z } from 'zod';
import { BanmianError } from '../../shared/ipc/result';
import {
  annotationAnchorSchema,
  annotationKindSchema,
  annotationStatusSchema,
  newAnnotationSchema,
  type AnnotationFilter,
  type AnnotationRecord,
  type AnnotationRepository,
  type AnnotationStatus,
  type NewAnnotation,
} from './annotation-types';
import { writeTransaction, type StoreContext } from './store-context';
import { parseInput, parseJsonColumn, parseStored } from './validation';

interface AnnotationRow {
  id: string;
  story_id: string;
  anchor: string;
  kind: string;
  body: string;
  author: string;
  status: string;
  round: number;
  reply_to: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, story_id, anchor, kind, body, author, status, round, reply_to, created_at, updated_at';
const recordSchema = z.object({
  id: z.string(),
  storyId: z.string(),
  anchor: annotationAnchorSchema,
  kind: annotationKindSchema,
  body: z.string(),
  author: z.string(),
  status: annotationStatusSchema,
  round: z.number().int().min(1),
  replyTo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const filterSchema = z.object({ status: annotationStatusSchema.optional(), round: z.number().int().min(1).optional() });

function toRecord(row: AnnotationRow): AnnotationRecord {
  const what = `Annotation ${row.id}`;
  return parseStored(
    recordSchema,
    {
      id: row.id,
      storyId: row.story_id,
      anchor: parseJsonColumn(row.anchor, `${what} anchor`),
      kind: row.kind,
      body: row.body,
      author: row.author,
      status: row.status,
      round: row.round,
      replyTo: row.reply_to,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
    what,
  );
}

/** `annotations`: comments, proof marks and queries on stories, with replies and rounds. */
export class SqliteAnnotationRepository implements AnnotationRepository {
  constructor(private readonly ctx: StoreContext) {}

  create(input: NewAnnotation): AnnotationRecord {
    const checked = parseInput(newAnnotationSchema, input, 'annotation');
    return writeTransaction(this.ctx.db, () => {
      const story = this.ctx.db.prepare('SELECT id FROM stories WHERE id = ?').get(checked.storyId);
      if (!story) throw new BanmianError('not-found', `No story with id ${checked.storyId}.`, { id: checked.storyId });
      let anchor = checked.anchor;
      if (checked.replyTo !== null) {
        const parent = this.find(checked.replyTo);
        if (!parent || parent.storyId !== checked.storyId) {
          const issue = `replyTo: no annotation ${checked.replyTo} on this story`;
          throw new BanmianError('invalid-input', `Invalid annotation: ${issue}`, undefined, [issue]);
        }
        anchor ??= parent.anchor;
      }
      if (!anchor) {
        const issue = 'anchor: required unless the annotation is a reply';
        throw new BanmianError('invalid-input', `Invalid annotation: ${issue}`, undefined, [issue]);
      }
      const id = this.ctx.newId();
      const now = this.ctx.now();
      this.ctx.db
        .prepare(
          `INSERT INTO annotations (${COLUMNS})
           VALUES (@id, @story_id, @anchor, @kind, @body, @author, 'open', @round, @reply_to, @now, @now)`,
        )
        .run({
          id,
          story_id: checked.storyId,
          anchor: JSON.stringify(anchor),
          kind: checked.kind,
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

  updateStatus(id: string, status: AnnotationStatus): AnnotationRecord {
    const checked = parseInput(annotationStatusSchema, status, 'annotation status', 'status');
    return writeTransaction(this.ctx.db, () => {
      const current = this.get(id);
      if (current.status === checked) return current;
      this.ctx.db.prepare('UPDATE annotations SET status = ?, updated_at = ? WHERE id = ?').run(checked, this.ctx.now(), id);
      return this.get(id);
    });
  }

  private find(id: string): AnnotationRecord | null {
    const row = this.ctx.db.prepare(`SELECT ${COLUMNS} FROM annotations WHERE id = ?`).get(id) as AnnotationRow | undefined;
    return row ? toRecord(row) : null;
  }
}
