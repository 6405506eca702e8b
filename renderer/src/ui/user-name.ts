import { useCallback, useSyncExternalStore } from 'react';

/**
 * Who works at this workstation: the name proofreading marks, replies and status changes are
 * signed with. One per workstation (kept in localStorage), shared by every window; sent with
 * each command that records a person.
 */

const STORAGE_KEY = 'banmian.userName';
const listeners = new Set<() => void>();
let memory = '';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The saved name, trimmed; '' when none was set. */
export function readUserName(store: Pick<Storage, 'getItem'> | null = storage()): string {
  try {
    return (store?.getItem(STORAGE_KEY) ?? memory).trim().slice(0, 80);
  } catch {
    return memory;
  }
}

export function writeUserName(name: string, store: Pick<Storage, 'setItem' | 'removeItem'> | null = storage()): void {
  const value = name.trim().slice(0, 80);
  memory = value;
  try {
    if (value) store?.setItem(STORAGE_KEY, value);
    else store?.removeItem(STORAGE_KEY);
  } catch {
    // Storage unavailable: the name lasts until the window closes.
  }
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another window of the app changed it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useUserName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, () => readUserName());
  const set = useCallback((next: string) => writeUserName(next), []);
  return [name, set];
}
