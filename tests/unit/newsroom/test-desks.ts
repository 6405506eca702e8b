import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewsroomDesk, type NewsroomDeskOptions } from '../../../main/newsroom/newsroom-desk';
import { openReplica, replicaPathFor, type Replica } from '../../../main/newsroom/replica';
import { openStore } from '../../../main/store/open-store';
import type { Store } from '../../../main/store/store-types';

/** A desk as the app runs it: its own SQLite file and its own replica folder, one newsroom user. */
export interface TestDesk {
  name: string;
  dbPath: string;
  store: Store;
  replica: Replica;
  desk: NewsroomDesk;
  close(): Promise<void>;
}

export function deskFolder(): string {
  return mkdtempSync(join(tmpdir(), 'banmian-desk-'));
}

export function openTestDesk(
  dir: string,
  url: string,
  user: { name: string; password: string },
  options: NewsroomDeskOptions = {},
): TestDesk {
  const dbPath = join(dir, 'banmian.db');
  const store = openStore(dbPath);
  const replica = openReplica(replicaPathFor(dbPath));
  const desk = new NewsroomDesk(store, replica, { url, user: user.name, password: user.password }, { pollMs: 50, maxBackOffMs: 500, ...options });
  return {
    name: user.name,
    dbPath,
    store,
    replica,
    desk,
    close: async () => {
      await desk.stop();
      await replica.close();
      store.close();
    },
  };
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Waits until `check` holds (a live sync has no fixed arrival time; the test's own timeout bounds it). */
export async function until(check: () => boolean | Promise<boolean>, what: string, limitMs = 20_000, everyMs = 50): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Still waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
