import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli';
import { docIdOf } from '../../../main/store/newsroom-docs';
import { openStore } from '../../../main/store/open-store';
import { asAdmin, startTestServer, type TestServer } from './newsroom-server';
import { deskFolder, openTestDesk, removeFolder, until } from './test-desks';

/** kill -9 of a desk right after a save, and of the server in the middle of a replication. */
describe('crashes lose nothing that was saved', { timeout: 120_000 }, () => {
  let server: TestServer;
  let url: string;
  const folders: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const init = await cli('newsroom', 'init', '--server', `${server.url}/crash`, '--admin', `${server.admin.name}:${server.admin.password}`, '--user', 'anna:pw-anna:reporter', '--user', 'bo:pw-bo:editor');
    expect(init.code, init.err).toBe(0);
    expect(init.out).toContain('user anna: reporter');
    url = `${server.url}/crash`;
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    for (const dir of folders) removeFolder(dir);
  });

  it('a desk killed (-9) right after a save sends it after restart; the database is intact', async () => {
    const dir = deskFolder();
    folders.push(dir);
    const db = join(dir, 'banmian.db');
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'desk-process.ts'), db, url, 'anna', '刚存就断电'], {
      env: { ...process.env, BANMIAN_PASSWORD: 'pw-anna' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const storyId = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const match = /saved (\S+)/.exec(chunk.toString());
        if (!match) return;
        process.kill(child.pid!, 'SIGKILL'); // the moment the save returned
        resolve(match[1]!);
      });
      child.once('exit', (code, signal) => (signal === 'SIGKILL' ? undefined : reject(new Error(`desk exited ${code}: ${stderr}`))));
    });
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));

    const raw = new Database(db, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();

    process.env.BANMIAN_PASSWORD = 'pw-anna';
    try {
      const synced = await cli('sync', '--db', db, '--server', url, '--user', 'anna', '--once');
      expect(synced.code, synced.err).toBe(0);
    } finally {
      delete process.env.BANMIAN_PASSWORD;
    }
    const onServer = await asAdmin(server, 'GET', `${url}/${encodeURIComponent(docIdOf('story', storyId))}`);
    expect(onServer).toMatchObject({ type: 'story', createdBy: 'anna', editedBy: 'anna', fields: { headline: '刚存就断电' } });
    const store = openStore(db);
    expect(store.newsroom.outbox.count()).toBe(0);
    store.close();
  });

  it('the server killed (-9) in the middle of a replication: after its restart everything arrives on the other desk', async () => {
    const [dirA, dirB] = [deskFolder(), deskFolder()];
    folders.push(dirA, dirB);
    const a = openTestDesk(dirA, url, { name: 'anna', password: 'pw-anna' });
    const b = openTestDesk(dirB, url, { name: 'bo', password: 'pw-bo' });
    try {
      const made = a.store.stories.createMany(Array.from({ length: 400 }, (_, index) => ({ headline: `档案稿 ${index + 1}` })));
      let sent = 0;
      a.desk.start();
      await until(async () => {
        sent = (await fetch(url, { headers: auth(server) }).then((response) => response.json()) as { doc_count: number }).doc_count;
        return sent > 0;
      }, 'the first documents on the server');
      await server.kill();
      a.store.stories.create({ headline: '断线后写的稿' });
      server = await startTestServer({ dir: server.dir, port: server.port });
      b.desk.start();
      const onB = () => new Set(b.store.stories.list().map((story) => story.headline));
      await until(() => onB().has('断线后写的稿') && made.every((story) => onB().has(story.headline)), 'all 401 stories on B', 60_000);
      await until(() => a.desk.status().waiting === 0, 'nothing waiting on A');
    } finally {
      await a.close();
      await b.close();
    }
  });
});

function auth(server: TestServer): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}` };
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => void (out += text), err: (text) => void (err += text) });
  return { code, out, err };
}
