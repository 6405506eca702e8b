import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openStore, type OpenStoreOptions } from '../../../main/store/open-store';
import type { Store } from '../../../main/store/store-types';

export interface TempStores {
  /** A fresh folder under the OS temp dir. */
  dir(): string;
  /** A store on a real file (a new temp folder's banmian.db unless `path` is given). */
  open(path?: string, options?: OpenStoreOptions): Store;
}

/** Stores on temp files, closed and deleted after each test. */
export function useTempStores(): TempStores {
  const dirs: string[] = [];
  const stores: Store[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const dir = () => {
    const made = mkdtempSync(join(tmpdir(), 'banmian-store-'));
    dirs.push(made);
    return made;
  };
  return {
    dir,
    open(path = join(dir(), 'banmian.db'), options = {}) {
      const store = openStore(path, options);
      stores.push(store);
      return store;
    },
  };
}
