import type { PageSummaryView } from '../../../../shared/ipc/page-contract';

/** Pages by edition, newest edition first, each edition's pages by 版次 (第1版 first). */
export interface EditionGroup {
  editionDate: string;
  pages: PageSummaryView[];
}

export function groupByEdition(pages: readonly PageSummaryView[]): EditionGroup[] {
  const byDate = new Map<string, PageSummaryView[]>();
  for (const page of pages) {
    const list = byDate.get(page.editionDate) ?? [];
    list.push(page);
    byDate.set(page.editionDate, list);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([editionDate, list]) => ({ editionDate, pages: list.sort((a, b) => a.pageNumber - b.pageNumber) }));
}

/** Today as YYYY-MM-DD in local time: the default edition date of a new page. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
