import { useEffect, useRef, useState } from 'react';
import type { Story } from '../../../shared/ipc/contract-types';
import type { BanmianClient } from '../ipc/bridge';
import { errorMessage } from '../ipc/error-message';

export type StoryState = { kind: 'none' } | { kind: 'loading' } | { kind: 'loaded'; story: Story } | { kind: 'error'; message: string };

/** One story through `stories.get`, read again when the main process says it changed. */
export function useStory(client: BanmianClient, id: string | null): StoryState {
  const [state, setState] = useState<StoryState>({ kind: 'none' });
  const latest = useRef(0);

  useEffect(() => {
    if (!id) {
      latest.current += 1;
      setState({ kind: 'none' });
      return;
    }
    const load = (showLoading: boolean) => {
      const request = ++latest.current;
      if (showLoading) setState({ kind: 'loading' });
      client.call('stories.get', { id }).then(
        (story) => request === latest.current && setState({ kind: 'loaded', story }),
        (error: unknown) => request === latest.current && setState({ kind: 'error', message: errorMessage(error) }),
      );
    };
    load(true);
    return client.on('stories.changed', ({ ids }) => {
      if (ids.includes(id)) load(false);
    });
  }, [client, id]);

  return state;
}
