import { useEffect, useState, type DependencyList } from 'react';
import { errorMessage } from '../ipc/error-message';

export type LoadState<T> = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; value: T };

/** Runs `load` when the dependencies change; a result that arrives after a change is dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): LoadState<T> {
  const [state, setState] = useState<LoadState<T>>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    load().then(
      (value) => live && setState({ kind: 'loaded', value }),
      (error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what `load` depends on
  }, deps);
  return state;
}
