import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/ipc/handlers';
import { NewsroomService } from '../../../main/newsroom/newsroom-service';
import type { Store } from '../../../main/store/store-types';
import { paragraph } from '../store/sample-stories';
import { handlerDeskSuite, type HandlerDesk } from './handler-desks';
import { until } from './test-desks';
import { testSecrets } from './test-secrets';

const secrets = testSecrets;

/** Two desks as the app builds them (store, NewsroomService, the IPC handlers), on one server. */
describe('newsroom through the IPC handlers', { timeout: 60_000 }, () => {
  const newsroom = handlerDeskSuite('desks', [
    { name: 'anna', password: 'pw-anna', roles: ['reporter'] },
    { name: 'bo', password: 'pw-bo', roles: ['editor'] },
  ]);
  const desks = newsroom.desks;
  // Which user a desk joins as is said by each test (`newsroom.join` with its own password).
  const openDesk = (leaseMs?: number) => desks.open('', leaseMs === undefined ? {} : { leaseMs });


  it('Settings → 编辑部 keeps the password only encrypted, refuses a bad address, and the status goes online', async () => {
    const a = openDesk();
    await expect(Promise.resolve().then(() => a.handlers['newsroom.join']({ url: 'ftp://nope', user: 'anna', password: 'x' }))).rejects.toThrow(/http/);
    const settings = await a.handlers['newsroom.join']({ url: newsroom.url(), user: 'anna', password: 'pw-anna' });
    expect(settings).toMatchObject({ url: newsroom.url(), user: 'anna', hasPassword: true, canStorePassword: true });
    const file = readFileSync(join(a.dir, 'newsroom.json'), 'utf8');
    expect(file).not.toContain('pw-anna');
    expect(secrets.decrypt(Buffer.from(JSON.parse(file).password as string, 'base64'))).toBe('pw-anna');
    await until(() => (a.handlers['newsroom.status']({}) as { status: { state: string } | null }).status?.state === 'online', 'A online');
  });

  it('a conflict reaches the story desk as two stories side by side; the user’s merge resolves it on both desks', async () => {
    const [a] = desks.all;
    const b = openDesk();
    await b.handlers['newsroom.join']({ url: newsroom.url(), user: 'bo', password: 'pw-bo' });
    const story = a!.handlers['stories.create']({ headline: '夜班', body: [paragraph('第一段。')] }) as ReturnType<Store['stories']['create']>;
    await until(() => b.changed.includes(story.id), 'the story on B');

    // Both desks leave the newsroom, edit, and come back.
    await a!.handlers['newsroom.leave']({});
    await b.handlers['newsroom.leave']({});
    a!.handlers['stories.save']({ id: story.id, version: a!.store.stories.get(story.id).version, fields: { body: [paragraph('第一段。安娜加的。')] } });
    b.handlers['stories.save']({ id: story.id, version: b.store.stories.get(story.id).version, fields: { body: [paragraph('第一段。柏加的。')] } });
    // Leaving forgot the password: joining again asks for it.
    await expect(Promise.resolve().then(() => a!.handlers['newsroom.join']({ url: newsroom.url(), user: 'anna', password: '' }))).rejects.toThrow(/password/);
    await a!.handlers['newsroom.join']({ url: newsroom.url(), user: 'anna', password: 'pw-anna' });
    await b.handlers['newsroom.join']({ url: newsroom.url(), user: 'bo', password: 'pw-bo' });

    const conflictsOn = (desk: HandlerDesk) => desk.handlers['newsroom.storyConflicts']({ storyId: story.id }) as ReturnType<NewsroomService['storyConflicts']>;
    await until(() => conflictsOn(a!).length === 1 && conflictsOn(b).length === 1, 'the conflict on both desks');
    const [conflict] = conflictsOn(b);
    const texts = conflict!.sides.map((side) => JSON.stringify(side.story.body));
    expect(texts.some((text) => text.includes('安娜加的'))).toBe(true);
    expect(texts.some((text) => text.includes('柏加的'))).toBe(true);
    expect(conflict!.sides.find((side) => side.shown)?.editedBy).toBe('bo');
    expect((b.handlers['newsroom.status']({}) as { status: { conflicts: number } }).status.conflicts).toBe(1);

    const merged = [paragraph('第一段。安娜加的。柏加的。')];
    b.handlers['newsroom.resolveStory']({ storyId: story.id, version: b.store.stories.get(story.id).version, fields: { body: merged } });
    await until(
      () => [a!, b].every((desk) => conflictsOn(desk).length === 0 && JSON.stringify(desk.store.stories.get(story.id).body) === JSON.stringify(merged)),
      'the merge on both desks',
    );
  }, 60_000);

  it('opening a story for editing checks it out: a second desk is told who has it and since when, until it is given back', async () => {
    // A short lease (renewed every 1.3 s) so the test can outlive one; margin for a loaded machine.
    const a = openDesk(4000);
    const b = openDesk(4000);
    await a.handlers['newsroom.join']({ url: newsroom.url(), user: 'anna', password: 'pw-anna' });
    await b.handlers['newsroom.join']({ url: newsroom.url(), user: 'bo', password: 'pw-bo' });
    const story = a.store.stories.create({ headline: '签出测试', body: [paragraph('正文。')] });
    const target = { kind: 'story' as const, id: story.id };

    const mine = await a.handlers['newsroom.checkOut'](target);
    expect(mine).toMatchObject({ state: 'mine' });
    const since = (mine as { since: string }).since;
    expect(await b.handlers['newsroom.checkOut'](target)).toEqual({ state: 'held', holder: 'anna', since, canBreak: false });
    // Renewed while open: still anna's after the 4 s lease would have run out.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    expect(await b.handlers['newsroom.checkOut'](target)).toEqual({ state: 'held', holder: 'anna', since, canBreak: false });

    // Closed on A: B takes it; a desk without a newsroom just edits.
    expect(await a.handlers['newsroom.checkIn'](target)).toEqual({ released: true });
    expect(await b.handlers['newsroom.checkOut'](target)).toMatchObject({ state: 'mine' });
    expect(await a.handlers['newsroom.checkOut'](target)).toMatchObject({ state: 'held', holder: 'bo' });
    await b.handlers['newsroom.checkIn'](target);
    const alone = createHandlers({ store: a.store, appInfo: () => ({ name: 'Banmian', version: '0', dataDir: a.dir, shell: 'harness' }) });
    expect(await alone['newsroom.checkOut'](target)).toEqual({ state: 'off', reason: null });
  });
});
