import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CheckOutKind } from '../../../shared/ipc/newsroom-contract';
import type { BanmianClient } from '../ipc/bridge';
import { CheckOutKeeper, type CheckOutSnapshot } from './check-out-keeper';

const UNKNOWN: CheckOutSnapshot = { state: 'unknown' };
const noSubscription = () => () => undefined;
const unknown = () => UNKNOWN;

/**
 * 签出 for an item open for editing (CheckOutKeeper): taken when it opens, given back when it
 * closes or idles. Call `keeper?.typed()` on every edit. `held` and `lost` mean read-only here.
 */
export function useCheckOut(client: BanmianClient, kind: CheckOutKind, id: string): { keeper: CheckOutKeeper | null; view: CheckOutSnapshot } {
  const [keeper, setKeeper] = useState<CheckOutKeeper | null>(null);
  useEffect(() => {
    const made = new CheckOutKeeper(client, kind, id);
    setKeeper(made);
    void made.take();
    return () => made.dispose();
  }, [client, kind, id]);
  const view = useSyncExternalStore(keeper?.subscribe ?? noSubscription, keeper?.getSnapshot ?? unknown);
  return { keeper, view };
}

/** Whether the item is read-only here because of a check-out (someone else's, or this desk's lost one). */
export function readOnlyByCheckOut(view: CheckOutSnapshot): boolean {
  return view.state === 'held' || view.state === 'lost';
}
