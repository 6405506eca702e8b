import { openStore } from '../store/open-store';
import type { Store } from '../store/store-types';

/** Opens the database for one command and always closes it. */
export async function withStore<T>(path: string, work: (store: Store) => T | Promise<T>): Promise<T> {
  const store = openStore(path);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}
