import { describe, expect, it } from 'vitest';
import { docIdOf, storyDoc } from '../../../main/store/newsroom-docs';
import { paragraph } from './sample-stories';
import { useTempStores } from './temp-stores';

const BY = { createdBy: '张三', editedBy: '张三', editedAt: '2026-12-03T08:00:00.000Z' };

describe('newsroom outbox and inbound applier', () => {
  const stores = useTempStores();

  it('queues nothing until the desk joins; joining queues the library; every later save is queued in its own transaction', () => {
    const store = stores.open();
    const before = store.stories.create({ headline: '加入前' });
    expect(store.newsroom.outbox.count()).toBe(0);
    expect(store.newsroom.outbox.join()).toBe(1);
    expect(store.newsroom.outbox.pending().map((entry) => entry.docId)).toEqual([docIdOf('story', before.id)]);

    const after = store.stories.create({ headline: '加入后', body: [paragraph('核实这句话。')] });
    store.stories.save(after.id, 1, { kicker: '引题' });
    store.stories.save(after.id, 2, { kicker: '又改' });
    const mark = store.annotations.create({ storyId: after.id, kind: 'comment', anchor: { path: [0], offset: 0, quote: '核实' }, author: '李四', body: '请核实' });
    // One entry per document however often it is saved: the push sends the row as it is now.
    // Each save also kept the version it replaced, a revision document of its own.
    const revisions = store.stories.revisions(after.id).map((revision) => `revision:${revision.id}`).reverse();
    expect(revisions).toHaveLength(2);
    expect(store.newsroom.outbox.pending().map((entry) => entry.docId)).toEqual([
      docIdOf('story', before.id),
      ...revisions,
      docIdOf('story', after.id),
      docIdOf('mark', mark.id),
    ]);
    const doc = store.newsroom.outbox.docFor(store.newsroom.outbox.pending()[3]!, '张三');
    expect(doc).toMatchObject({ type: 'story', editedBy: '张三', fields: { headline: '加入后', kicker: '又改' } });
  });

  it('carries a story’s language in its document both ways', () => {
    const store = stores.open();
    store.newsroom.outbox.join();
    const story = store.stories.create({ headline: '臺灣', language: 'zh-Hant' });
    const doc = store.newsroom.outbox.docFor(store.newsroom.outbox.pending()[0]!, '张三');
    expect(doc).toMatchObject({ type: 'story', fields: { language: 'zh-Hant' } });
    const id = 'aaaaaaaa-0000-4000-8000-000000000009';
    const inbound = storyDoc({ ...emptyStory(id), headline: '香港', language: 'zh-Hant' }, BY);
    store.newsroom.inbound.applyBatch([{ docId: docIdOf('story', id), rev: '1-x', doc: inbound, conflicts: [] }], '1');
    expect(store.stories.get(id).language).toBe('zh-Hant');
    expect(store.stories.get(story.id).language).toBe('zh-Hant');
  });

  it('a failed save queues nothing', () => {
    const store = stores.open();
    store.newsroom.outbox.join();
    const story = store.stories.create({ headline: 'A' });
    const entry = store.newsroom.outbox.pending()[0]!;
    store.newsroom.outbox.markPushed(entry, '1-a');
    expect(() => store.stories.save(story.id, 7, { headline: 'B' })).toThrow(/saved elsewhere/);
    expect(store.newsroom.outbox.count()).toBe(0);
  });

  it('applies a document from the server once, without queueing it back, and finds it by search', () => {
    const store = stores.open();
    store.newsroom.outbox.join();
    const id = 'aaaaaaaa-0000-4000-8000-000000000001';
    const doc = storyDoc(
      { ...emptyStory(id), headline: '骑手之家', body: [paragraph('骑手在这里歇脚。')] },
      BY,
    );
    const inbound = { docId: docIdOf('story', id), rev: '1-x', doc, conflicts: [] };
    const first = store.newsroom.inbound.applyBatch([inbound], '5');
    expect(first.changed.story).toEqual([id]);
    expect(store.newsroom.outbox.count()).toBe(0);
    expect(store.stories.get(id)).toMatchObject({ headline: '骑手之家', version: 1 });
    expect(store.search.search('骑手').map((hit) => hit.id)).toEqual([id]);
    // The same change again (a restart before the position was kept elsewhere): nothing happens.
    const again = store.newsroom.inbound.applyBatch([inbound], '5');
    expect(again.changed.story).toEqual([]);
    expect(store.stories.get(id).version).toBe(1);
    expect(store.newsroom.inbound.since()).toBe('5');
  });

  it('never overwrites a row with an unsynced local save', () => {
    const store = stores.open();
    store.newsroom.outbox.join();
    const story = store.stories.create({ headline: '本机' });
    const docId = docIdOf('story', story.id);
    const doc = storyDoc({ ...store.stories.get(story.id), headline: '服务器' }, BY);
    const report = store.newsroom.inbound.applyBatch([{ docId, rev: '2-y', doc, conflicts: [] }], '9');
    expect(report.changed.story).toEqual([]);
    expect(store.stories.get(story.id).headline).toBe('本机');
    expect(store.newsroom.outbox.isPending(docId)).toBe(true);
  });

  it('keeps both sides of a conflict, shows the edit over a deletion, and waits for a mark whose story has not arrived', () => {
    const store = stores.open();
    store.newsroom.outbox.join();
    const story = store.stories.create({ headline: '原稿' });
    const docId = docIdOf('story', story.id);
    store.newsroom.outbox.markPushed(store.newsroom.outbox.pending()[0]!, '1-a');
    store.stories.softDelete(story.id);
    store.newsroom.outbox.markPushed(store.newsroom.outbox.pending()[0]!, '2-deleted');
    const edited = storyDoc({ ...store.stories.get(story.id), deletedAt: null, headline: '改过的稿' }, { ...BY, editedBy: '王五' });
    const deleted = storyDoc(store.stories.get(story.id), BY);
    const report = store.newsroom.inbound.applyBatch(
      [{ docId, rev: '2-deleted', doc: deleted, conflicts: [{ rev: '2-edited', doc: edited }] }],
      '12',
    );
    expect(report.conflicts).toEqual([docId]);
    expect(store.stories.get(story.id)).toMatchObject({ headline: '改过的稿', deletedAt: null });
    const conflict = store.newsroom.outbox.conflict(docId)!;
    expect(conflict.versions.map((version) => version.rev).sort()).toEqual(['2-deleted', '2-edited']);
    // The text that was replaced is in the story's history.
    expect(store.stories.revisions(story.id)[0]!.fields.headline).toBe('原稿');

    const orphan = {
      docId: docIdOf('mark', 'bbbbbbbb-0000-4000-8000-000000000002'),
      rev: '1-m',
      doc: {
        type: 'mark' as const,
        storyId: 'not-here-yet',
        anchor: { path: [0], offset: 0, quote: '', before: '', after: '', version: 0, orphaned: false },
        kind: 'comment' as const,
        text: '',
        target: null,
        body: '？',
        author: '李四',
        status: 'open' as const,
        round: 1,
        replyTo: null,
        decidedBy: null,
        decidedAt: null,
        createdAt: BY.editedAt,
        updatedAt: BY.editedAt,
        ...BY,
      },
      conflicts: [],
    };
    expect(store.newsroom.inbound.applyBatch([orphan], '13').deferred).toEqual([orphan.docId]);
    expect(store.newsroom.inbound.deferred()).toEqual([orphan.docId]);
    expect(store.newsroom.inbound.since()).toBe('13');
  });
});

function emptyStory(id: string) {
  return {
    id,
    section: '',
    status: 'draft' as const,
    kicker: '',
    headline: '',
    subtitle: '',
    bylines: [],
    body: [paragraph('')],
    photoCredit: '',
    flags: [],
    version: 1,
    createdAt: BY.editedAt,
    updatedAt: BY.editedAt,
    deletedAt: null,
  };
}
