import type Database from 'better-sqlite3';
import { HeadsRanking } from './search-heads-ranking';
import { SEARCH_COLUMNS, SEARCH_WEIGHTS } from './search-index';
import { tierListing, TIERS } from './search-tier-listing';
import { keepablePhrase, SearchTops } from './search-tops';
import type { StoryRow } from './story-row';
import { STORY_COLUMNS } from './story-row';

/**
 * Search results best first without ranking every match. Results come in tiers — 2: the
 * headline holds the query; 1: the kicker, subtitle or byline lines do; 0: only the body — and
 * within a tier by FTS5's bm25 over the whole story (weights in SEARCH_COLUMNS), then newest
 * first. Each tier is its own FTS5 query with a column filter, ranked and cut in SQLite
 * (`ORDER BY bm25 LIMIT n`), so only that tier's matches are scored and only n stories are
 * read; the next tier is asked for only when a page is not full yet. A word in 80,000 bodies
 * and 2,000 headlines scores the 2,000 and reads twenty.
 *
 * Equal scores are ordered newest first; a batch is cut after its last complete group of
 * equal scores, so a tie at the cut cannot put an older story before a newer one.
 *
 * A query of one token (a two-character word, a Latin word, a number) takes its two upper
 * tiers from impact-ordered postings instead (search-heads-ranking.ts): the same order,
 * without scoring the thousands of headlines a common word is in. A query of one phrase (that
 * token, or a name, a longer word) takes its other tiers from the phrase's kept best stories
 * (search-tops.ts), listed by FTS5 the first time and kept up by saves.
 */

export interface RankedRow {
  row: StoryRow;
  tier: number;
  /** −bm25: larger is better (for a one-token query's upper tiers, −bm25 / idf: the same order). */
  relevance: number;
}

export class TieredRanking {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly heads: HeadsRanking;
  private readonly story: Database.Statement;
  readonly tops: SearchTops;

  constructor(private readonly db: Database.Database) {
    this.heads = new HeadsRanking(db);
    this.story = db.prepare(`SELECT ${STORY_COLUMNS} FROM stories WHERE seq = ?`);
    this.tops = new SearchTops(db, SEARCH_WEIGHTS, tierListing(db, SEARCH_WEIGHTS), () => this.heads.averageLength());
  }

  /**
   * The ranked query of one tier. bm25 is taken over the whole query (a column filter would
   * change it), and the tier's rows are picked with `+rowid IN`: the + keeps SQLite from
   * seeking the index per rowid. Without `excludeAbove` (the tiers above matched nothing) the
   * query skips that lookup.
   */
  private statement(index: number, excludeAbove: boolean): Database.Statement {
    const key = `${index}:${excludeAbove}`;
    let statement = this.statements.get(key);
    if (!statement) {
      const { within, above } = TIERS[index]!;
      const weights = SEARCH_COLUMNS.map((column) => column.weight).join(', ');
      const columns = STORY_COLUMNS.split(', ').map((column) => `s.${column}`).join(', ');
      statement = this.db.prepare(
        `SELECT ${columns}, m.rank
         FROM (SELECT rowid, bm25(story_search, ${weights}) AS rank FROM story_search
               WHERE story_search MATCH @match
                 ${within ? 'AND +rowid IN (SELECT rowid FROM story_search WHERE story_search MATCH @within)' : ''}
                 ${above && excludeAbove ? 'AND +rowid NOT IN (SELECT rowid FROM story_search WHERE story_search MATCH @above)' : ''}
               ORDER BY rank LIMIT @limit) AS m
         JOIN stories AS s ON s.seq = m.rowid
         ORDER BY m.rank, s.updated_at DESC`,
      );
      this.statements.set(key, statement);
    }
    return statement;
  }

  /**
   * Matches of the FTS5 expression `match`, best first; `wanted` sizes the first batch. `token`:
   * the query's one index token when it is one (singleToken), for the upper tiers' postings;
   * `phrase`: the query's one FTS5 phrase when it is one, for the kept best stories.
   */
  *rows(match: string, wanted: number, token: string | null = null, phrase: string | null = null): Generator<RankedRow> {
    let aboveMatched = false;
    const avgdl = token === null ? null : this.heads.averageLength();
    for (const [index, { tier, within, above }] of TIERS.entries()) {
      if (token !== null && avgdl !== null && within !== null) {
        for (const { row, relevance } of this.heads.rows(token, tier, wanted, avgdl)) {
          aboveMatched = true;
          yield { row, tier, relevance };
        }
        continue;
      }
      if (phrase !== null && keepablePhrase(phrase)) {
        for (const { row, relevance } of this.kept(phrase, tier, wanted)) {
          aboveMatched = true;
          yield { row, tier, relevance };
        }
        continue;
      }
      const statement = this.statement(index, aboveMatched);
      const params = {
        match,
        ...(within ? { within: `${within} : (${match})` } : {}),
        ...(above && aboveMatched ? { above: `${above} : (${match})` } : {}),
      };
      let size = wanted + 8;
      let taken = 0;
      for (;;) {
        const rows = statement.all({ ...params, limit: size }) as Array<StoryRow & { rank: number }>;
        const exhausted = rows.length < size;
        if (rows.length > 0) aboveMatched = true;
        // Rows tied with the batch's last score may have newer peers beyond the cut: they wait for a bigger batch.
        const last = rows.at(-1)?.rank;
        const certain = exhausted ? rows.length : rows.findIndex((row) => row.rank === last);
        for (let i = taken; i < certain; i += 1) {
          const row = rows[i]!;
          // Only live stories are indexed; a trashed one here would be a stale entry.
          if (row.deleted_at === null) yield { row, tier, relevance: -row.rank };
        }
        if (exhausted) break;
        taken = Math.max(taken, certain);
        size *= 4;
      }
    }
  }

  /** A tier's stories from the phrase's kept best, best first; `wanted` sizes the first ask. */
  private *kept(phrase: string, tier: number, wanted: number): Generator<{ row: StoryRow; relevance: number }> {
    let n = wanted + 8;
    let taken = 0;
    for (;;) {
      const { rows, complete } = this.tops.top(phrase, tier, n);
      for (let i = taken; i < rows.length; i += 1) {
        const row = this.story.get(rows[i]!.seq) as StoryRow | undefined;
        if (row && row.deleted_at === null) yield { row, relevance: rows[i]!.relevance };
      }
      if (complete) return;
      taken = rows.length;
      n = rows.length * 4;
    }
  }
}
