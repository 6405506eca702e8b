import type { StoryRevision } from '../../shared/ipc/contract-types';
import { storyFieldsSchema, type StoryFields } from '../../shared/model/story';
import type { StoreContext } from './store-context';
import { parseJsonColumn, parseStored } from './validation';

interface RevisionRow {
  story_id: string;
  version: number;
  saved_at: string;
  fields: string;
}

/** `story_revisions`: every version a save replaced, whole, keyed by (story, version). */
export class StoryRevisionRepository {
  private readonly insert;
  private readonly select;

  constructor(ctx: StoreContext) {
    this.insert = ctx.db.prepare('INSERT INTO story_revisions (story_id, version, saved_at, fields) VALUES (?, ?, ?, ?)');
    this.select = ctx.db.prepare(
      'SELECT story_id, version, saved_at, fields FROM story_revisions WHERE story_id = ? ORDER BY version DESC',
    );
  }

  /** Keeps a replaced version. `savedAt` is when that version was saved. Call inside the save's transaction. */
  keep(storyId: string, version: number, savedAt: string, fields: StoryFields): void {
    this.insert.run(storyId, version, savedAt, JSON.stringify(fields));
  }

  /** Newest first. */
  list(storyId: string): StoryRevision[] {
    return (this.select.all(storyId) as RevisionRow[]).map((row) => ({
      storyId: row.story_id,
      version: row.version,
      savedAt: row.saved_at,
      fields: parseStored(
        storyFieldsSchema,
        parseJsonColumn(row.fields, `Revision ${row.version} of story ${row.story_id}`),
        `Revision ${row.version} of story ${row.story_id}`,
      ),
    }));
  }
}
