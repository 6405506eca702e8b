import type Database from 'better-sqlite3';
import { averageLength } from './search-tier-listing';
import type { StoryRow } from './story-row';
import { STORY_COLUMNS } from './story-row';

/**
 * The two upper tiers of a one-token query read from story_search_heads (search-heads.ts),
 * best first, in the order `ORDER BY bm25(story_search)` gives, ties newest first. bm25 of one
 * token is idf × g(freq, size): the IDF is the same for every story of the query, so it is left
 * out — counting a common word's matching rows for it would cost what this table saves (a
 * word in 80,000 stories: 40–250 ms on a loaded machine) — and g is FTS5's arithmetic term for
 * term (fts5_aux.c: k1 1.2, b 0.75, the row count and token total from the index's averages
 * record, the story's length from its docsize record). Per tier it reads the distinct weighted
 * counts (an index seek each), then the n + 1 shortest stories of each count: the best n of
 * the tier are among them.
 */

export const K1 = 1.2;
export const B = 0.75;

/** fts5_aux.c's fts5Bm25Function for one phrase, term for term, without the IDF factor. */
export function bm25Term(freq: number, size: number, avgdl: number): number {
  return (freq * (K1 + 1.0)) / (freq + K1 * (1 - B + (B * size) / avgdl));
}

/** A query token the heads table answers for exactly as FTS5 would: a Latin word or number, or a two-character CJK bigram. */
const SIMPLE_TOKEN = /^(?:[a-z0-9]+|[\u3400-\u4dbf\u4e00-\u9fff]{2})$/u;

/** The one index token of a query of one such term (already folded), or null. */
export function singleToken(terms: readonly string[]): string | null {
  return terms.length === 1 && SIMPLE_TOKEN.test(terms[0]!) ? terms[0]! : null;
}

export interface HeadRow {
  row: StoryRow;
  /** −bm25 / idf: larger is better. */
  relevance: number;
}

interface Candidate {
  seq: number;
  relevance: number;
  updatedAt: string;
}

export class HeadsRanking {
  private readonly freqs: Database.Statement;
  private readonly group: Database.Statement;
  private readonly story: Database.Statement;

  constructor(db: Database.Database) {
    // Each step is one seek to the next larger count (a skip scan of the primary key).
    this.freqs = db
      .prepare(
        `WITH RECURSIVE f(freq) AS (
           SELECT min(freq) FROM story_search_heads WHERE token = @token AND tier = @tier
           UNION ALL
           SELECT (SELECT min(freq) FROM story_search_heads WHERE token = @token AND tier = @tier AND freq > f.freq) FROM f WHERE f.freq IS NOT NULL
         ) SELECT freq FROM f WHERE freq IS NOT NULL`,
      )
      .pluck();
    // The group's stories up to the length of its (n + 1)th shortest, so ties at the cut come whole.
    this.group = db.prepare(
      `SELECT seq, size, updated_at AS updatedAt FROM story_search_heads
       WHERE token = @token AND tier = @tier AND freq = @freq
         AND size <= coalesce((SELECT size FROM story_search_heads WHERE token = @token AND tier = @tier AND freq = @freq
                               ORDER BY size LIMIT 1 OFFSET @n), 9e18)
       ORDER BY size`,
    );
    this.averageLength = averageLength(db);
    this.story = db.prepare(`SELECT ${STORY_COLUMNS} FROM stories WHERE seq = ?`);
  }

  /** The index's average story length in tokens, as bm25 takes it. */
  readonly averageLength: () => number;

  /** The tier's best `n` (all of them when `exhausted`), best first. */
  top(token: string, tier: number, n: number, avgdl: number): { rows: Candidate[]; exhausted: boolean } {
    const found: Candidate[] = [];
    let exhausted = true;
    for (const freq of this.freqs.all({ token, tier }) as number[]) {
      const group = this.group.all({ token, tier, freq, n }) as Array<{ seq: number; size: number; updatedAt: string }>;
      if (group.length > n) exhausted = false;
      for (const { seq, size, updatedAt } of group) {
        found.push({ seq, relevance: bm25Term(freq, size, avgdl), updatedAt });
      }
    }
    found.sort((a, b) => b.relevance - a.relevance || (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.seq - b.seq));
    return { rows: exhausted ? found : found.slice(0, n), exhausted };
  }

  /** The stories of the token's tier `tier`, best first; `wanted` sizes the first batch. */
  *rows(token: string, tier: number, wanted: number, avgdl: number): Generator<HeadRow> {
    let n = wanted + 8;
    let taken = 0;
    for (;;) {
      const { rows, exhausted } = this.top(token, tier, n, avgdl);
      for (let i = taken; i < rows.length; i += 1) {
        const row = this.story.get(rows[i]!.seq) as StoryRow | undefined;
        if (row && row.deleted_at === null) yield { row, relevance: rows[i]!.relevance };
      }
      if (exhausted) return;
      taken = rows.length;
      n *= 4;
    }
  }
}
