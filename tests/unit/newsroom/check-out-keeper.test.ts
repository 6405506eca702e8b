import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { NewsroomService } from '../../../main/newsroom/newsroom-service';
import { openStore } from '../../../main/store/open-store';
import type { Store } from '../../../main/store/store-types';
import { createBridge, createClient, type BanmianClient } from '../../../shared/ipc/client';
import type { EventName, Events } from '../../../shared/ipc/contract';
import { CheckOutKeeper } from '../../../renderer/src/newsroom/check-out-keeper';
import { paragraph } from '../store/sample-stories';
import { startNewsroomServer, type TestServer } from './newsroom-server';
import { deskFolder, removeFolder, until } from './test-desks';
import { testSecrets } from './test-secrets';

interface KeeperDesk {
  dir: string;
  store: Store;
  service: NewsroomService;
  client: BanmianClient;
}

/**
 * The window's side of 签出 (CheckOutKeeper) on the real contract, handlers and NewsroomService,
 * two desks and a real server: idle release and retaking, 总编室's break reaching the holder at
 * its next renewal, and the offline check-out that outlives closing the story.
 */
describe('check-out in the window', { timeout: 90_000 }, () => {
  let server: TestServer;
  let url: string;
  const desks: KeeperDesk[] = [];
  const keepers: CheckOutKeeper[] = [];

  const openDesk = async (user: string): Promise<KeeperDesk> => {
    const dir = deskFolder();
    const store = openStore(join(dir, 'banmian.db'));
    const listeners = new Map<EventName, Set<(payload: never) => void>>();
    const emit = <E extends EventName>(event: E, payload: Events[E]) => listeners.get(event)?.forEach((listener) => (listener as (p: Events[E]) => void)(payload));
    // Short leases (renewed every second) and a short idle time, so the test runs in seconds.
    const service = new NewsroomService({
      store,
      settingsFile: join(dir, 'newsroom.json'),
      secrets: testSecrets,
      leaseMs: 3000,
      idleMs: 1500,
      onCheckOutLost: (lost) => emit('newsroom.checkOutLost', lost),
    });
    const handlers = createHandlers({ store, appInfo: () => ({ name: 'Banmian', version: '0', dataDir: dir, shell: 'harness' }), newsroom: service });
    const client = createClient(
      createBridge(
        (command, input) => dispatch(handlers, command, input),
        (event, listener) => {
          const set = listeners.get(event) ?? new Set();
          set.add(listener as (payload: never) => void);
          listeners.set(event, set);
          return () => set.delete(listener as (payload: never) => void);
        },
      ),
    );
    await client.call('newsroom.join', { url, user, password: `pw-${user}` });
    const desk = { dir, store, service, client };
    desks.push(desk);
    return desk;
  };
  const keeperOn = (desk: KeeperDesk, id: string) => {
    const keeper = new CheckOutKeeper(desk.client, 'story', id, 500);
    keepers.push(keeper);
    return keeper;
  };

  beforeAll(async () => {
    ({ server, url } = await startNewsroomServer({
      database: 'keeper',
      validation: true,
      users: [
        { name: 'anna', password: 'pw-anna', roles: ['reporter'] },
        { name: 'bo', password: 'pw-bo', roles: ['editor'] },
        { name: 'chief', password: 'pw-chief', roles: ['chief_editor'] },
      ],
    }));
  }, 60_000);

  afterAll(async () => {
    for (const keeper of keepers) keeper.dispose();
    for (const desk of desks) {
      await desk.service.close();
      desk.store.close();
      removeFolder(desk.dir);
    }
    await server?.stop();
  });

  it('gives the check-out back after a time without typing, and takes it again at the next keystroke if free, else read-only', async () => {
    const a = await openDesk('anna');
    const b = await openDesk('bo');
    const story = a.store.stories.create({ headline: '闲置交还', body: [paragraph('正文。')] });
    const onA = keeperOn(a, story.id);
    await onA.take();
    expect(onA.getSnapshot()).toMatchObject({ state: 'mine', idleMs: 1500, offline: false });
    // Typing keeps it: 2.4 s of typing every 0.6 s is longer than the idle time.
    for (let i = 0; i < 4; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 600));
      onA.typed();
    }
    expect(onA.getSnapshot().state).toBe('mine');
    await until(() => onA.getSnapshot().state === 'idle', 'A idle', 5000);
    // Given back on the server: B may take it now.
    const onB = keeperOn(b, story.id);
    await until(async () => (await b.service.checkOut('story', story.id)).state === 'mine', 'B takes it after A idled', 5000);
    await onB.take();
    expect(onB.getSnapshot().state).toBe('mine');

    // A types again: B holds it now, so A's window turns read-only and says who.
    onA.typed();
    await until(() => onA.getSnapshot().state === 'held', 'A read-only', 5000);
    expect(onA.getSnapshot()).toMatchObject({ state: 'held', holder: 'bo', canBreak: false });

    // B closes it: A, asking again every 0.5 s here, gets it back.
    onB.dispose();
    await until(() => onA.getSnapshot().state === 'mine', 'A gets it back once B let go', 8000);
  });

  it('总编室 breaks a check-out: the holder’s desk learns it at its next renewal and goes read-only; the typed text stays a local save', async () => {
    const a = desks[0]!;
    const chief = await openDesk('chief');
    const story = a.store.stories.create({ headline: '强制解除', body: [paragraph('原文。')] });
    const onA = keeperOn(a, story.id);
    await onA.take();
    expect(onA.getSnapshot().state).toBe('mine');

    const onChief = keeperOn(chief, story.id);
    await onChief.take();
    expect(onChief.getSnapshot()).toMatchObject({ state: 'held', holder: 'anna', canBreak: true });
    // A reporter is not offered the break, and the server refuses it to one who tries.
    const b = desks[1]!;
    await expect(b.client.call('newsroom.breakCheckOut', { kind: 'story', id: story.id })).rejects.toThrow(/Only anna or 总编室/);

    // A typed just before the break; it is saved on A as an ordinary save, nothing dropped.
    onA.typed();
    a.store.stories.save(story.id, 1, { body: [paragraph('原文。安娜在解除前打的字。')] });
    await onChief.breakAndTake();
    expect(onChief.getSnapshot()).toMatchObject({ state: 'mine' });
    await until(() => onA.getSnapshot().state === 'lost', 'A told at its next renewal', 6000);
    // Told who has it now, or (a renewal between the break and the chief's take) only that it was broken.
    expect([null, 'chief']).toContain((onA.getSnapshot() as { holder: string | null }).holder);
    expect(JSON.stringify(a.store.stories.get(story.id).body)).toContain('安娜在解除前打的字');
    // A's renewals stopped: while the chief types, the lock stays the chief's.
    for (let i = 0; i < 4; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      onChief.typed();
    }
    expect(onA.getSnapshot().state).toBe('lost');
    expect(await b.service.checkOut('story', story.id)).toMatchObject({ state: 'held', holder: 'chief' });
  });

  it('签出以便离线工作 takes a long lease that outlives closing the story, until checked in by hand', async () => {
    const [a, b] = desks;
    const story = a!.store.stories.create({ headline: '离线签出', body: [paragraph('原文。')] });
    const onA = keeperOn(a!, story.id);
    await onA.take();
    await onA.takeForOffline();
    const view = onA.getSnapshot();
    expect(view).toMatchObject({ state: 'mine', offline: true });
    // The lease on the server lasts the setting's 24 h, not the 3 s of an open story.
    const lock = (await (await fetch(`${url}/${encodeURIComponent(`lock:story:${story.id}`)}`, { headers: { authorization: `Basic ${Buffer.from('bo:pw-bo').toString('base64')}` } })).json()) as { expires: string };
    expect(Date.parse(lock.expires) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    // Closing the story and idling do not give it back.
    onA.dispose();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await b!.service.checkOut('story', story.id)).toMatchObject({ state: 'held', holder: 'anna' });
    // Checked in by hand (back on the LAN): free again.
    expect(await a!.client.call('newsroom.checkIn', { kind: 'story', id: story.id, offline: true })).toEqual({ released: true });
    expect(await b!.service.checkOut('story', story.id)).toMatchObject({ state: 'mine' });
    await b!.service.checkIn('story', story.id);
  });
});
