import { useEffect, useRef, useState } from 'react';
import type { SearchHit, StorySummary } from '../../../shared/ipc/contract-types';
import type { BanmianClient } from '../ipc/bridge';
import { errorMessage } from '../ipc/error-message';

/** The hits and their library rows (for section, status and filters), read together. */
export interface SearchAnswer {
  query: string;
  hits: SearchHit[];
  stories: StorySummary[];
}

export type SearchState =
  | { kind: 'idle' }
  /** `previous` keeps the last answer on screen while the next query runs, so results do not flicker. */
  | { kind: 'searching'; query: string; previous: SearchAnswer | null }
  | ({ kind: 'done' } & SearchAnswer)
  | { kind: 'error'; query: string; message: string };

const DEBOUNCE_MS = 180;

/**
 * Runs `stories.search` as the user types (debounced), and again when the library changes
 * (`revision`), keeping only the answer to the latest query.
 */
export function useSearch(client: BanmianClient, rawQuery: string, revision: number): SearchState {
  const query = rawQuery.trim();
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    if (!query) {
      setState({ kind: 'idle' });
      return;
    }
    setState((current) => {
      if (current.kind === 'done' && current.query === query) return current;
      const previous = current.kind === 'done' ? { query: current.query, hits: current.hits, stories: current.stories } : current.kind === 'searching' ? current.previous : null;
      return { kind: 'searching', query, previous };
    });
    const timer = setTimeout(() => {
      client
        .call('stories.search', { query })
        .then(async (hits) => ({ hits, stories: await client.call('stories.summaries', { ids: hits.map((hit) => hit.id) }) }))
        .then(
          ({ hits, stories }) => request === latest.current && setState({ kind: 'done', query, hits, stories }),
          (error: unknown) => request === latest.current && setState({ kind: 'error', query, message: errorMessage(error) }),
        );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, query, revision]);

  return state;
}
