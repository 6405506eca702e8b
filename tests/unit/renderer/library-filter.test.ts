import { describe, expect, it } from 'vitest';
import type { SearchHit, StorySummary } from '../../../shared/ipc/contract-types';
import {
  filterHits,
  matchesFilter,
  NO_FILTER,
  sortSections,
  toPageFilter,
} from '../../../renderer/src/library/library-filter';

function story(id: string, fields: Partial<StorySummary> = {}): StorySummary {
  return {
    id,
    section: '',
    status: 'draft',
    kicker: '',
    headline: `headline ${id}`,
    subtitle: '',
    bylines: [],
    length: 100,
    flags: [],
    version: 1,
    updatedAt: '2024-02-20T08:00:00.000Z',
    deletedAt: null,
    ...fields,
  };
}

function hit(id: string, score: number): SearchHit {
  return { id, headline: `headline ${id}`, snippet: '', highlights: [], score };
}

describe('toPageFilter', () => {
  it('asks the store for everything when no filter is set', () => {
    expect(toPageFilter(NO_FILTER)).toEqual({});
  });

  it('passes only the filters the desk set', () => {
    expect(toPageFilter({ status: 'proofing', section: '视觉新闻', since: '' })).toEqual({ status: 'proofing', section: '视觉新闻' });
    expect(toPageFilter({ status: '', section: '', since: '2024-02-20' })).toEqual({ since: '2024-02-20' });
  });
});

describe('filterHits', () => {
  const stories = [
    story('a', { section: '视觉新闻', status: 'editing' }),
    story('b', { section: '党员先锋故事', status: 'draft' }),
    story('c', { section: '视觉新闻', status: 'draft' }),
  ];
  const hits = [hit('c', 9), hit('a', 5), hit('b', 3), hit('new', 1)];

  it('keeps every hit in the store order when nothing is filtered', () => {
    expect(filterHits(hits, stories, NO_FILTER)).toEqual({ visible: hits, hidden: 0 });
  });

  it('hides hits outside the chosen section and says how many', () => {
    const { visible, hidden } = filterHits(hits, stories, { ...NO_FILTER, section: '视觉新闻' });
    expect(visible.map((h) => h.id)).toEqual(['c', 'a', 'new']);
    expect(hidden).toBe(1);
  });

  it('filters by status, keeping best-first order', () => {
    const { visible } = filterHits(hits, stories, { ...NO_FILTER, status: 'draft' });
    expect(visible.map((h) => h.id)).toEqual(['c', 'b', 'new']);
  });
});

describe('matchesFilter by date', () => {
  it('reads "since" as the start of that local day', () => {
    const lateEvening = new Date(2024, 1, 19, 23, 30).toISOString();
    const earlyMorning = new Date(2024, 1, 20, 0, 5).toISOString();
    const filter = { ...NO_FILTER, since: '2024-02-20' };
    expect(matchesFilter(story('x', { updatedAt: lateEvening }), filter)).toBe(false);
    expect(matchesFilter(story('y', { updatedAt: earlyMorning }), filter)).toBe(true);
  });
});

describe('sortSections', () => {
  it('orders the store’s section counts in the locale’s collation, keeping each count', () => {
    const sections = [
      { value: '视觉新闻', count: 2 },
      { value: 'Zeta', count: 4 },
      { value: 'alpha', count: 3 },
    ];
    expect(sortSections(sections, 'en')).toEqual([
      { value: 'alpha', count: 3 },
      { value: 'Zeta', count: 4 },
      { value: '视觉新闻', count: 2 },
    ]);
    expect(sections[0]!.value).toBe('视觉新闻');
  });
});
