import type { CommandInput } from '../../../shared/ipc/contract';
import type { SearchHit, StorySummary } from '../../../shared/ipc/contract-types';
import type { StoryStatus } from '../../../shared/model/story';

/** What the desk narrows the library by; empty strings mean "any". */
export interface LibraryFilter {
  status: StoryStatus | '';
  section: string;
  /** YYYY-MM-DD, changed on or after. */
  since: string;
}

export const NO_FILTER: LibraryFilter = { status: '', section: '', since: '' };

export function isFiltered(filter: LibraryFilter): boolean {
  return filter.status !== '' || filter.section !== '' || filter.since !== '';
}

export type PageFilter = Omit<CommandInput<'stories.page'>, 'limit' | 'after'>;

/** The `stories.page` filter fields for a filter, leaving out what is not set. */
export function toPageFilter(filter: LibraryFilter): PageFilter {
  const input: PageFilter = {};
  if (filter.status) input.status = filter.status;
  if (filter.section) input.section = filter.section;
  if (filter.since) input.since = filter.since;
  return input;
}

/** Whether one story passes the filter; used for search hits, which the store does not filter. */
export function matchesFilter(story: StorySummary, filter: LibraryFilter): boolean {
  if (filter.status && story.status !== filter.status) return false;
  if (filter.section && story.section !== filter.section) return false;
  if (filter.since && Date.parse(story.updatedAt) < startOfLocalDay(filter.since)) return false;
  return true;
}

/** "2024-02-20" as the start of that day on this computer's clock, as the store reads `since`. */
function startOfLocalDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return Number.NEGATIVE_INFINITY;
  return new Date(year, month - 1, day).getTime();
}

/**
 * Search hits the filters let through, in the store's order (best first). A hit whose
 * story is not in the library list (it arrived after the list was read) is kept.
 */
export function filterHits(
  hits: readonly SearchHit[],
  stories: readonly StorySummary[],
  filter: LibraryFilter,
): { visible: SearchHit[]; hidden: number } {
  if (!isFiltered(filter)) return { visible: [...hits], hidden: 0 };
  const byId = new Map(stories.map((story) => [story.id, story]));
  const visible = hits.filter((hit) => {
    const story = byId.get(hit.id);
    return !story || matchesFilter(story, filter);
  });
  return { visible, hidden: hits.length - visible.length };
}

export interface Facet<V extends string> {
  value: V;
  count: number;
}

/** The store's section counts in the collation of the locale. */
export function sortSections(sections: ReadonlyArray<Facet<string>>, locale: string): Array<Facet<string>> {
  const collator = new Intl.Collator(locale);
  return [...sections].sort((a, b) => collator.compare(a.value, b.value));
}
