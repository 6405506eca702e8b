import { describe, expect, it } from 'vitest';
import type { StoryRevision, StorySummary } from '../../../shared/ipc/contract-types';
import { paragraph } from '../store/sample-stories';
import { handlerDeskSuite, type HandlerDesk } from './handler-desks';
import { until } from './test-desks';

type Desk = HandlerDesk;

/**
 * 无签出编辑 between two desks built as the app builds them (store, NewsroomService, the IPC
 * handlers): desk B, cut off from the server, edits a story it does not hold; desk A sees the
 * edit flagged with who and when, in its library and through `newsroom.unchecked`; only with the
 * check-out can A mark it reviewed (已核对) or clear it by saving, and both desks then lose the flag.
 */
describe('edits made without the check-out, between desks', { timeout: 90_000 }, () => {
  const newsroom = handlerDeskSuite('unchecked', [
    { name: 'anna', password: 'pw-anna', roles: ['reporter'] },
    { name: 'bo', password: 'pw-bo', roles: ['editor'] },
  ]);
  const desks = newsroom.desks;
  const openDesk = (user: string): Desk => desks.open(user);

  const row = (desk: Desk, id: string) => (desk.handlers['stories.list']({}) as StorySummary[]).find((story) => story.id === id);
  const flagOn = (desk: Desk, id: string) => (desk.handlers['newsroom.unchecked']({ kind: 'story', id }) as { unchecked: { by: string; at: string } | null }).unchecked;
  const call = async <T,>(work: () => T | Promise<T>) => work();

  it('B edits offline without the lock: A sees it flagged; A’s save under the check-out clears it everywhere and the history keeps the flag', async () => {
    const a = openDesk('anna');
    const b = openDesk('bo');
    await a.join();
    await b.join();
    const story = a.handlers['stories.create']({ headline: '夜市开张', body: [paragraph('第一稿。')] }) as { id: string };
    await until(() => row(b, story.id) !== undefined && b.store.newsroom.outbox.count() === 0 && a.store.newsroom.outbox.count() === 0, 'the story on B');
    expect(row(b, story.id)).not.toHaveProperty('unchecked');

    // B leaves the LAN (the desk stops syncing), edits, comes back.
    await b.handlers['newsroom.leave']({});
    const beforeEdit = Date.now();
    b.handlers['stories.save']({ id: story.id, version: b.store.stories.get(story.id).version, fields: { body: [paragraph('柏编辑离线改的第二稿。')] } });
    expect(flagOn(b, story.id)).toMatchObject({ by: 'bo' });
    await b.join();

    await until(() => JSON.stringify(a.store.stories.get(story.id).body).includes('第二稿'), 'B’s offline edit on A');
    const flag = row(a, story.id)?.unchecked;
    expect(flag).toMatchObject({ by: 'bo' });
    expect(Date.parse(flag!.at)).toBeGreaterThanOrEqual(beforeEdit - 1000);
    expect(flagOn(a, story.id)).toEqual(flag);

    // A takes the check-out and saves: under the lock, the flag goes, on A and then on B.
    expect(await call(() => a.handlers['newsroom.checkOut']({ kind: 'story', id: story.id }))).toMatchObject({ state: 'mine' });
    a.handlers['stories.save']({ id: story.id, version: a.store.stories.get(story.id).version, fields: { headline: '夜市今晚开张' } });
    expect(flagOn(a, story.id)).toBeNull();
    await until(() => b.store.stories.get(story.id).headline === '夜市今晚开张', 'A’s save on B');
    expect(row(b, story.id)).not.toHaveProperty('unchecked');
    // The version B saved without the lock stays marked in the history, on both desks.
    for (const desk of [a, b]) {
      const history = desk.handlers['stories.revisions']({ id: story.id }) as StoryRevision[];
      expect(history.find((revision) => JSON.stringify(revision.fields.body).includes('第二稿'))).toMatchObject({ savedBy: 'bo', unchecked: true });
      expect(history.find((revision) => JSON.stringify(revision.fields.body).includes('第一稿'))).toMatchObject({ unchecked: false });
    }
    await a.handlers['newsroom.checkIn']({ kind: 'story', id: story.id });
  });

  it('已核对 only with the check-out; the review reaches the other desk', async () => {
    const [a, b] = desks.all as [Desk, Desk];
    const story = a.handlers['stories.create']({ headline: '地铁夜班', body: [paragraph('一。')] }) as { id: string };
    await until(() => row(b, story.id) !== undefined && a.store.newsroom.outbox.count() === 0, 'the story on B');
    await b.handlers['newsroom.leave']({});
    b.handlers['stories.save']({ id: story.id, version: b.store.stories.get(story.id).version, fields: { headline: '地铁夜班（离线改）' } });
    await b.join();
    await until(() => flagOn(a, story.id) !== null, 'the flag on A');

    await expect(call(() => a.handlers['newsroom.reviewUnchecked']({ kind: 'story', id: story.id }))).rejects.toThrow(/签出|check/i);
    expect(flagOn(a, story.id)).toMatchObject({ by: 'bo' });

    expect(await call(() => a.handlers['newsroom.checkOut']({ kind: 'story', id: story.id }))).toMatchObject({ state: 'mine' });
    expect(await call(() => a.handlers['newsroom.reviewUnchecked']({ kind: 'story', id: story.id }))).toEqual({ reviewed: true });
    expect(flagOn(a, story.id)).toBeNull();
    expect(a.store.stories.get(story.id).headline).toBe('地铁夜班（离线改）');
    await until(() => flagOn(b, story.id) === null, 'the review on B');
    await a.handlers['newsroom.checkIn']({ kind: 'story', id: story.id });
  });
});
