import { z } from 'zod';
import type { SearchHit } from '../../shared/ipc/contract-types';
import type { Story } from '../../shared/model/story';
import { bodyTexts, bylinesText } from './search-index';
import { findTerms, planQuery } from './search-query';
import { buildSnippet } from './search-snippet';
import { foldText } from './search-text';
import { singleToken } from './search-heads-ranking';
import { TieredRanking } from './search-tiers';
import type { SearchService } from './store-types';
import { rowToStory } from './story-row';
import { parseInput } from './validation';

export const DEFAULT_SEARCH_LIMIT = 20;
const limitSchema = z.number().int().min(1).max(200);

/**
 * Search over live stories, best first (search-tiers.ts: headline, then kicker/subtitle/byline,
 * then body; bm25 within a tier). Each candidate's real text is then checked: a query that
 * spans a CJK run and a number ("2021年") is matched in the index as separate pieces, and only
 * the text can say they are adjacent.
 */
export class SqliteSearchService implements SearchService {
  /** The store's ranking: its kept best stories are kept up by the store's writes (open-store.ts). */
  constructor(private readonly ranking: TieredRanking) {}

  search(query: string, limit: number = DEFAULT_SEARCH_LIMIT): SearchHit[] {
    parseInput(z.string().max(200), query, 'search', 'query');
    parseInput(limitSchema, limit, 'search', 'limit');
    const plan = planQuery(query);
    if (!plan) return [];
    const hits: SearchHit[] = [];
    for (const { row, tier, relevance } of this.ranking.rows(plan.match, limit, singleToken(plan.terms), plan.phrase)) {
      const story = rowToStory(row);
      if (!containsAll(story, plan.terms)) continue;
      const { snippet, highlights } = buildSnippet(snippetSources(story), plan.terms);
      hits.push({ id: story.id, headline: story.headline, snippet, highlights, score: scoreOf(tier, relevance) });
      if (hits.length === limit) break;
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
