import type { Statement } from 'better-sqlite3';
import { z } from 'zod';
import type { LibraryFacets, StoryPage, StoryRevision, StorySummary } from '../../shared/ipc/contract-types';
import { BanmianError } from '../../shared/ipc/result';
import { storyFieldsOf } from '../../shared/model/story';
import {
  emptyStoryFields,
  storyFieldsSchema,
  storyStatusSchema,
  type Story,
  type StoryFields,
} from '../../shared/model/story';
import type { SearchIndex } from './search-index';
import { preparedStatements, writeTransaction, type StoreContext } from './store-context';
import { filterClauses, LibraryQuery } from './library-query';
import type { StoryFilter, StoryPageRequest, StoryRepository } from './store-types';
import type { StoryRevisionRepository } from './story-revision-repository';
import {
  STORY_COLUMNS,
  STORY_SUMMARY_COLUMNS,
  rowToStory,
  storyColumnsOf,
  rowToSummary,
  type StoryRow,
  type StorySummaryRow,
} from './story-row';
import { parseInput, withoutUndefined } from './validation';

const partialFieldsSchema = storyFieldsSchema.partial();
const filterSchema = z.object({
  status: storyStatusSchema.optional(),
  section: z.string().optional(),
  since: z.string().optional(),
  deleted: z.boolean().optional(),
});
const versionSchema = z.number().int().positive();

/** The newsroom user this desk saves as ('' outside a newsroom): who saved a version. */
const DESK_USER = `coalesce((SELECT value FROM newsroom_state WHERE key = 'user'), '')`;

function describe(story: Story): string {
  return story.headline ? `“${story.headline}”` : 'An untitled story';
}

/** `stories`: the desk's stories, an optimistic version each, deleted softly into the trash. */
export class SqliteStoryRepository implements StoryRepository {
  private readonly statement: (sql: string) => Statement<unknown[]>;
  private readonly library: LibraryQuery;

  constructor(
    private readonly ctx: StoreContext,
    private readonly index: SearchIndex,
    private readonly history: StoryRevisionRepository,
  ) {
    this.statement = preparedStatements(ctx.db);
    this.library = new LibraryQuery(this.statement);
  }

  create(fields: Partial<StoryFields>): Story {
    const input = withoutUndefined(parseInput(partialFieldsSchema, fields ?? {}, 'story'));
    return writeTransaction(this.ctx.db, () => this.insert({ ...emptyStoryFields(), ...input }));
  }

  createMany(list: Array<Partial<StoryFields>>): Story[] {
    // Everything is checked before anything is written; the transaction covers the rest.
    const inputs = parseInput(z.array(z.unknown()), list, 'story list').map((fields, index) =>
      withoutUndefined(parseInput(partialFieldsSchema, fields ?? {}, `story ${index + 1} of ${list.length}`, `stories[${index}]`)),
    );
    return writeTransaction(this.ctx.db, () => inputs.map((input) => this.insert({ ...emptyStoryFields(), ...input })));
  }

  get(id: string): Story {
    return rowToStory(this.row(id));
  }

  list(filter: StoryFilter = {}): StorySummary[] {
    const checked = parseInput(filterSchema, filter, 'story filter');
    const { where: clauses, params } = filterClauses(checked);
    const where = [checked.deleted ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL', ...clauses];
    // Newest first; a batch imported at one instant keeps its order on the page.
    const order = checked.deleted ? 'deleted_at DESC, seq DESC' : 'updated_at DESC, seq ASC';
    const sql = `SELECT ${STORY_SUMMARY_COLUMNS} FROM stories WHERE ${where.join(' AND ')} ORDER BY ${order}`;
    return (this.statement(sql).all(params) as StorySummaryRow[]).map(rowToSummary);
  }

  page(request: StoryPageRequest): StoryPage {
    return this.library.page(request);
  }

  facets(): LibraryFacets {
    return this.library.facets();
  }

  summaries(ids: readonly string[]): StorySummary[] {
    return this.library.summaries(ids);
  }

  withHeadline(headline: string): StorySummary[] {
    const sql = `SELECT ${STORY_SUMMARY_COLUMNS} FROM stories WHERE deleted_at IS NULL AND headline = ? ORDER BY seq`;
    return (this.statement(sql).all(headline) as StorySummaryRow[]).map(rowToSummary);
  }

  save(id: string, expectedVersion: number, fields: Partial<StoryFields>): Story {
    parseInput(versionSchema, expectedVersion, 'version', 'version');
    const input = withoutUndefined(parseInput(partialFieldsSchema, fields ?? {}, 'story fields', 'fields'));
    return writeTransaction(this.ctx.db, () => {
      const row = this.row(id);
      const current = rowToStory(row);
      if (current.deletedAt !== null) {
        throw new BanmianError('conflict', `${describe(current)} is in the trash; restore it before saving. Nothing was saved.`, {
          current,
        });
      }
      if (current.version !== expectedVersion) {
        throw new BanmianError(
          'conflict',
          `${describe(current)} was saved elsewhere (now version ${current.version}; this copy is version ${expectedVersion}). Nothing was saved.`,
          { current },
        );
      }
      const before = storyFieldsOf(current);
      const after = storyFieldsOf({ ...before, ...input });
      // A save that changes nothing (an idle autosave) keeps the version and adds no revision.
      if (JSON.stringify(after) === JSON.stringify(before)) return current;
      const { edited_by: savedBy } = this.statement('SELECT edited_by FROM stories WHERE id = ?').get(id) as { edited_by: string };
      this.history.keep(current.id, current.version, current.updatedAt, before, savedBy);
      const result = this.statement(
        `UPDATE stories SET section = @section, status = @status, kicker = @kicker, headline = @headline,
           subtitle = @subtitle, bylines = @bylines, body = @body, photo_credit = @photo_credit, flags = @flags, language = @language,
           length = @length, version = version + 1, updated_at = @updated_at, edited_by = ${DESK_USER}
         WHERE id = @id AND version = @expected`,
      ).run({ ...storyColumnsOf(after), updated_at: this.ctx.now(), id, expected: expectedVersion });
      if (result.changes !== 1) throw new Error(`Story ${id} changed during its own save.`);
      this.index.put(row.seq, after);
      return this.get(id);
    });
  }

  duplicate(id: string): Story {
    return writeTransaction(this.ctx.db, () => {
      const source = this.get(id);
      // The copy starts over in the workflow: it is not approved or placed just because its source was.
      return this.insert({ ...storyFieldsOf(source), status: 'draft' });
    });
  }

  softDelete(id: string): Story {
    return writeTransaction(this.ctx.db, () => {
      const row = this.row(id);
      if (row.deleted_at !== null) return rowToStory(row);
      this.statement('UPDATE stories SET deleted_at = ? WHERE id = ?').run(this.ctx.now(), id);
      this.index.remove(row.seq);
      return this.get(id);
    });
  }

  restore(id: string): Story {
    return writeTransaction(this.ctx.db, () => {
      const row = this.row(id);
      if (row.deleted_at === null) return rowToStory(row);
      this.statement('UPDATE stories SET deleted_at = NULL WHERE id = ?').run(id);
      const story = this.get(id);
      this.index.put(row.seq, story);
      return story;
    });
  }

  revisions(id: string): StoryRevision[] {
    this.row(id);
    return this.history.list(id);
  }

  revisionRecord(revisionId: string): StoryRevision | null {
    return this.history.record(revisionId);
  }

  private insert(fields: StoryFields): Story {
    const checked = parseInput(storyFieldsSchema, fields, 'story');
    const now = this.ctx.now();
    const id = this.ctx.newId();
    const result = this.statement(
      `INSERT INTO stories (id, section, status, kicker, headline, subtitle, bylines, body, photo_credit, flags, language, length,
         version, created_at, updated_at, deleted_at, edited_by)
       VALUES (@id, @section, @status, @kicker, @headline, @subtitle, @bylines, @body, @photo_credit, @flags, @language, @length,
         1, @now, @now, NULL, ${DESK_USER})`,
    ).run({ ...storyColumnsOf(checked), id, now });
    this.index.put(Number(result.lastInsertRowid), checked);
    return this.get(id);
  }

  private row(id: string): StoryRow {
    const row = this.statement(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = ?`).get(id) as StoryRow | undefined;
    if (!row) throw new BanmianError('not-found', `No story with id ${id}.`, { id });
    return row;
  }
}
