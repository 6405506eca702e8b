import type Database from 'better-sqlite3';
import { readVarints } from './search-heads';

/** Which stories each tier holds, as FTS5 column filters: its own columns, and those of the tiers above. */
export const TIERS: ReadonlyArray<{ tier: number; within: string | null; above: string | null }> = [
  { tier: 2, within: '{headline}', above: null },
  { tier: 1, within: '{kicker subtitle bylines}', above: '{headline}' },
  { tier: 0, within: null, above: '{headline kicker subtitle bylines}' },
];

/** One row of a tier's FTS5 listing: bm25 with the weights and with them doubled (search-tops.ts's freqOf), and the story's length. */
export interface ListedRow {
  rowid: number;
  rank: number;
  rank2: number;
  size: number;
}

export type TierListing = (tier: number, match: string, limit: number) => ListedRow[];

/**
 * The FTS5 query that lists a phrase's tier for its kept best stories (search-tops.ts): the
 * tier's best `limit` by bm25. The store's connection runs it at a phrase's first search; the
 * warm-up's worker (search-warm-worker.ts) on its read-only connection. `weights`: the
 * columns' bm25 weights (search-index.ts's SEARCH_WEIGHTS).
 */
export function tierListing(db: Database.Database, weights: readonly number[]): TierListing {
  const doubled = weights.map((weight) => weight * 2).join(', ');
  const statements = TIERS.map(({ within, above }) =>
    db.prepare(
      `SELECT rowid, bm25(story_search, ${weights.join(', ')}) AS rank, bm25(story_search, ${doubled}) AS rank2,
              (SELECT sz FROM story_search_docsize WHERE id = story_search.rowid) AS sz
       FROM story_search WHERE story_search MATCH @match
         ${within ? 'AND +rowid IN (SELECT rowid FROM story_search WHERE story_search MATCH @within)' : ''}
         ${above ? 'AND +rowid NOT IN (SELECT rowid FROM story_search WHERE story_search MATCH @above)' : ''}
       ORDER BY rank LIMIT @limit`,
    ),
  );
  return (tier, match, limit) => {
    const index = TIERS.findIndex((entry) => entry.tier === tier);
    const { within, above } = TIERS[index]!;
    const rows = statements[index]!.all({
      match,
      limit,
      ...(within ? { within: `${within} : (${match})` } : {}),
      ...(above ? { above: `${above} : (${match})` } : {}),
    }) as Array<{ rowid: number; rank: number; rank2: number; sz: Uint8Array }>;
    return rows.map(({ rowid, rank, rank2, sz }) => ({ rowid, rank, rank2, size: readVarints(sz).reduce((sum, n) => sum + n, 0) }));
  };
}

/** The index's average story length in tokens, as bm25 takes it (FTS5's averages record). */
export function averageLength(db: Database.Database): () => number {
  const averages = db.prepare('SELECT block FROM story_search_data WHERE id = 1').pluck();
  return () => {
    const block = averages.get() as Uint8Array | undefined;
    const [nRow = 0, ...columns] = block ? readVarints(block) : [];
    return columns.reduce((sum, n) => sum + n, 0) / nRow;
  };
}
