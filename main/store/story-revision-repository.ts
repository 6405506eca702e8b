import type { StoryRevision } from '../../shared/ipc/contract-types';
import { storyFieldsSchema, type StoryFields } from '../../shared/model/story';
import { revisionId } from './revision-id';
import type { StoreContext } from './store-context';
import { parseJsonColumn, parseStored } from './validation';

interface RevisionRow {
  id: string;
  story_id: string;
  version: number;
  saved_at: string;
  saved_by: string;
  fields: string;
  unchecked: number;
}

/** A revision as the newsroom carries it (`revision:<id>`): the same shape the window gets. */
export type RevisionRecord = StoryRevision;

/**
 * `story_revisions`: every version a save replaced, whole, with who saved it. Its id is named by
 * its content (revision-id.ts), so a version kept on several desks is one revision.
 */
export class StoryRevisionRepository {
  private readonly insert;
  private readonly insertKept;
  private readonly select;
  private readonly selectOne;

  constructor(ctx: StoreContext) {
    this.insert = ctx.db.prepare(
      'INSERT OR IGNORE INTO story_revisions (id, story_id, version, saved_at, saved_by, fields, unchecked) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    // The version being replaced carries the story's flag as it is before the save (migration 13).
    this.insertKept = ctx.db.prepare(
      `INSERT OR IGNORE INTO story_revisions (id, story_id, version, saved_at, saved_by, fields, unchecked)
       VALUES (@id, @storyId, @version, @savedAt, @savedBy, @fields, EXISTS (SELECT 1 FROM newsroom_unchecked WHERE doc_id = 'story:' || @storyId))`,
    );
    this.select = ctx.db.prepare(
      'SELECT id, story_id, version, saved_at, saved_by, fields, unchecked FROM story_revisions WHERE story_id = ? ORDER BY saved_at DESC, version DESC',
    );
    this.selectOne = ctx.db.prepare('SELECT id, story_id, version, saved_at, saved_by, fields, unchecked FROM story_revisions WHERE id = ?');
  }

  /**
   * Keeps a replaced version. `savedAt` is when that version was saved, `savedBy` who saved it.
   * Call inside the save's transaction. Keeping a version already kept (here or, through the
   * newsroom, on another desk) changes nothing.
   */
  keep(storyId: string, version: number, savedAt: string, fields: StoryFields, savedBy = ''): void {
    const json = JSON.stringify(fields);
    this.insertKept.run({ id: revisionId(storyId, savedAt, json), storyId, version, savedAt, savedBy, fields: json });
  }

  /** A revision from the newsroom, as its desk kept it. */
  receive(record: RevisionRecord): void {
    this.insert.run(record.id, record.storyId, record.version, record.savedAt, record.savedBy, JSON.stringify(record.fields), record.unchecked ? 1 : 0);
  }

  /** Newest first. */
  list(storyId: string): StoryRevision[] {
    return (this.select.all(storyId) as RevisionRow[]).map(toRevision);
  }

  /** One revision, for the newsroom; null when it is not on this desk. */
  record(id: string): RevisionRecord | null {
    const row = this.selectOne.get(id) as RevisionRow | undefined;
    return row ? toRevision(row) : null;
  }
}

function toRevision(row: RevisionRow): RevisionRecord {
  const what = `Revision ${row.version} of story ${row.story_id}`;
  return {
    id: row.id,
    storyId: row.story_id,
    version: row.version,
    savedAt: row.saved_at,
    savedBy: row.saved_by,
    fields: parseStored(storyFieldsSchema, parseJsonColumn(row.fields, what), what),
    unchecked: row.unchecked === 1,
  };
}
