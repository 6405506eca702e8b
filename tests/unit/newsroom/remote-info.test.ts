import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openRemote } from '../../../main/newsroom/replica';

/** A loopback port nobody listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the newsroom server vanishing mid-sync', () => {
  // PouchDB's replicator asks the source's info() after each batch without a rejection handler:
  // a failure there must not become an unhandled rejection that ends the desk's process.
  it("answers the replicator's progress question when the server is gone, instead of rejecting", async () => {
    const remote = openRemote(`http://127.0.0.1:${await closedPort()}/newsroom`, 'anna', 'pw');
    const progress = remote.info().then((info) => info.update_seq);
    await expect(progress).resolves.toBe(0);
    // Every other request still fails, so the replication sees the server gone and goes offline.
    await expect(remote.get('story:x')).rejects.toThrow();
  });

  it('asks the server for its id once (each push of the live sync names its replication by it), and never for progress', async () => {
    const port = await closedPort();
    const remote = openRemote(`http://127.0.0.1:${port}/newsroom`, 'anna', 'pw');
    // Out of reach: PouchDB names it by its URL, which is not kept.
    expect(await remote.id()).toMatch(/^http:/);
    const asked: string[] = [];
    const server = createHttpServer((request, response) => {
      asked.push(`${request.method} ${request.url}`);
      response.setHeader('content-type', 'application/json');
      response.end(request.url === '/' ? JSON.stringify({ couchdb: 'Welcome', uuid: 'c0ffee' }) : JSON.stringify({ db_name: 'newsroom', update_seq: 7 }));
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      expect(await remote.id()).toBe('c0ffeenewsroom');
      expect(await remote.id()).toBe('c0ffeenewsroom');
      expect((await remote.info()).update_seq).toBe(0);
      expect(asked).toEqual(['GET /']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
