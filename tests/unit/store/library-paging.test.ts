import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { STORY_STATUSES, type StoryStatus } from '../../../shared/model/story';
import type { StorySummary } from '../../../shared/ipc/contract-types';
import type { Store, StoryPageRequest } from '../../../main/store/store-types';
import { caught } from './caught';
import { useTempStores } from './temp-stores';

const SECTIONS = ['要闻', '党建', '经济', '', '图说基层党建'];

/**
 * 360 stories over ten days, imported in batches of six at one instant (ties the order
 * breaks by seq), then some saved later (moving them up) and some put in the trash.
 */
function archive(stores: ReturnType<typeof useTempStores>): { store: Store; path: string; deleted: Set<string> } {
  let now = new Date(2024, 1, 10, 8, 0);
  const path = `${stores.dir()}/banmian.db`;
  const store = stores.open(path, { now: () => now });
  const ids: string[] = [];
  for (let batch = 0; batch < 60; batch++) {
    now = new Date(2024, 1, 10 + Math.floor(batch / 6), 8 + (batch % 6));
    const made = store.stories.createMany(
      Array.from({ length: 6 }, (_, i) => {
        const n = batch * 6 + i;
        return { headline: `稿件${n}`, section: SECTIONS[n % SECTIONS.length]!, status: STORY_STATUSES[(n * 7) % STORY_STATUSES.length]! };
      }),
    );
    ids.push(...made.map((story) => story.id));
  }
  now = new Date(2024, 1, 25, 9, 0);
  for (const id of ids.filter((_, n) => n % 17 === 0)) store.stories.save(id, 1, { kicker: '改' });
  const deleted = new Set(ids.filter((_, n) => n % 23 === 5));
  for (const id of deleted) store.stories.softDelete(id);
  return { store, path, deleted };
}

/** Every page from the first to the last, `limit` rows each. */
function allPages(store: Store, request: Omit<StoryPageRequest, 'limit' | 'after'>, limit: number) {
  const first = store.stories.page({ ...request, limit });
  const stories = [...first.stories];
  let next = first.next;
  let pages = 1;
  while (next) {
    const page = store.stories.page({ ...request, limit, after: next });
    expect(page.total).toBeNull();
    expect(page.stories.length).toBeGreaterThan(0);
    stories.push(...page.stories);
    next = page.next;
    pages++;
  }
  return { stories, total: first.total, pages };
}

/** The library's order, computed here from the rows: newest change first, a batch in the order it was made. */
function expectedOrder(rows: StorySummary[], made: string[]): string[] {
  const position = new Map(made.map((id, n) => [id, n]));
  return [...rows]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || position.get(a.id)! - position.get(b.id)!)
    .map((story) => story.id);
}

describe('library paging', () => {
  const stores = useTempStores();

  it('returns every live story exactly once, in the library’s order, page after page', () => {
    const { store, deleted } = archive(stores);
    const everything = store.stories.list();
    const made = [...everything].sort((a, b) => Number(a.headline.slice(2)) - Number(b.headline.slice(2))).map((story) => story.id);
    for (const limit of [1, 7, 50, 500]) {
      const { stories, total, pages } = allPages(store, {}, limit);
      const ids = stories.map((story) => story.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expectedOrder(everything, made));
      expect(ids.some((id) => deleted.has(id))).toBe(false);
      expect(total).toBe(360 - deleted.size);
      expect(pages).toBe(Math.max(1, Math.ceil(ids.length / limit)));
    }
  });

  it('filters by status, section and date, alone and together, exactly as the full list does', () => {
    const { store } = archive(stores);
    const filters: Array<Omit<StoryPageRequest, 'limit'>> = [
      ...STORY_STATUSES.map((status) => ({ status })),
      ...SECTIONS.map((section) => ({ section })),
      { since: '2024-02-15' },
      { since: '2024-02-25' },
      { since: '2024-03-01' },
      { status: 'draft' as StoryStatus, section: '党建', since: '2024-02-12' },
    ];
    for (const filter of filters) {
      const { stories, total } = allPages(store, filter, 9);
      const expected = store.stories.list(filter);
      expect(stories.map((story) => story.id), JSON.stringify(filter)).toEqual(expected.map((story) => story.id));
      expect(total, JSON.stringify(filter)).toBe(expected.length);
      for (const story of stories) {
        if (filter.status) expect(story.status).toBe(filter.status);
        if (filter.section !== undefined) expect(story.section).toBe(filter.section);
      }
    }
    expect(store.stories.page({ since: '2024-03-01', limit: 10 })).toEqual({ stories: [], next: null, total: 0 });
  });

  it('counts the live library by status and by section for the filter bar', () => {
    const { store } = archive(stores);
    const live = store.stories.list();
    const facets = store.stories.facets();
    expect(facets.total).toBe(live.length);
    expect(facets.statuses.map((facet) => facet.value)).toEqual([...STORY_STATUSES]);
    for (const facet of facets.statuses) expect(facet.count).toBe(live.filter((story) => story.status === facet.value).length);
    expect(facets.sections.map((facet) => facet.value).sort()).toEqual(SECTIONS.filter(Boolean).sort());
    for (const facet of facets.sections) expect(facet.count).toBe(live.filter((story) => story.section === facet.value).length);
  });

  it('reads library rows for search hits in the order asked, leaving out unknown ids', () => {
    const { store } = archive(stores);
    const [a, b] = store.stories.list().slice(3, 5);
    expect(store.stories.summaries([b!.id, 'no-such-id', a!.id])).toEqual([b, a]);
    expect(store.stories.summaries([])).toEqual([]);
  });

  it('refuses a cursor it did not make and a page too large, with the reason', () => {
    const { store } = archive(stores);
    const error = caught(() => store.stories.page({ limit: 10, after: 'page 2' }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('after');
    expect(caught(() => store.stories.page({ limit: 501 })).code).toBe('invalid-input');
    expect(caught(() => store.stories.page({ limit: 10, since: 'yesterday' })).message).toContain('since');
  });

  it('reads every filter’s pages in index order, without sorting the archive', () => {
    const { store, path } = archive(stores);
    store.close();
    const db = new Database(path, { readonly: true });
    try {
      const cursor = "updated_at <= '2024-02-20' AND (updated_at < '2024-02-20' OR seq > 5)";
      const filters = ['1', "status = 'draft'", "section = '党建'", "updated_at >= '2024-02-15'", "status = 'draft' AND section = '党建'"];
      for (const filter of filters) {
        const sql = `SELECT id FROM stories WHERE deleted_at IS NULL AND ${filter} AND ${cursor} ORDER BY updated_at DESC, seq ASC LIMIT 50`;
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail).join('; ');
        expect(plan, filter).toMatch(/USING INDEX stories_live_by/);
        expect(plan, filter).not.toMatch(/TEMP B-TREE/);
      }
    } finally {
      db.close();
    }
  });
});
