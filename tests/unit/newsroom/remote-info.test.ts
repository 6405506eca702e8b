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
});
