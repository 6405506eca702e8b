import { useCallback, useEffect, useRef, useState } from 'react';
import type { StorySummary } from '../../../shared/ipc/contract-types';
import type { BanmianClient } from '../ipc/bridge';
import { errorMessage } from '../ipc/error-message';

export interface TrashState {
  stories: StorySummary[] | null;
  error: string | null;
}

/** Deleted stories (`stories.list` with deleted: true), newest deletion first, kept fresh on stories.changed. */
export function useTrash(client: BanmianClient, active: boolean): TrashState {
  const [state, setState] = useState<TrashState>({ stories: null, error: null });
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    try {
      const stories = await client.call('stories.list', { deleted: true });
      if (request === latest.current) setState({ stories, error: null });
    } catch (error) {
      if (request === latest.current) setState((previous) => ({ ...previous, error: errorMessage(error) }));
    }
  }, [client]);

  useEffect(() => {
    if (!active) return;
    void load();
    return client.on('stories.changed', () => void load());
  }, [active, client, load]);

  return state;
}
