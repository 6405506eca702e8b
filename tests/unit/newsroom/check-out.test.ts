import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckOut } from '../../../main/newsroom/check-out';
import { startNewsroomServer, type TestServer } from './newsroom-server';

/** 签出 as leases on the server: one winner, expiry, release, an admin's break, enforced by validate_doc_update. */
describe('check-out leases', { timeout: 60_000 }, () => {
  let server: TestServer;
  let url: string;
  // The server judges expiry by its own clock, so these leases run in real time (seconds).
  const as = (user: string) => new CheckOut({ url, user, password: `pw-${user}` });
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    ({ server, url } = await startNewsroomServer({
      validation: true,
      users: [
        { name: 'zhangsan', password: 'pw-zhangsan', roles: ['editor'] },
        { name: 'lisi', password: 'pw-lisi', roles: ['editor'] },
        { name: 'chief', password: 'pw-chief', roles: ['chief_editor'] },
      ],
    }));
  }, 60_000);
  afterAll(async () => server?.stop());

  it('two desks taking the same story at once: exactly one gets it, the other sees who and since when', async () => {
    const results = await Promise.all([as('zhangsan').take('story:s1'), as('lisi').take('story:s1')]);
    const winners = results.filter((result) => result.ok);
    expect(winners).toHaveLength(1);
    const loser = results.find((result) => !result.ok)!;
    const winner = winners[0]!;
    expect(!loser.ok && loser.heldBy.holder).toBe(winner.ok && winner.lease.holder);
    expect(!loser.ok && loser.heldBy.since).toBe(winner.ok && winner.lease.since);
  });

  it('a lease runs out unless renewed; an expired one can be taken over; the server refuses taking a live one by force', async () => {
    expect((await as('zhangsan').take('story:s2', 4000)).ok).toBe(true);
    await pause(2500);
    expect((await as('zhangsan').take('story:s2', 4000)).ok).toBe(true); // renewed for 4 s more
    await pause(2500); // the first lease would have run out by now
    expect(await as('lisi').take('story:s2')).toMatchObject({ ok: false, heldBy: { holder: 'zhangsan' } });
    // Writing over a live lease directly is refused by the server itself.
    const current = (await (await fetch(`${url}/lock%3Astory%3As2`, { headers: auth('lisi') })).json()) as Record<string, unknown>;
    const forced = await fetch(`${url}/lock%3Astory%3As2`, {
      method: 'PUT',
      headers: { ...auth('lisi'), 'content-type': 'application/json' },
      body: JSON.stringify({ ...current, holder: 'lisi', editedBy: 'lisi', editedAt: new Date().toISOString() }),
    });
    expect(forced.status).toBe(403);
    await pause(2500); // past the renewed lease
    expect(await as('lisi').take('story:s2')).toMatchObject({ ok: true, lease: { holder: 'lisi' } });
  });

  it('release gives the lock back; only its holder or 总编室 can remove it', async () => {
    expect((await as('zhangsan').take('story:s3')).ok).toBe(true);
    await expect(as('lisi').breakLock('story:s3')).rejects.toThrow(/Only zhangsan or 总编室/);
    await as('chief').breakLock('story:s3');
    expect(await as('lisi').holder('story:s3')).toBeNull();
    expect((await as('lisi').take('story:s3')).ok).toBe(true);
    await as('lisi').release('story:s3');
    expect(await as('zhangsan').holder('story:s3')).toBeNull();
  });
});

function auth(user: string): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:pw-${user}`).toString('base64')}` };
}
