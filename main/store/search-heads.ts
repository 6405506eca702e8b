import type Database from 'better-sqlite3';

/**
 * Impact-ordered postings for the two upper tiers (headline; kicker, subtitle, bylines) of a
 * one-token query, so the best of a common word's stories are read without scoring every one
 * of its matches. For each token of a live story's upper fields, `story_search_heads` keeps
 * the story's tier for it, the token's weighted count over the whole story (FTS5 bm25's
 * frequency: 10 a headline hit, 5 kicker, 5 subtitle, 4 bylines, 1 body) and the story's
 * length in tokens (FTS5's docsize), in index order (token, tier, freq, size). bm25 of one
 * token is a function of (freq, size) that grows with freq and falls with size, so the best
 * stories of a tier are the first few of each freq group: a handful of index seeks.
 * `updated_at` is copied from the story (a trigger keeps it) for the ties, newest first.
 *
 * A body-only story (tier 0) is not here: bodies hold ~1,100 distinct tokens a story, too many
 * rows to keep up on every save; that tier stays with FTS5 (search-tiers.ts).
 */

export const HEADS_SCHEMA = `
  CREATE TABLE story_search_heads (
    token      TEXT NOT NULL,
    tier       INTEGER NOT NULL,
    freq       INTEGER NOT NULL,
    size       INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (token, tier, freq, size, seq)
  ) WITHOUT ROWID;
  CREATE INDEX story_search_heads_by_story ON story_search_heads (seq);
  CREATE TRIGGER story_search_heads_updated AFTER UPDATE OF updated_at ON stories
    WHEN new.updated_at IS NOT old.updated_at
    BEGIN UPDATE story_search_heads SET updated_at = new.updated_at WHERE seq = new.seq; END;
`;

/** The five FTS5 column strings of a story, in SEARCH_COLUMNS order (search-text.ts's indexText of each). */
export type ColumnTexts = readonly [string, string, string, string, string];

/** Tokens as FTS5's unicode61 sees the space-separated index text. */
function tokens(text: string): string[] {
  return text === '' ? [] : text.split(' ').filter((token) => token !== '');
}

/**
 * The rows of one story: every distinct token of its upper fields with its tier and its count
 * over the whole story, each hit weighted by its column's bm25 weight (`weights`, column order).
 */
export function headPostings(columns: ColumnTexts, weights: readonly number[]): Array<{ token: string; tier: number; freq: number }> {
  const counts = new Map<string, number[]>();
  for (let column = 0; column < 4; column += 1) {
    for (const token of tokens(columns[column]!)) {
      let perColumn = counts.get(token);
      if (!perColumn) counts.set(token, (perColumn = [0, 0, 0, 0, 0]));
      perColumn[column]! += 1;
    }
  }
  // The body counts only for the upper fields' tokens (a few dozen of its ~1,100).
  if (counts.size > 0) {
    for (const token of tokens(columns[4])) {
      const perColumn = counts.get(token);
      if (perColumn) perColumn[4]! += 1;
    }
  }
  return [...counts].map(([token, perColumn]) => {
    const freq = perColumn.reduce((sum, n, column) => sum + n * weights[column]!, 0);
    return { token, tier: perColumn[0]! > 0 ? 2 : 1, freq };
  });
}

/** Reads FTS5 varints (SQLite's big-endian 7-bit format) from a docsize or averages record. */
export function readVarints(blob: Uint8Array): number[] {
  const values: number[] = [];
  let i = 0;
  while (i < blob.length) {
    let value = 0;
    for (let n = 0; n < 9 && i < blob.length; n += 1) {
      const byte = blob[i++]!;
      if (n === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    values.push(value);
  }
  return values;
}

export class SearchHeads {
  private readonly remove: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly docsize: Database.Statement;
  private readonly updatedAt: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly weights: readonly number[],
  ) {
    this.remove = db.prepare('DELETE FROM story_search_heads WHERE seq = ?');
    this.insert = db.prepare('INSERT INTO story_search_heads (token, tier, freq, size, seq, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    this.docsize = db.prepare('SELECT sz FROM story_search_docsize WHERE id = ?').pluck();
    this.updatedAt = db.prepare('SELECT updated_at FROM stories WHERE seq = ?').pluck();
  }

  /** After the story's FTS5 row is written (its docsize is the length bm25 uses). Returns that length. */
  put(seq: number, columns: ColumnTexts): number | null {
    this.remove.run(seq);
    const sz = this.docsize.get(seq) as Uint8Array | undefined;
    const updatedAt = this.updatedAt.get(seq) as string | undefined;
    if (!sz || updatedAt === undefined) return null;
    const size = readVarints(sz).reduce((sum, n) => sum + n, 0);
    for (const { token, tier, freq } of headPostings(columns, this.weights)) this.insert.run(token, tier, freq, size, seq, updatedAt);
    return size;
  }

  delete(seq: number): void {
    this.remove.run(seq);
  }
}
