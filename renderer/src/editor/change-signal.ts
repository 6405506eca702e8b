import { useSyncExternalStore } from 'react';

/**
 * A counter bumped on every change of the body. Views that summarise the body (length,
 * flags, the conflict comparison) subscribe to it instead of to the Slate value, so a
 * keystroke re-renders them and not the editor around them.
 */
export interface ChangeSignal {
  bump(): void;
  subscribe(listener: () => void): () => void;
  get(): number;
}

export function createChangeSignal(): ChangeSignal {
  let version = 0;
  const listeners = new Set<() => void>();
  return {
    bump() {
      version += 1;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => version,
  };
}

export function useChangeSignal(signal: ChangeSignal): number {
  return useSyncExternalStore(signal.subscribe, signal.get);
}
