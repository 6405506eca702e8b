import { z } from 'zod';
import { BanmianError } from '../../shared/ipc/result';
import { assignableKindSchema, assignmentSchema, personSchema, type AssignableKind, type Assignment, type Task } from '../../shared/model/assignment';
import { storyStatusSchema, type StoryStatus } from '../../shared/model/story';
import { writeTransaction, type StoreContext } from './store-context';
import { parseInput, parseStored } from './validation';

export interface NewAssignment {
  kind: AssignableKind;
  itemId: string;
  assignee: string;
  assignedBy: string;
  status?: StoryStatus | null;
  note?: string;
}

interface AssignmentRow {
  id: string;
  kind: string;
  item_id: string;
  assignee: string;
  assigned_by: string;
  status: string | null;
  note: string;
  at: string;
}

const newAssignmentSchema = z.object({
  kind: assignableKindSchema,
  itemId: z.string().min(1).max(64),
  assignee: personSchema,
  assignedBy: personSchema,
  status: storyStatusSchema.nullable().default(null),
  note: z.string().max(2000).default(''),
});

const COLUMNS = 'id, kind, item_id, assignee, assigned_by, status, note, at';

function toAssignment(row: AssignmentRow): Assignment {
  return parseStored(
    assignmentSchema,
    { id: row.id, kind: row.kind, itemId: row.item_id, assignee: row.assignee, assignedBy: row.assigned_by, status: row.status, note: row.note, at: row.at },
    `Assignment ${row.id}`,
  );
}

/**
 * `assignments`: who has a story or page to do. An item's current assignment is its newest;
 * 我的任务 is every item whose current assignment names the user, newest first.
 */
export class AssignmentRepository {
  constructor(private readonly ctx: StoreContext) {}

  assign(input: NewAssignment): Assignment {
    const checked = parseInput(newAssignmentSchema, input, 'assignment');
    return writeTransaction(this.ctx.db, () => {
      this.requireItem(checked.kind, checked.itemId);
      const assignment: Assignment = { id: this.ctx.newId(), ...checked, at: this.ctx.now() };
      this.insert(assignment);
      return assignment;
    });
  }

  /** An assignment made on another desk (its item may not have arrived yet). */
  receive(assignment: Assignment): void {
    this.insert(assignment, true);
  }

  get(id: string): Assignment | null {
    const row = this.ctx.db.prepare(`SELECT ${COLUMNS} FROM assignments WHERE id = ?`).get(id) as AssignmentRow | undefined;
    return row ? toAssignment(row) : null;
  }

  /** Every assignment of one item, newest first (the current one first). */
  ofItem(kind: AssignableKind, itemId: string): Assignment[] {
    const rows = this.ctx.db
      .prepare(`SELECT ${COLUMNS} FROM assignments WHERE kind = ? AND item_id = ? ORDER BY at DESC, id DESC`)
      .all(kind, itemId) as AssignmentRow[];
    return rows.map(toAssignment);
  }

  /** 我的任务: the items whose current assignment names `person`, newest first, with what they are now. */
  tasksOf(person: string, limit = 500): Task[] {
    const rows = this.ctx.db
      .prepare(
        `SELECT a.id, a.kind, a.item_id, a.assignee, a.assigned_by, a.status, a.note, a.at,
                coalesce(s.headline, p.name, '') AS title, s.status AS item_status
         FROM assignments a
         LEFT JOIN stories s ON a.kind = 'story' AND s.id = a.item_id
         LEFT JOIN pages p ON a.kind = 'page' AND p.id = a.item_id
         WHERE a.assignee = ?
           AND NOT EXISTS (SELECT 1 FROM assignments later WHERE later.kind = a.kind AND later.item_id = a.item_id
                           AND (later.at > a.at OR (later.at = a.at AND later.id > a.id)))
           AND coalesce(s.deleted_at, p.deleted_at) IS NULL
         ORDER BY a.at DESC, a.id DESC LIMIT ?`,
      )
      .all(person, limit) as Array<AssignmentRow & { title: string; item_status: string | null }>;
    return rows.map((row) => ({
      ...toAssignment(row),
      title: row.title,
      itemStatus: row.item_status === null ? null : storyStatusSchema.parse(row.item_status),
    }));
  }

  /** Who was last given items for this workflow step (the one on duty), or null. */
  lastAssigneeFor(status: StoryStatus): string | null {
    const row = this.ctx.db.prepare('SELECT assignee FROM assignments WHERE status = ? ORDER BY at DESC, id DESC LIMIT 1').get(status) as
      | { assignee: string }
      | undefined;
    return row?.assignee ?? null;
  }

  /** Everyone this desk has seen given or giving work, for choosing whom to assign. */
  people(): string[] {
    const rows = this.ctx.db
      .prepare('SELECT assignee AS name FROM assignments UNION SELECT assigned_by FROM assignments UNION SELECT saved_by FROM story_revisions WHERE saved_by <> \'\' ORDER BY 1')
      .all() as Array<{ name: string }>;
    return rows.map((row) => row.name);
  }

  private insert(assignment: Assignment, ignoreKnown = false): void {
    this.ctx.db
      .prepare(
        `INSERT ${ignoreKnown ? 'OR IGNORE ' : ''}INTO assignments (id, kind, item_id, assignee, assigned_by, status, note, at)
         VALUES (@id, @kind, @itemId, @assignee, @assignedBy, @status, @note, @at)`,
      )
      .run(assignment);
  }

  private requireItem(kind: AssignableKind, id: string): void {
    const table = kind === 'story' ? 'stories' : 'pages';
    const row = this.ctx.db.prepare(`SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as { deleted_at: string | null } | undefined;
    if (!row) throw new BanmianError('not-found', `No ${kind} with id ${id}.`, { id });
    if (row.deleted_at !== null) throw new BanmianError('invalid-input', `The ${kind} is in the trash; restore it before assigning it.`);
  }
}
