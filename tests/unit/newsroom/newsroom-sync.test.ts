import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docIdOf } from '../../../main/store/newsroom-docs';
import { paragraph } from '../store/sample-stories';
import { asAdmin, startNewsroomServer, type TestServer } from './newsroom-server';
import { deskFolder, openTestDesk, removeFolder, until, type TestDesk } from './test-desks';

/**
 * Three desks (each its own SQLite file and PouchDB replica) and one pouchdb-server on loopback,
 * initialised by `newsroom init`'s code: reporter anna, editor bo, proofreader pei.
 *
 * This database has its design document removed again: pouchdb-server 4.2.0's validation
 * plugin replaces the `_revisions` of a replicated write with the stored document's, so with any
 * validate_doc_update installed it answers "ok" to a replicated update of an existing document
 * and stores nothing (CouchDB does not). The roles are tested in newsroom-roles.test.ts.
 */
const USERS = {
  anna: { name: 'anna', password: 'pw-anna', roles: ['reporter' as const] },
  bo: { name: 'bo', password: 'pw-bo', roles: ['editor' as const] },
  pei: { name: 'pei', password: 'pw-pei', roles: ['proofreader' as const] },
};

describe('desks sharing through a CouchDB-protocol server', { timeout: 60_000 }, () => {
  let server: TestServer;
  let url: string;
  const folders: string[] = [];
  let a: TestDesk;
  let b: TestDesk;
  let c: TestDesk;

  beforeAll(async () => {
    ({ server, url } = await startNewsroomServer({ database: 'sync', users: Object.values(USERS) }));
    const desk = (user: { name: string; password: string }) => {
      const dir = deskFolder();
      folders.push(dir);
      return openTestDesk(dir, url, user);
    };
    a = desk(USERS.anna);
    b = desk(USERS.bo);
    c = desk(USERS.pei);
  }, 60_000);

  afterAll(async () => {
    for (const desk of [a, b, c]) await desk?.close();
    await server?.stop();
    for (const dir of folders) removeFolder(dir);
  });

  const syncAll = async (...desks: TestDesk[]) => {
    for (const desk of desks) await desk.desk.syncOnce();
    for (const desk of desks) await desk.desk.syncOnce();
  };

  it('a story written on A reaches B and C, and a live edit on A shows on B while both sync', async () => {
    const story = a.store.stories.create({ headline: '骑手之家开张', body: [paragraph('第一稿。')] });
    await syncAll(a, b, c);
    expect(b.store.stories.get(story.id)).toMatchObject({ headline: '骑手之家开张', body: [paragraph('第一稿。')] });
    expect(c.store.search.search('骑手').map((hit) => hit.id)).toEqual([story.id]);

    a.desk.start();
    b.desk.start();
    try {
      a.store.stories.save(story.id, 1, { body: [paragraph('第二稿：骑手们有了歇脚处。')] });
      await until(() => b.store.stories.get(story.id).body[0]!.type === 'paragraph' && JSON.stringify(b.store.stories.get(story.id).body).includes('第二稿'), 'the edit on B');
      await until(() => a.desk.status().waiting === 0 && a.desk.status().state === 'online', 'A has nothing waiting');
      expect(a.desk.status().lastSync).not.toBeNull();
    } finally {
      await a.desk.stop();
      await b.desk.stop();
    }
  });

  it('offline edits of the same story on A and B keep both versions until the user merges; the merge goes everywhere', async () => {
    const story = a.store.stories.create({ headline: '社区食堂', body: [paragraph('原文。')] });
    await syncAll(a, b);
    const docId = docIdOf('story', story.id);

    // Both offline: each edits its own copy.
    a.store.stories.save(story.id, a.store.stories.get(story.id).version, { body: [paragraph('原文。A 补了一句。')] });
    b.store.stories.save(story.id, b.store.stories.get(story.id).version, { headline: '社区食堂开到家门口', body: [paragraph('原文。B 改了一句。')] });
    await syncAll(a, b);

    for (const desk of [a, b]) {
      const conflict = desk.store.newsroom.outbox.conflict(docId);
      expect(conflict, `conflict shown on ${desk.name}`).not.toBeNull();
      const texts = conflict!.versions.map((version) => JSON.stringify(version.doc));
      expect(texts.some((text) => text.includes('A 补了一句'))).toBe(true);
      expect(texts.some((text) => text.includes('B 改了一句'))).toBe(true);
      expect(desk.desk.status().conflicts).toBe(1);
    }
    // Nobody's text was replaced under them: each desk still shows its own.
    expect(JSON.stringify(a.store.stories.get(story.id).body)).toContain('A 补了一句');
    expect(JSON.stringify(b.store.stories.get(story.id).body)).toContain('B 改了一句');

    // B merges both; the losing revision is removed on the server by that choice only.
    const current = b.store.stories.get(story.id);
    b.store.newsroom.outbox.resolve('story', story.id, () =>
      b.store.stories.save(story.id, current.version, { body: [paragraph('原文。A 补了一句。B 改了一句。')] }),
    );
    await syncAll(b, a);
    for (const desk of [a, b]) {
      expect(desk.store.newsroom.outbox.conflict(docId)).toBeNull();
      expect(desk.store.stories.get(story.id)).toMatchObject({ headline: '社区食堂开到家门口', body: [paragraph('原文。A 补了一句。B 改了一句。')] });
    }
    const onServer = await adminGet(`${url}/${encodeURIComponent(docId)}?conflicts=true`);
    expect(onServer._conflicts).toBeUndefined();
    expect(JSON.stringify(onServer.fields)).toContain('A 补了一句。B 改了一句');
    // A's own text stays in A's history.
    expect(a.store.stories.revisions(story.id).some((revision) => JSON.stringify(revision.fields.body).includes('A 补了一句。"'))).toBe(true);
  });

  it('delete on A against an edit on B: the edit is kept everywhere and the deletion is shown', async () => {
    const story = a.store.stories.create({ headline: '旧闻', body: [paragraph('旧的。')] });
    await syncAll(a, b);
    a.store.stories.softDelete(story.id);
    b.store.stories.save(story.id, b.store.stories.get(story.id).version, { body: [paragraph('补充了新情况。')] });
    await syncAll(a, b);
    for (const desk of [a, b]) {
      expect(desk.store.stories.get(story.id), desk.name).toMatchObject({ deletedAt: null, body: [paragraph('补充了新情况。')] });
      const conflict = desk.store.newsroom.outbox.conflict(docIdOf('story', story.id))!;
      expect(conflict.versions.some((version) => version.doc !== null && 'deletedAt' in version.doc && version.doc.deletedAt !== null && version.doc.editedBy === 'anna')).toBe(true);
    }
  });

  it('every desk’s database is intact', () => {
    for (const desk of [a, b, c]) {
      expect(integrity(desk)).toBe('ok');
    }
  });

  const adminGet = (target: string) => asAdmin(server, 'GET', target);
});

function integrity(desk: TestDesk): string {
  const db = new Database(desk.dbPath, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}
