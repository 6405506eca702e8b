import { useCallback, useEffect, useRef, useState } from 'react';
import type { StorySummary } from '../../../shared/ipc/contract-types';
import type { BanmianClient } from '../ipc/bridge';
import { errorMessage } from '../ipc/error-message';
import { toListInput, type LibraryFilter } from './library-filter';

export interface LibraryState {
  /** Every live story (for the filter counts and for search hits); null until the first load. */
  all: StorySummary[] | null;
  /** The stories the filter lets through, as the store lists them. */
  shown: StorySummary[] | null;
  error: string | null;
  /** Bumped after every load, so views that depend on the stories (search) can re-run. */
  revision: number;
}

/**
 * The library list, read through `stories.list` and read again whenever the filter
 * changes or the main process says stories changed. Answers to superseded requests are dropped.
 */
export function useLibrary(client: BanmianClient, filter: LibraryFilter): LibraryState {
  const [state, setState] = useState<LibraryState>({ all: null, shown: null, error: null, revision: 0 });
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    try {
      const [all, shown] = await Promise.all([
        client.call('stories.list', {}),
        client.call('stories.list', toListInput(filter)),
      ]);
      if (request !== latest.current) return;
      setState((previous) => ({ all, shown, error: null, revision: previous.revision + 1 }));
    } catch (error) {
      if (request !== latest.current) return;
      setState((previous) => ({ ...previous, error: errorMessage(error) }));
    }
  }, [client, filter]);

  useEffect(() => {
    void load();
    return client.on('stories.changed', () => void load());
  }, [client, load]);

  return state;
}
