import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Handlers } from '../../../main/ipc/handler-types';
import { createHandlers } from '../../../main/ipc/handlers';
import { announceNewsroomChanges, NewsroomService } from '../../../main/newsroom/newsroom-service';
import { openStore } from '../../../main/store/open-store';
import type { NewsroomUser } from '../../../main/newsroom/server-setup';
import type { Store } from '../../../main/store/store-types';
import { startNewsroomServer, type TestServer } from './newsroom-server';
import { deskFolder, removeFolder } from './test-desks';
import { testSecrets } from './test-secrets';

/** A desk as the app builds it: its store, its NewsroomService and the IPC handlers, in a folder of its own. */
export interface HandlerDesk {
  user: string;
  dir: string;
  store: Store;
  service: NewsroomService;
  handlers: Handlers;
  /** Story ids the newsroom reported changed, and the events the window would get. */
  changed: string[];
  events: Array<{ event: string; payload: unknown }>;
  join(): Promise<unknown>;
  leave(): Promise<unknown>;
}

/**
 * Desks for one test file's server: `open` builds one (`passwords` names each user's password
 * for `join`); `closeAll` stops their services, closes their stores and removes their folders.
 */
export function handlerDesks(url: () => string, passwords: Record<string, string>) {
  const desks: HandlerDesk[] = [];
  return {
    /** The desks opened so far, in order (a later test goes on with an earlier one's desks). */
    all: desks as readonly HandlerDesk[],
    open(user: string, options: { leaseMs?: number } = {}): HandlerDesk {
      const dir = deskFolder();
      const store = openStore(join(dir, 'banmian.db'));
      const changed: string[] = [];
      const events: HandlerDesk['events'] = [];
      const notify = (event: string, payload: unknown) => events.push({ event, payload });
      const service = new NewsroomService({
        store,
        settingsFile: join(dir, 'newsroom.json'),
        secrets: testSecrets,
        onChanged: (changes) => {
          changed.push(...changes.stories);
          announceNewsroomChanges(changes, notify);
        },
        ...(options.leaseMs === undefined ? {} : { leaseMs: options.leaseMs }),
      });
      const handlers = createHandlers({ store, appInfo: () => ({ name: 'Banmian', version: '0', dataDir: dir, shell: 'harness' }), newsroom: service, notify });
      const desk: HandlerDesk = {
        user,
        dir,
        store,
        service,
        handlers,
        changed,
        events,
        join: async () => handlers['newsroom.join']({ url: url(), user, password: passwords[user]! }),
        leave: async () => handlers['newsroom.leave']({}),
      };
      desks.push(desk);
      return desk;
    },
    async closeAll(): Promise<void> {
      for (const desk of desks) {
        await desk.service.close();
        desk.store.close();
        removeFolder(desk.dir);
      }
    },
  };
}

/**
 * One test file's newsroom: a server with `users` (design document removed, see
 * newsroom-server.ts) started before the file's tests, and handler desks on it, all stopped after.
 */
export function handlerDeskSuite(database: string, users: NewsroomUser[]) {
  let server: TestServer | undefined;
  let url = '';
  const desks = handlerDesks(() => url, Object.fromEntries(users.map((user) => [user.name, user.password])));
  beforeAll(async () => {
    ({ server, url } = await startNewsroomServer({ database, users }));
  }, 60_000);
  afterAll(async () => {
    await desks.closeAll();
    await server?.stop();
  });
  return { desks, url: () => url };
}
