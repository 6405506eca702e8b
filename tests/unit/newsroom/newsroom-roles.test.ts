import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docIdOf } from '../../../main/store/newsroom-docs';
import { paragraph } from '../store/sample-stories';
import { addNewsroomUsers, parseUserSpec } from '../../../main/newsroom/server-setup';
import { DIRECTORY_DOC_ID, readDirectory } from '../../../main/newsroom/newsroom-directory';
import { asAdmin, startNewsroomServer, type TestServer } from './newsroom-server';
import { deskFolder, openTestDesk, removeFolder, type TestDesk } from './test-desks';

/**
 * The roles as the server enforces them: `newsroom init`'s validate_doc_update on pouchdb-server.
 * pouchdb-server runs the function on direct and replicated writes with the logged-in user's
 * roles, so refusals (403) are real here. It does not store a replicated *update* that passes
 * the function (its validation plugin replaces the write's `_revisions`), so this file checks
 * refusals and new documents only; newsroom-sync.test.ts covers replication without the function.
 */
const USERS = {
  anna: { name: 'anna', password: 'pw-anna', roles: ['reporter' as const], displayName: '安娜' },
  pei: { name: 'pei', password: 'pw-pei', roles: ['proofreader' as const] },
};

describe('roles enforced by the newsroom server', { timeout: 60_000 }, () => {
  let server: TestServer;
  let url: string;
  const folders: string[] = [];
  let a: TestDesk;
  let c: TestDesk;

  beforeAll(async () => {
    ({ server, url } = await startNewsroomServer({ users: Object.values(USERS), validation: true }));
    const desk = (user: { name: string; password: string }) => {
      const dir = deskFolder();
      folders.push(dir);
      return openTestDesk(dir, url, user);
    };
    a = desk(USERS.anna);
    c = desk(USERS.pei);
  }, 60_000);

  afterAll(async () => {
    for (const desk of [a, c]) await desk?.close();
    await server?.stop();
    for (const dir of folders) removeFolder(dir);
  });

  it('the server refuses a proofreader’s change to a story’s text (403) and the desk says why; the proofreader’s marks go through', async () => {
    const story = a.store.stories.create({ headline: '校对稿', body: [paragraph('这里有个错别子。')] });
    await a.desk.syncOnce();
    await c.desk.syncOnce();
    c.store.stories.save(story.id, c.store.stories.get(story.id).version, { body: [paragraph('这里有个错别字。')] });
    const mark = c.store.annotations.create({
      storyId: story.id,
      kind: 'replace',
      anchor: { path: [0], offset: 6, quote: '子' },
      text: '字',
      author: 'pei',
    });
    const result = await c.desk.syncOnce();
    expect(result.refused.map((refusal) => refusal.docId)).toContain(docIdOf('story', story.id));
    const shown = c.desk.status().refused.find((refusal) => refusal.docId === docIdOf('story', story.id));
    expect(shown?.reason).toMatch(/proofreader cannot change a story's text/);

    await a.desk.syncOnce();
    expect(JSON.stringify(a.store.stories.get(story.id).body)).toContain('错别子');
    expect(a.store.annotations.get(mark.id)).toMatchObject({ kind: 'replace', text: '字' });

    // Nobody rewrites another user's mark: the reporter's desk may decide one, not change its text.
    const second = c.store.annotations.create({ storyId: story.id, kind: 'comment', anchor: { path: [0], offset: 0, quote: '这里' }, author: 'pei', body: '核实地点' });
    await c.desk.syncOnce();
    await a.desk.syncOnce();
    a.store.annotations.updateStatus(second.id, 'resolved', 'anna');
    a.store.annotations.update(mark.id, { text: '字字' });
    await a.desk.syncOnce();
    const refused = a.desk.status().refused;
    expect(refused.map((refusal) => refusal.docId)).not.toContain(docIdOf('mark', second.id));
    expect(refused.find((refusal) => refusal.docId === docIdOf('mark', mark.id))?.reason).toMatch(/Only pei may rewrite this proof mark/);
    // (That the decision arrives on pei's desk is tested against real CouchDB only: see the header.)
  });

  it('only page editors make pages', async () => {
    const page = a.store.pages.create({ editionDate: '2026-12-04', pageNumber: 3 });
    await a.desk.syncOnce();
    const refusal = a.desk.status().refused.find((item) => item.docId === docIdOf('page', page.id));
    expect(refusal?.reason).toBe('Only page editors change pages.');
  });

  it('the directory lists every member for every desk; only an administrator writes it (newsroom user add)', async () => {
    const directory = await asAdmin(server, 'GET', `${url}/${DIRECTORY_DOC_ID}`);
    expect(directory.users).toEqual([
      { name: 'anna', displayName: '安娜', roles: ['reporter'] },
      { name: 'pei', displayName: '', roles: ['proofreader'] },
    ]);
    // A member may read it but not write it.
    const forged = await fetch(`${url}/${DIRECTORY_DOC_ID}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('anna:pw-anna').toString('base64')}` },
      body: JSON.stringify({ ...directory, users: [], editedBy: 'anna', editedAt: new Date().toISOString() }),
    });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { reason: string }).reason).toContain('Only an administrator changes the newsroom directory');

    // An administrator adds a page editor: the others keep their entries (and display names).
    const user = parseUserSpec('wang:pw-wang:page_editor,reporter=王五');
    expect(user).toEqual({ name: 'wang', password: 'pw-wang', roles: ['page_editor', 'reporter'], displayName: '王五' });
    await addNewsroomUsers({ server: server.url, admin: server.admin, database: url.split('/').pop(), users: [user] });
    // A proofreader's desk that never saw wang offers him (the directory arrived with the sync).
    await c.desk.syncOnce();
    expect(await readDirectory(c.replica)).toEqual([
      { name: 'anna', displayName: '安娜', roles: ['reporter'] },
      { name: 'pei', displayName: '', roles: ['proofreader'] },
      { name: 'wang', displayName: '王五', roles: ['page_editor', 'reporter'] },
    ]);
    const wang = await fetch(`${server.url}/_session`, { headers: { authorization: `Basic ${Buffer.from('wang:pw-wang').toString('base64')}` } });
    expect(((await wang.json()) as { userCtx: { name: string } }).userCtx.name).toBe('wang');
  });

  it('every document says who wrote it: a write in another user’s name is refused', async () => {
    const response = await fetch(`${url}/story:forged`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('anna:pw-anna').toString('base64')}` },
      body: JSON.stringify({ type: 'story', fields: {}, createdBy: 'bo', editedBy: 'bo', editedAt: new Date().toISOString() }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { reason: string }).reason).toContain('editedBy must be anna');
  });

  it('only editors and 总编室 assign a story; a proofreader’s status change may route it; history is never rewritten', async () => {
    const story = a.store.stories.create({ headline: '派稿', body: [paragraph('正文。')] });
    a.store.assignments.assign({ kind: 'story', itemId: story.id, assignee: 'pei', assignedBy: 'anna' });
    await a.desk.syncOnce();
    expect(a.desk.status().refused.find((item) => item.docId.startsWith('assignment:'))?.reason).toMatch(/Only editors and 总编室 assign stories/);

    await c.desk.syncOnce();
    const routed = c.store.transaction(() =>
      c.store.assignments.assign({ kind: 'story', itemId: story.id, assignee: 'anna', assignedBy: 'pei', status: 'editing' }),
    );
    await c.desk.syncOnce();
    expect(c.desk.status().refused.map((item) => item.docId)).not.toContain(`assignment:${routed.id}`);

    const put = (id: string, doc: object) =>
      fetch(`${url}/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('anna:pw-anna').toString('base64')}` },
        body: JSON.stringify({ createdBy: 'anna', editedBy: 'anna', editedAt: new Date().toISOString(), ...doc }),
      });
    const stored = (await asAdmin(server, 'GET', `${url}/assignment:${routed.id}`)) as Record<string, unknown>;
    const rewrite = await put(`assignment:${routed.id}`, { ...stored, assignee: 'anna', editedBy: 'anna' });
    expect(rewrite.status).toBe(403);
    expect(((await rewrite.json()) as { reason: string }).reason).toMatch(/never rewritten/);
  });

  it('a wrong password is refused with a message that says so, and the desk keeps its saves', async () => {
    const dir = deskFolder();
    folders.push(dir);
    const intruder = openTestDesk(dir, url, { name: 'anna', password: 'wrong' });
    try {
      intruder.store.stories.create({ headline: '离线稿' });
      await expect(intruder.desk.syncOnce()).rejects.toThrow(/refused the user name or password/);
      expect(intruder.desk.status()).toMatchObject({ state: 'offline', waiting: 1 });
    } finally {
      await intruder.close();
    }
  });
});
