import type Database from 'better-sqlite3';
import { blockText, type Byline, type StoryBody, type StoryFields } from '../../shared/model/story';
import { SearchHeads, type ColumnTexts } from './search-heads';
import { indexText } from './search-text';

/**
 * The `story_search` table: a contentless FTS5 index (unicode61 over pre-split tokens, see
 * search-text.ts) keyed by `stories.seq`. Only live stories are in it; every write that
 * changes a story's text or trash state updates it inside the same transaction.
 */

/** bm25 column weights, in the table's column order: a headline hit outweighs a body hit. */
export const SEARCH_COLUMNS = [
  { name: 'headline', weight: 10 },
  { name: 'kicker', weight: 5 },
  { name: 'subtitle', weight: 5 },
  { name: 'bylines', weight: 4 },
  { name: 'body', weight: 1 },
] as const;

export const SEARCH_WEIGHTS: readonly number[] = SEARCH_COLUMNS.map((column) => column.weight);

export type SearchableFields = Pick<StoryFields, 'headline' | 'kicker' | 'subtitle' | 'bylines' | 'body' | 'photoCredit'>;

/** "本报记者 杜挺勇 本报通讯员 薛慧科" plus a shared photo credit. */
export function bylinesText(bylines: Byline[], photoCredit: string): string {
  const parts = bylines.map((byline) => [byline.label, ...byline.names].join(' '));
  if (photoCredit) parts.push(photoCredit);
  return parts.join('\n');
}

/** The body's text, one entry per block; a photo gives its caption and credit. */
export function bodyTexts(body: StoryBody): string[] {
  return body.map((block) => (block.type === 'photo' ? [block.caption, block.credit].filter(Boolean).join(' ') : blockText(block)));
}

/** The story's text as the index's five columns (SEARCH_COLUMNS order). */
export function columnTexts(fields: SearchableFields): ColumnTexts {
  return [
    indexText(fields.headline),
    indexText(fields.kicker),
    indexText(fields.subtitle),
    indexText(bylinesText(fields.bylines, fields.photoCredit)),
    indexText(bodyTexts(fields.body).join('\n')),
  ];
}

/** The kept best stories of phrases (search-tops.ts's SearchTops), told of every write. */
export interface KeptLists {
  put(seq: number, columns: ColumnTexts, size: number): void;
  delete(seq: number): void;
}

export class SearchIndex {
  private readonly insert: Database.Statement;
  private readonly delete: Database.Statement;
  private readonly heads: SearchHeads | null;
  private readonly tops: KeptLists | null;

  /**
   * `withHeads: false` for the schema steps before story_search_heads existed; `tops`: the
   * search's kept best stories of phrases (search-tops.ts), kept up by every write.
   */
  constructor(db: Database.Database, options: { withHeads?: boolean; tops?: KeptLists } = {}) {
    this.insert = db.prepare(
      `INSERT INTO story_search (rowid, ${SEARCH_COLUMNS.map((column) => column.name).join(', ')}) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.delete = db.prepare('DELETE FROM story_search WHERE rowid = ?');
    this.heads = options.withHeads === false ? null : new SearchHeads(db, SEARCH_WEIGHTS);
    this.tops = options.tops ?? null;
  }

  /** Indexes (or re-indexes) a live story. Call inside the write's transaction, after the story's row is written. */
  put(seq: number, fields: SearchableFields): void {
    const columns = columnTexts(fields);
    this.delete.run(seq);
    this.insert.run(seq, ...columns);
    const size = this.heads?.put(seq, columns) ?? null;
    if (size !== null) this.tops?.put(seq, columns, size);
  }

  /** Takes a story out of the index (moved to the trash). */
  remove(seq: number): void {
    this.delete.run(seq);
    this.heads?.delete(seq);
    this.tops?.delete(seq);
  }
}
