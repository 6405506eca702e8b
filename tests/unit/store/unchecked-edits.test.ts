import { describe, expect, it } from 'vitest';
import { MIGRATIONS, UNCHECKED_EDITS_VERSION } from '../../../main/store/migrations';
import { docIdOf, storyDoc, type StoryDoc } from '../../../main/store/newsroom-docs';
import type { Store } from '../../../main/store/store-types';
import { paragraph } from './sample-stories';
import { useTempStores } from './temp-stores';

const HOUR = 3_600_000;
const inAnHour = () => new Date(Date.now() + HOUR).toISOString();

/** A desk in a newsroom as 张三 with one story already shared (it has a replica revision). */
function sharedStory(store: Store) {
  store.newsroom.outbox.join('张三');
  const story = store.stories.create({ headline: '夜市开张', body: [paragraph('第一稿。')] });
  for (const entry of store.newsroom.outbox.pending()) store.newsroom.outbox.markPushed(entry, '1-a');
  return { story, docId: docIdOf('story', story.id) };
}

describe('edits made without the check-out (无签出编辑)', () => {
  const stores = useTempStores();

  it('is a migration step of its own', () => {
    expect(MIGRATIONS.find((step) => step.version === UNCHECKED_EDITS_VERSION)?.description).toMatch(/without the check-out/);
  });

  it('flags a shared story saved without a live lease, with who and when; a save under the lock clears it', () => {
    const store = stores.open();
    const { story, docId } = sharedStory(store);
    const { unchecked } = store.newsroom;

    const saved = store.stories.save(story.id, 1, { body: [paragraph('离线改的第二稿。')] });
    const flag = unchecked.get(docId);
    expect(flag).toMatchObject({ by: '张三' });
    expect(Date.parse(flag!.at)).not.toBeNaN();

    // The document that goes out carries it, and the library row shows it.
    const entry = store.newsroom.outbox.pending().find((e) => e.docId === docId)!;
    expect(store.newsroom.outbox.docFor(entry, '张三')).toMatchObject({ type: 'story', unchecked: { by: '张三' } });
    expect(unchecked.decorate('story', store.stories.list({}))).toEqual([expect.objectContaining({ id: story.id, unchecked: flag })]);

    // A lease that ran out is no lock.
    unchecked.holding(docId, new Date(Date.now() - 1000).toISOString());
    store.stories.save(story.id, saved.version, { headline: '夜市开张了' });
    expect(unchecked.get(docId)).not.toBeNull();

    unchecked.holding(docId, inAnHour());
    const locked = store.stories.save(story.id, saved.version + 1, { headline: '夜市今晚开张' });
    expect(unchecked.get(docId)).toBeNull();
    const out = store.newsroom.outbox.pending().find((e) => e.docId === docId)!;
    expect(store.newsroom.outbox.docFor(out, '张三')).not.toHaveProperty('unchecked');

    // Released: the next save is flagged again.
    unchecked.released(docId);
    store.stories.save(story.id, locked.version, { kicker: '民生' });
    expect(unchecked.get(docId)).not.toBeNull();
  });

  it('does not flag a story not yet in the newsroom, a desk outside one, or a status change', () => {
    const store = stores.open();
    const alone = store.stories.create({ headline: '单机' });
    store.stories.save(alone.id, 1, { headline: '单机改' });
    expect(store.newsroom.unchecked.get(docIdOf('story', alone.id))).toBeNull();

    const { story, docId } = sharedStory(store);
    const fresh = store.stories.create({ headline: '新稿' });
    store.stories.save(fresh.id, 1, { headline: '新稿改' });
    expect(store.newsroom.unchecked.get(docIdOf('story', fresh.id))).toBeNull();

    store.stories.save(story.id, 1, { status: 'editing' });
    expect(store.newsroom.unchecked.get(docId)).toBeNull();
  });

  it('keeps the flag on the version a later save replaces, and shows it in the history', () => {
    const store = stores.open();
    const { story, docId } = sharedStory(store);
    const offline = store.stories.save(story.id, 1, { body: [paragraph('离线稿。')] });
    store.newsroom.unchecked.holding(docId, inAnHour());
    store.stories.save(story.id, offline.version, { body: [paragraph('签出后定稿。')] });
    const history = store.stories.revisions(story.id);
    expect(history.map((revision) => [revision.version, revision.unchecked])).toEqual([
      [2, true],
      [1, false],
    ]);
    const revisionEntry = store.newsroom.outbox.pending().find((e) => e.docId === `revision:${history[0]!.id}`)!;
    expect(store.newsroom.outbox.docFor(revisionEntry, '张三')).toMatchObject({ type: 'revision', unchecked: true });
  });

  it('takes the flag from the newsroom’s document (and its absence: reviewed elsewhere); old documents without it apply', () => {
    const store = stores.open();
    const { story, docId } = sharedStory(store);
    const doc = (headline: string, flag?: StoryDoc['unchecked']): StoryDoc => ({
      ...storyDoc({ ...store.stories.get(story.id), headline }, { createdBy: '张三', editedBy: '李四', editedAt: '2026-12-03T09:00:00.000Z' }),
      ...(flag ? { unchecked: flag } : {}),
    });
    store.newsroom.inbound.applyBatch([{ docId, rev: '2-b', doc: doc('李四离线改', { by: '李四', at: '2026-12-03T09:00:00.000Z' }), conflicts: [] }], '2');
    expect(store.newsroom.unchecked.get(docId)).toEqual({ by: '李四', at: '2026-12-03T09:00:00.000Z' });
    expect(store.newsroom.outbox.count()).toBe(0);

    store.newsroom.inbound.applyBatch([{ docId, rev: '3-c', doc: doc('已核对'), conflicts: [] }], '3');
    expect(store.newsroom.unchecked.get(docId)).toBeNull();
    expect(store.stories.get(story.id).headline).toBe('已核对');
    // The replaced 李四 version was flagged when it was replaced.
    expect(store.stories.revisions(story.id)[0]).toMatchObject({ savedBy: '李四', unchecked: true });
  });

  it('已核对 clears the flag and queues the document without it', () => {
    const store = stores.open();
    const { story, docId } = sharedStory(store);
    store.stories.save(story.id, 1, { headline: '离线改' });
    for (const entry of store.newsroom.outbox.pending()) store.newsroom.outbox.markPushed(entry, '2-b');
    expect(store.newsroom.unchecked.review(docId)).toBe(true);
    expect(store.newsroom.unchecked.get(docId)).toBeNull();
    const entry = store.newsroom.outbox.pending().find((e) => e.docId === docId)!;
    expect(store.newsroom.outbox.docFor(entry, '张三')).not.toHaveProperty('unchecked');
    expect(store.newsroom.unchecked.review(docId)).toBe(false);
  });

  it('flags a shared page saved without the lock', () => {
    const store = stores.open();
    store.newsroom.outbox.join('王五');
    const page = store.pages.create({ editionDate: '2026-12-03', pageNumber: 3, name: '要闻' });
    for (const entry of store.newsroom.outbox.pending()) store.newsroom.outbox.markPushed(entry, '1-a');
    store.pages.save(page.id, page.version, { name: '要闻（离线）' });
    const docId = docIdOf('page', page.id);
    expect(store.newsroom.unchecked.get(docId)).toMatchObject({ by: '王五' });
    const entry = store.newsroom.outbox.pending().find((e) => e.docId === docId)!;
    expect(store.newsroom.outbox.docFor(entry, '王五')).toMatchObject({ type: 'page', unchecked: { by: '王五' } });
  });
});
