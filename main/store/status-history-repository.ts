import { z } from 'zod';
import { annotationAuthorSchema, statusChangeSchema, type StatusChange } from '../../shared/model/annotation';
import { storyStatusSchema, type StoryStatus } from '../../shared/model/story';
import { writeTransaction, type StoreContext } from './store-context';
import { parseInput, parseStored } from './validation';

export interface NewStatusChange {
  storyId: string;
  from: StoryStatus;
  to: StoryStatus;
  author: string;
  version: number;
  note?: string;
}

/** A status change as the newsroom carries it (`status:<id>`, a global id). */
export interface StatusRecord extends StatusChange {
  id: string;
}

export interface StatusHistoryRepository {
  /** Records a status change; entering proofing starts the next proof round. */
  record(change: NewStatusChange): StatusChange;
  /** Oldest first. */
  list(storyId: string): StatusChange[];
  /** One change with its global id, for the newsroom; null when not on this desk. */
  get(id: string): StatusRecord | null;
  /** A change made on another desk; one already here changes nothing. */
  receive(record: StatusRecord): void;
  /** The round a new mark on this story belongs to: the number of times it entered proofing (at least 1). */
  currentRound(storyId: string): number;
}

interface StatusRow {
  id: string;
  story_id: string;
  from_status: string;
  to_status: string;
  author: string;
  version: number;
  round: number | null;
  note: string;
  at: string;
}

const statusInputSchema = z.object({
  storyId: z.string().min(1),
  from: storyStatusSchema,
  to: storyStatusSchema,
  author: annotationAuthorSchema,
  version: z.number().int().min(1),
  note: z.string().max(2000).default(''),
});

const COLUMNS = 'id, story_id, from_status, to_status, author, version, round, note, at';

function toStatusChange(row: StatusRow): StatusChange {
  return parseStored(
    statusChangeSchema,
    { storyId: row.story_id, from: row.from_status, to: row.to_status, author: row.author, at: row.at, version: row.version, round: row.round, note: row.note },
    `Status change of story ${row.story_id}`,
  );
}

/** `story_status_history`: who sent a story to proofing, took it back, approved it, and when; the proof rounds. */
export class SqliteStatusHistoryRepository implements StatusHistoryRepository {
  constructor(private readonly ctx: StoreContext) {}

  record(change: NewStatusChange): StatusChange {
    const checked = parseInput(statusInputSchema, change, 'status change');
    return writeTransaction(this.ctx.db, () => {
      const round = checked.to === 'proofing' && checked.from !== 'proofing' ? this.proofingEntries(checked.storyId) + 1 : null;
      const at = this.ctx.now();
      this.ctx.db
        .prepare(
          `INSERT INTO story_status_history (id, story_id, from_status, to_status, author, version, round, note, at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(this.ctx.newId(), checked.storyId, checked.from, checked.to, checked.author, checked.version, round, checked.note, at);
      return { storyId: checked.storyId, from: checked.from, to: checked.to, author: checked.author, at, version: checked.version, round, note: checked.note };
    });
  }

  list(storyId: string): StatusChange[] {
    const rows = this.ctx.db
      .prepare(`SELECT ${COLUMNS} FROM story_status_history WHERE story_id = ? ORDER BY at, seq`)
      .all(storyId) as StatusRow[];
    return rows.map(toStatusChange);
  }

  get(id: string): StatusRecord | null {
    const row = this.ctx.db.prepare(`SELECT ${COLUMNS} FROM story_status_history WHERE id = ?`).get(id) as StatusRow | undefined;
    return row ? { ...toStatusChange(row), id: row.id } : null;
  }

  receive(record: StatusRecord): void {
    if (this.get(record.id)) return;
    this.ctx.db
      .prepare(
        `INSERT INTO story_status_history (id, story_id, from_status, to_status, author, version, round, note, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(record.id, record.storyId, record.from, record.to, record.author, record.version, record.round, record.note, record.at);
  }

  currentRound(storyId: string): number {
    return Math.max(1, this.proofingEntries(storyId));
  }

  private proofingEntries(storyId: string): number {
    const row = this.ctx.db.prepare('SELECT max(round) AS round FROM story_status_history WHERE story_id = ?').get(storyId) as { round: number | null };
    return row.round ?? 0;
  }
}
