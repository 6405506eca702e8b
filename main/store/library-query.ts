import type { Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { LibraryFacets, StoryPage, StorySummary } from '../../shared/ipc/contract-types';
import { BanmianError } from '../../shared/ipc/result';
import { STORY_STATUSES, storyStatusSchema } from '../../shared/model/story';
import { sinceToTimestamp } from './since-filter';
import type { StoryFilter, StoryPageRequest } from './store-types';

type StoryPageFilter = Omit<StoryFilter, 'deleted'>;
import { STORY_SUMMARY_COLUMNS, rowToSummary, type StorySummaryRow } from './story-row';
import { parseInput } from './validation';

export const MAX_PAGE = 500;

const requestSchema = z.object({
  status: storyStatusSchema.optional(),
  section: z.string().max(200).optional(),
  since: z.string().max(40).optional(),
  after: z.string().max(80).optional(),
  limit: z.number().int().min(1).max(MAX_PAGE),
});

/** A cursor is the last row's sort key: its update time and its seq (ties go by seq, ascending). */
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)~(\d{1,15})$/;

function parseCursor(after: string): { updatedAt: string; seq: number } {
  const match = CURSOR.exec(after);
  if (!match) {
    const issue = `after: expected the "next" of an earlier page, got "${after}"`;
    throw new BanmianError('invalid-input', `Invalid page request: ${issue}`, undefined, [issue]);
  }
  return { updatedAt: match[1]!, seq: Number(match[2]) };
}

/** The SQL conditions (and their parameters) of the library's filters, on `stories`. */
export function filterClauses(filter: StoryPageFilter): { where: string[]; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filter.status !== undefined) {
    where.push('status = @status');
    params.status = filter.status;
  }
  if (filter.section !== undefined) {
    where.push('section = @section');
    params.section = filter.section;
  }
  if (filter.since !== undefined) {
    where.push('updated_at >= @since');
    params.since = sinceToTimestamp(filter.since);
  }
  return { where, params };
}

/**
 * The live library read a page at a time, newest first (updated_at DESC, seq ASC, as
 * `stories.list` orders it), filtered in SQL. Each filter has an index that yields rows in
 * that order (migration 8), so a page costs its own rows, not the archive's.
 */
export class LibraryQuery {
  /** `statement` prepares once per SQL text (the repository's cache). */
  constructor(private readonly statement: (sql: string) => Statement<unknown[]>) {}

  page(request: StoryPageRequest): StoryPage {
    const checked = parseInput(requestSchema, request, 'page request');
    const filter = filterClauses(checked);
    const filtered = ['deleted_at IS NULL', ...filter.where];
    const filterParams = filter.params;
    const where = [...filtered];
    const params: Record<string, string | number> = { ...filterParams };
    if (checked.after !== undefined) {
      const cursor = parseCursor(checked.after);
      // Written as a range plus a tie-break so the index scan starts at the cursor.
      where.push('updated_at <= @cursorAt AND (updated_at < @cursorAt OR seq > @cursorSeq)');
      params.cursorAt = cursor.updatedAt;
      params.cursorSeq = cursor.seq;
    }
    // One row past the page tells whether another page follows.
    const rows = this.statement(
      `SELECT ${STORY_SUMMARY_COLUMNS} FROM stories WHERE ${where.join(' AND ')} ORDER BY updated_at DESC, seq ASC LIMIT @limit`,
    ).all({ ...params, limit: checked.limit + 1 }) as StorySummaryRow[];
    const more = rows.length > checked.limit;
    const shown = more ? rows.slice(0, checked.limit) : rows;
    const last = shown.at(-1);
    let total: number | null = null;
    if (checked.after === undefined) {
      total = (this.statement(`SELECT count(*) AS n FROM stories WHERE ${filtered.join(' AND ')}`).get(filterParams) as { n: number }).n;
    }
    return { stories: shown.map(rowToSummary), next: more && last ? `${last.updated_at}~${last.seq}` : null, total };
  }

  facets(): LibraryFacets {
    const statuses = this.statement(
      'SELECT status AS value, count(*) AS count FROM stories WHERE deleted_at IS NULL GROUP BY status',
    ).all() as Array<{ value: string; count: number }>;
    const sections = this.statement(
      "SELECT section AS value, count(*) AS count FROM stories WHERE deleted_at IS NULL AND section <> '' GROUP BY section",
    ).all() as Array<{ value: string; count: number }>;
    const byStatus = new Map(statuses.map((row) => [row.value, row.count]));
    return {
      total: statuses.reduce((sum, row) => sum + row.count, 0),
      statuses: STORY_STATUSES.map((value) => ({ value, count: byStatus.get(value) ?? 0 })),
      sections,
    };
  }

  /** The summaries of these stories (live or not), in the order asked; unknown ids are left out. */
  summaries(ids: readonly string[]): StorySummary[] {
    const checked = parseInput(z.array(z.string().max(100)).max(MAX_PAGE), ids, 'story ids');
    if (checked.length === 0) return [];
    const rows = this.statement(`SELECT ${STORY_SUMMARY_COLUMNS} FROM stories WHERE id IN (SELECT value FROM json_each(?))`).all(
      JSON.stringify(checked),
    ) as StorySummaryRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return checked.flatMap((id) => {
      const row = byId.get(id);
      return row ? [rowToSummary(row)] : [];
    });
  }
}
