import { useEffect, useState } from 'react';
import type { CheckOutView } from '../../../shared/ipc/newsroom-contract';
import type { BanmianClient } from '../ipc/bridge';

/** While another user holds the item, ask again this often: it becomes editable once they let go. */
const RETRY_MS = 30_000;

/**
 * 签出 for an item open for editing: taken when it opens (the main process renews it while
 * held), given back when it closes. null until the first answer; `held` means read-only here.
 */
export function useCheckOut(client: BanmianClient, kind: 'story' | 'page', id: string): CheckOutView | null {
  const [view, setView] = useState<CheckOutView | null>(null);
  useEffect(() => {
    let live = true;
    let retry: ReturnType<typeof setTimeout> | null = null;
    const take = () => {
      client.call('newsroom.checkOut', { kind, id }).then(
        (next) => {
          if (!live) return;
          setView(next);
          if (next.state === 'held') retry = setTimeout(take, RETRY_MS);
        },
        () => live && setView({ state: 'off', reason: null }),
      );
    };
    take();
    return () => {
      live = false;
      if (retry !== null) clearTimeout(retry);
      void client.call('newsroom.checkIn', { kind, id }).catch(() => undefined);
    };
  }, [client, kind, id]);
  return view;
}
