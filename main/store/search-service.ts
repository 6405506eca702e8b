import { z } from 'zod';
import type { SearchHit } from '../../shared/ipc/contract-types';
import type { Story } from '../../shared/model/story';
import { SEARCH_COLUMNS, bodyTexts, bylinesText } from './search-index';
import { findTerms, planQuery } from './search-query';
import { buildSnippet } from './search-snippet';
import { foldText } from './search-text';
import type { StoreContext } from './store-context';
import type { SearchService } from './store-types';
import { rowToStory, type StoryRow } from './story-row';
import { parseInput } from './validation';

export const DEFAULT_SEARCH_LIMIT = 20;
const limitSchema = z.number().int().min(1).max(200);

/**
 * Ranks live stories in tiers, then by FTS5's bm25 (weights in SEARCH_COLUMNS) within a tier:
 *   2: the headline holds the whole query;
 *   1: the kicker, subtitle or byline lines do (a reporter's own stories, a story about it);
 *   0: only the body does.
 * Weights alone cannot do this: FTS5 sums weighted counts before saturating them and
 * normalises by the whole story's length, so a long story with the word in its headline or
 * byline could fall below a short one that mentions it in passing.
 * Each candidate's real text is then checked: a query that spans a CJK run and a number
 * ("2021年") is matched in the index as separate pieces, and only the text can say they are
 * adjacent.
 */
export class SqliteSearchService implements SearchService {
  private readonly query;

  constructor(ctx: StoreContext) {
    const weights = SEARCH_COLUMNS.map((column) => column.weight).join(', ');
    this.query = ctx.db.prepare(
      `SELECT s.*, m.tier, -m.rank AS relevance
       FROM (SELECT rowid, bm25(story_search, ${weights}) AS rank,
                    CASE
                      WHEN rowid IN (SELECT rowid FROM story_search WHERE story_search MATCH @headline) THEN 2
                      WHEN rowid IN (SELECT rowid FROM story_search WHERE story_search MATCH @display) THEN 1
                      ELSE 0
                    END AS tier
             FROM story_search WHERE story_search MATCH @match) AS m
       JOIN stories AS s ON s.seq = m.rowid
       WHERE s.deleted_at IS NULL
       ORDER BY m.tier DESC, m.rank, s.updated_at DESC
       LIMIT @limit OFFSET @offset`,
    );
  }

  search(query: string, limit: number = DEFAULT_SEARCH_LIMIT): SearchHit[] {
    parseInput(z.string().max(200), query, 'search', 'query');
    parseInput(limitSchema, limit, 'search', 'limit');
    const plan = planQuery(query);
    if (!plan) return [];
    const hits: SearchHit[] = [];
    const batch = Math.max(limit * 2, 50);
    for (let offset = 0; hits.length < limit; offset += batch) {
      const rows = this.query.all({
        match: plan.match,
        headline: `{headline} : (${plan.match})`,
        display: `{kicker subtitle bylines} : (${plan.match})`,
        limit: batch,
        offset,
      }) as Array<StoryRow & { tier: number; relevance: number }>;
      for (const row of rows) {
        const story = rowToStory(row);
        if (!containsAll(story, plan.terms)) continue;
        const { snippet, highlights } = buildSnippet(snippetSources(story), plan.terms);
        hits.push({ id: story.id, headline: story.headline, snippet, highlights, score: scoreOf(row.tier, row.relevance) });
        if (hits.length === limit) break;
      }
      if (rows.length < batch) break;
    }
    return hits;
  }
}

/** One number in result order: the integer part is the tier, the fraction bm25 squeezed into [0, 1). */
function scoreOf(tier: number, relevance: number): number {
  const positive = Math.max(0, relevance);
  return tier + positive / (1 + positive);
}

/** Where a snippet may come from, best first. The headline is shown beside it already. */
function snippetSources(story: Story): string[] {
  return [...bodyTexts(story.body), story.kicker, story.subtitle, bylinesText(story.bylines, story.photoCredit)];
}

function containsAll(story: Story, terms: string[]): boolean {
  const text = foldText(
    [story.headline, story.kicker, story.subtitle, bylinesText(story.bylines, story.photoCredit), ...bodyTexts(story.body)].join('\n'),
  );
  return terms.every((term) => findTerms(text, [term], 1).length > 0);
}
