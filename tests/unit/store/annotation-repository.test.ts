import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/store/connection';
import { migrate } from '../../../main/store/migrations';
import { QINYANG, ZHU } from './sample-stories';
import { caught } from './caught';
import { useTempStores } from './temp-stores';

describe('annotations', () => {
  const stores = useTempStores();

  it('keeps a proofreader’s mark on a story with its anchor, and threads a reply to it', () => {
    let minute = 0;
    const store = stores.open(undefined, { now: () => new Date(Date.UTC(2024, 1, 20, 8, minute++)) });
    const story = store.stories.create(QINYANG);
    const anchor = { path: [2], offset: 38, quote: '党员48人' };
    const mark = store.annotations.create({ storyId: story.id, anchor, kind: 'query', body: '48人还是46人？请核实。', author: '校对 李敏', round: 2 });
    expect(mark).toMatchObject({ storyId: story.id, anchor: { ...anchor, before: '', after: '', orphaned: false }, kind: 'query', status: 'open', round: 2, replyTo: null, decidedBy: null });

    const reply = store.annotations.create({ storyId: story.id, kind: 'comment', body: '已与通讯员核实，48人。', author: '杜挺勇', replyTo: mark.id });
    expect(reply.anchor).toEqual(mark.anchor);
    expect(reply.round).toBe(1);

    expect(store.annotations.listByStory(story.id).map((note) => note.body)).toEqual(['48人还是46人？请核实。', '已与通讯员核实，48人。']);
    expect(store.annotations.get(reply.id).replyTo).toBe(mark.id);
  });

  it('keeps corrections with their marks: 改正 with its text, 转移 with its target, who decided and when', () => {
    const store = stores.open(undefined, { now: () => new Date(Date.UTC(2024, 1, 20, 9, 30)) });
    const story = store.stories.create(ZHU);
    const replace = store.annotations.create({ storyId: story.id, anchor: { path: [1], offset: 2, quote: '18年' }, kind: 'replace', text: '十八年', author: '校对' });
    expect(replace.text).toBe('十八年');
    const move = store.annotations.create({
      storyId: story.id,
      anchor: { path: [1], offset: 0, quote: '坚持' },
      kind: 'move',
      target: { path: [1], offset: 9, quote: '' },
      author: '校对',
    });
    expect(move.target).toMatchObject({ path: [1], offset: 9, quote: '' });
    const accepted = store.annotations.updateStatus(replace.id, 'accepted', '编辑 王');
    expect(accepted).toMatchObject({ status: 'accepted', decidedBy: '编辑 王', decidedAt: '2024-02-20T09:30:00.000Z' });
    // Accepted into the text: final.
    expect(caught(() => store.annotations.updateStatus(replace.id, 'open')).code).toBe('conflict');
    const rejected = store.annotations.updateStatus(move.id, 'rejected', '编辑 王');
    expect(store.annotations.updateStatus(rejected.id, 'open')).toMatchObject({ status: 'open', decidedBy: null, decidedAt: null });
  });

  it('refuses marks whose shape does not fit their kind', () => {
    const store = stores.open();
    const story = store.stories.create(ZHU);
    const at = { path: [1], offset: 2, quote: '18年' };
    expect(caught(() => store.annotations.create({ storyId: story.id, anchor: at, kind: 'replace', author: '校对' })).message).toContain('text');
    expect(caught(() => store.annotations.create({ storyId: story.id, anchor: at, kind: 'insert', text: '约', author: '校对' })).message).toContain('point');
    expect(caught(() => store.annotations.create({ storyId: story.id, anchor: { ...at, quote: '' }, kind: 'delete', author: '校对' })).message).toContain('range');
    expect(caught(() => store.annotations.create({ storyId: story.id, anchor: at, kind: 'transpose', text: '年18x', author: '校对' })).message).toContain('same characters');
    expect(caught(() => store.annotations.create({ storyId: story.id, anchor: at, kind: 'move', author: '校对' })).message).toContain('target');
    expect(store.annotations.create({ storyId: story.id, anchor: at, kind: 'transpose', text: '年18', author: '校对' }).text).toBe('年18');
  });

  it('resolves a mark and filters by status', () => {
    const store = stores.open();
    const story = store.stories.create(ZHU);
    const anchor = { path: [1], offset: 2, quote: '18年' };
    const first = store.annotations.create({ storyId: story.id, anchor, kind: 'replace', text: '十八年', author: '校对' });
    store.annotations.create({ storyId: story.id, anchor, kind: 'comment', body: '数字统一用阿拉伯数字', author: '编辑' });
    const resolved = store.annotations.updateStatus(first.id, 'resolved');
    expect(resolved.status).toBe('resolved');
    expect(resolved.updatedAt >= first.updatedAt).toBe(true);
    expect(store.annotations.listByStory(story.id, { status: 'open' }).map((note) => note.body)).toEqual(['数字统一用阿拉伯数字']);
    expect(store.annotations.listByStory(story.id, { status: 'resolved' }).map((note) => note.id)).toEqual([first.id]);
  });

  it('refuses marks on unknown stories, replies across stories and marks without an anchor', () => {
    const store = stores.open();
    const [a, b] = store.stories.createMany([QINYANG, ZHU]);
    const anchor = { path: [0], offset: 0, quote: '近年来' };
    expect(caught(() => store.annotations.create({ storyId: 'missing', anchor, kind: 'comment', body: 'x', author: '编辑' })).code).toBe('not-found');
    const note = store.annotations.create({ storyId: a!.id, anchor, kind: 'comment', body: 'x', author: '编辑' });
    const across = caught(() => store.annotations.create({ storyId: b!.id, kind: 'comment', body: 'y', author: '编辑', replyTo: note.id }));
    expect(across.code).toBe('invalid-input');
    expect(across.message).toContain('replyTo');
    expect(caught(() => store.annotations.create({ storyId: a!.id, kind: 'comment', body: 'z', author: '编辑' })).message).toContain('anchor');
    expect(caught(() => store.annotations.create({ storyId: a!.id, anchor: { path: [0, 0], offset: 0, quote: 'x' }, kind: 'comment', author: '编辑' })).message).toContain('one top-level block');
    expect(caught(() => store.annotations.updateStatus(note.id, 'done' as never)).code).toBe('invalid-input');
    expect(store.annotations.listByStory(b!.id)).toEqual([]);
  });

  it('saves anchors for the current version only, and lets only the author withdraw a mark', () => {
    const store = stores.open();
    const story = store.stories.create(ZHU);
    const mark = store.annotations.create({ storyId: story.id, anchor: { path: [1], offset: 2, quote: '18年' }, kind: 'delete', author: '校对 李敏' });
    const moved = { path: [2], offset: 5, quote: '18年', before: '坚守', after: '，她' };
    expect(caught(() => store.annotations.reanchor(story.id, story.version + 1, [{ id: mark.id, anchor: moved }])).code).toBe('conflict');
    expect(store.annotations.reanchor(story.id, story.version, [{ id: mark.id, anchor: moved }])).toBe(1);
    expect(store.annotations.get(mark.id).anchor).toEqual({ ...moved, version: story.version, orphaned: false });

    expect(caught(() => store.annotations.remove(mark.id, '编辑 王')).code).toBe('forbidden');
    store.annotations.remove(mark.id, '校对 李敏');
    expect(store.annotations.listByStory(story.id)).toEqual([]);
  });

  it('records status changes with who and when, and counts proof rounds', () => {
    let minute = 0;
    const store = stores.open(undefined, { now: () => new Date(Date.UTC(2024, 1, 20, 10, minute++)) });
    const story = store.stories.create({ ...ZHU, status: 'editing' });
    expect(store.statusHistory.currentRound(story.id)).toBe(1);
    const first = store.statusHistory.record({ storyId: story.id, from: 'editing', to: 'proofing', author: '编辑 王', version: 2 });
    expect(first).toMatchObject({ from: 'editing', to: 'proofing', author: '编辑 王', round: 1, at: '2024-02-20T10:01:00.000Z' }); // the story's creation took minute 0
    store.statusHistory.record({ storyId: story.id, from: 'proofing', to: 'editing', author: '编辑 王', version: 3 });
    const second = store.statusHistory.record({ storyId: story.id, from: 'editing', to: 'proofing', author: '编辑 王', version: 4 });
    expect(second.round).toBe(2);
    expect(store.statusHistory.currentRound(story.id)).toBe(2);
    expect(store.statusHistory.list(story.id).map((c) => `${c.from}→${c.to}:${c.round ?? '-'}`)).toEqual(['editing→proofing:1', 'proofing→editing:-', 'editing→proofing:2']);
  });

  it('upgrades marks of a version-5 database: leaf anchors become block anchors, "proof-mark" becomes 改正', () => {
    const path = join(stores.dir(), 'v5.db');
    const old = openDatabase(path);
    migrate(old, { to: 5 });
    const body = JSON.stringify([{ type: 'paragraph', children: [{ text: '机制保障聚力。', bold: true }, { text: '为60余名外卖骑手服务。' }] }]);
    old
      .prepare(
        `INSERT INTO stories (id, status, body, version, created_at, updated_at) VALUES ('s1', 'proofing', ?, 1, '2024-02-20T00:00:00Z', '2024-02-20T00:00:00Z')`,
      )
      .run(body);
    old
      .prepare(
        `INSERT INTO annotations (id, story_id, anchor, kind, body, author, status, round, reply_to, created_at, updated_at)
         VALUES ('a1', 's1', ?, 'proof-mark', '六十余名', '校对', 'open', 1, NULL, '2024-02-20T00:00:00Z', '2024-02-20T00:00:00Z')`,
      )
      .run(JSON.stringify({ path: [0, 1], offset: 1, quote: '60余名' }));
    old.close();

    const store = stores.open(path);
    const mark = store.annotations.get('a1');
    expect(mark).toMatchObject({ kind: 'replace', text: '六十余名', body: '', anchor: { path: [0], offset: 8, quote: '60余名' } });
    expect('机制保障聚力。为60余名外卖骑手服务。'.slice(8, 12)).toBe('60余名');
  });
});
