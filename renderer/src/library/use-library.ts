import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryFacets, StorySummary } from '../../../shared/ipc/contract-types';
import type { BanmianClient } from '../ipc/bridge';
import { errorMessage } from '../ipc/error-message';
import { toPageFilter, type LibraryFilter } from './library-filter';

/** Rows per `stories.page` call: a few screens, small enough to answer in milliseconds. */
export const PAGE_SIZE = 200;

export interface LibraryState {
  /** Counts of the whole live library (filter bar, status bar); null until the first load. */
  facets: LibraryFacets | null;
  /** The rows the filter lets through that are loaded so far, in the store's order; null until the first load. */
  rows: StorySummary[] | null;
  /** How many stories the filter lets through (loaded or not). */
  total: number;
  error: string | null;
  /** Bumped after every load, so views that depend on the stories (search) can re-run. */
  revision: number;
}

export interface Library extends LibraryState {
  /** Loads pages until at least `count` rows are loaded (or the list ends). */
  ensureRows(count: number): void;
}

const EMPTY: LibraryState = { facets: null, rows: null, total: 0, error: null, revision: 0 };

/**
 * The library read a page at a time through `stories.page`, as far as the view has scrolled.
 * A new filter starts again from the first page; a `stories.changed` notice reloads as many
 * rows as were loaded, so the view keeps its place. Answers to superseded loads are dropped.
 */
export function useLibrary(client: BanmianClient, filter: LibraryFilter): Library {
  const [state, setState] = useState<LibraryState>(EMPTY);
  const generation = useRef(0);
  // What is loaded, read by the loaders without waiting for a render.
  const loaded = useRef<{ rows: StorySummary[]; next: string | null; wanted: number; busy: boolean }>({
    rows: [],
    next: null,
    wanted: PAGE_SIZE,
    busy: false,
  });

  const fill = useCallback(
    async (request: number) => {
      const current = loaded.current;
      if (current.busy) return;
      current.busy = true;
      try {
        while (request === generation.current && current.next !== null && current.rows.length < current.wanted) {
          const page = await client.call('stories.page', { ...toPageFilter(filter), after: current.next, limit: PAGE_SIZE });
          if (request !== generation.current) return;
          current.rows = [...current.rows, ...page.stories];
          current.next = page.next;
          const rows = current.rows;
          setState((previous) => ({ ...previous, rows }));
        }
      } catch (error) {
        if (request === generation.current) setState((previous) => ({ ...previous, error: errorMessage(error) }));
      } finally {
        current.busy = false;
      }
    },
    [client, filter],
  );

  const load = useCallback(
    async (keepRows: number) => {
      const request = ++generation.current;
      try {
        const [facets, first] = await Promise.all([
          client.call('stories.facets', {}),
          client.call('stories.page', { ...toPageFilter(filter), limit: PAGE_SIZE }),
        ]);
        if (request !== generation.current) return;
        loaded.current = { rows: first.stories, next: first.next, wanted: Math.max(keepRows, PAGE_SIZE), busy: false };
        setState((previous) => ({ facets, rows: first.stories, total: first.total ?? 0, error: null, revision: previous.revision + 1 }));
        void fill(request);
      } catch (error) {
        if (request !== generation.current) return;
        setState((previous) => ({ ...previous, error: errorMessage(error) }));
      }
    },
    [client, filter, fill],
  );

  useEffect(() => {
    void load(PAGE_SIZE);
    return client.on('stories.changed', () => void load(loaded.current.rows.length));
  }, [client, load]);

  const ensureRows = useCallback(
    (count: number) => {
      const current = loaded.current;
      if (count <= current.wanted) return;
      current.wanted = count;
      void fill(generation.current);
    },
    [fill],
  );

  return { ...state, ensureRows };
}
