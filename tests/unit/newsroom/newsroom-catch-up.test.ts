import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docIdOf } from '../../../main/store/newsroom-docs';
import { paragraph } from '../store/sample-stories';
import { asAdmin, startNewsroomServer, type TestServer } from './newsroom-server';
import { deskFolder, openTestDesk, removeFolder, until, type TestDesk } from './test-desks';

/**
 * The sync's shape under load (bench/newsroom.ts measures its cost): a new desk catching up
 * applies batches while the rest is still arriving, and the live push runs once per bridge
 * write (a one-off replication) rather than following the replica. Design document removed,
 * as in newsroom-sync.test.ts (pouchdb-server 4.2.0 stores no replicated update under validation).
 */
const USERS = {
  anna: { name: 'anna', password: 'pw-anna', roles: ['editor' as const] },
  bo: { name: 'bo', password: 'pw-bo', roles: ['editor' as const] },
  cai: { name: 'cai', password: 'pw-cai', roles: ['editor' as const] },
};

/** More than two replication batches (500) and two applier batches. */
const ARCHIVE = 1_100;

describe('a newsroom desk catching up and syncing live', { timeout: 180_000 }, () => {
  let server: TestServer;
  let url: string;
  const folders: string[] = [];
  const desks: TestDesk[] = [];
  const desk = (user: { name: string; password: string }) => {
    const dir = deskFolder();
    folders.push(dir);
    const opened = openTestDesk(dir, url, user);
    desks.push(opened);
    return opened;
  };

  beforeAll(async () => {
    ({ server, url } = await startNewsroomServer({ database: 'catchup', users: Object.values(USERS) }));
  }, 60_000);

  afterAll(async () => {
    for (const opened of desks) await opened.close();
    await server?.stop();
    for (const dir of folders) removeFolder(dir);
  });

  it('a new desk gets a whole archive in one sync --once, each story applied once and searchable', async () => {
    const anna = desk(USERS.anna);
    const ids = anna.store.transaction(() =>
      Array.from({ length: ARCHIVE }, (_, n) => anna.store.stories.create({ headline: `档案稿 ${n + 1}`, body: [paragraph(`第${n + 1}篇：校史馆的故事。`)] }).id),
    );
    const special = anna.store.stories.create({ headline: '骑手之家开张', body: [paragraph('歇脚处。')] });
    anna.store.annotations.create({ storyId: special.id, kind: 'comment', anchor: { path: [0], offset: 0, quote: '歇' }, author: 'anna', body: '核实地址' });
    expect((await anna.desk.syncOnce()).pushed).toBeGreaterThanOrEqual(ARCHIVE + 2);

    const bo = desk(USERS.bo);
    const first = await bo.desk.syncOnce();
    const applied = first.received.changed.story;
    expect(applied.length).toBe(ARCHIVE + 1);
    expect(new Set(applied).size).toBe(ARCHIVE + 1);
    expect(new Set(applied)).toEqual(new Set([...ids, special.id]));
    expect(first.received.deferred).toEqual([]);
    expect(bo.store.stories.list().length).toBe(ARCHIVE + 1);
    expect(bo.store.annotations.listByStory(special.id).map((mark) => mark.body)).toEqual(['核实地址']);
    expect(bo.store.search.search('骑手').map((hit) => hit.id)).toEqual([special.id]);
    // A first arrival is not an edit: no story keeps a replaced version.
    expect(bo.store.stories.revisions(ids[0]!)).toEqual([]);

    const again = await bo.desk.syncOnce();
    expect(again.received.changed.story).toEqual([]);
    expect(bo.store.stories.get(ids[7]!).version).toBe(1);
  });

  it('a desk going live with an offline edit: its side reaches the server even where the other side wins, and both desks show the conflict', async () => {
    const anna = desks[0]!;
    const cai = desk(USERS.cai);
    const stories = ['社区食堂', '夜市', '地铁四号线'].map((headline) => anna.store.stories.create({ headline, body: [paragraph('原文。')] }));
    await anna.desk.syncOnce();
    await cai.desk.syncOnce();
    // Cai edits offline while Anna's edits of the same stories go out live.
    for (const story of stories) cai.store.stories.save(story.id, cai.store.stories.get(story.id).version, { body: [paragraph('原文。蔡改了一句。')] });
    anna.desk.start();
    try {
      for (const story of stories) anna.store.stories.save(story.id, anna.store.stories.get(story.id).version, { body: [paragraph('原文。安娜补了一句。')] });
      await until(() => anna.desk.status().waiting === 0 && anna.desk.status().state === 'online', 'Anna’s edits on the server', 60_000);
      cai.desk.start();
      try {
        // Whichever side the engine makes the winner of each story, both are on the server.
        for (const story of stories) {
          await until(
            async () => {
              const onServer = await asAdmin(server, 'GET', `${url}/${encodeURIComponent(docIdOf('story', story.id))}?conflicts=true`);
              return Array.isArray(onServer._conflicts) && onServer._conflicts.length === 1;
            },
            `both sides of ${story.headline} on the server`,
            60_000,
            100,
          );
        }
        await until(() => [anna, cai].every((opened) => opened.desk.status().conflicts === stories.length), 'the conflicts shown on both desks', 60_000, 100);
        await until(() => cai.desk.status().waiting === 0, 'nothing waiting on Cai', 60_000);
      } finally {
        await cai.desk.stop();
      }
    } finally {
      await anna.desk.stop();
    }
    for (const opened of [anna, cai]) {
      for (const story of stories) {
        const texts = opened.store.newsroom.outbox.conflict(docIdOf('story', story.id))!.versions.map((version) => JSON.stringify(version.doc));
        expect(texts.some((text) => text.includes('安娜补了一句'))).toBe(true);
        expect(texts.some((text) => text.includes('蔡改了一句'))).toBe(true);
      }
    }
  });
});
