import { describe, expect, it } from 'vitest';
import { QINYANG, ZHU } from './sample-stories';
import { caught } from './caught';
import { useTempStores } from './temp-stores';

describe('annotations', () => {
  const stores = useTempStores();

  it('keeps a proofreader’s mark on a story with its anchor, and threads a reply to it', () => {
    let minute = 0;
    const store = stores.open(undefined, { now: () => new Date(Date.UTC(2024, 1, 20, 8, minute++)) });
    const story = store.stories.create(QINYANG);
    const anchor = { path: [2, 0], offset: 38, quote: '党员48人' };
    const mark = store.annotations.create({ storyId: story.id, anchor, kind: 'query', body: '48人还是46人？请核实。', author: '校对 李敏', round: 2 });
    expect(mark).toMatchObject({ storyId: story.id, anchor, kind: 'query', status: 'open', round: 2, replyTo: null });

    const reply = store.annotations.create({ storyId: story.id, kind: 'comment', body: '已与通讯员核实，48人。', author: '杜挺勇', replyTo: mark.id });
    expect(reply.anchor).toEqual(anchor);
    expect(reply.round).toBe(1);

    expect(store.annotations.listByStory(story.id).map((note) => note.body)).toEqual(['48人还是46人？请核实。', '已与通讯员核实，48人。']);
    expect(store.annotations.get(reply.id).replyTo).toBe(mark.id);
  });

  it('resolves a mark and filters by status', () => {
    const store = stores.open();
    const story = store.stories.create(ZHU);
    const anchor = { path: [1, 0], offset: 2, quote: '18年' };
    const first = store.annotations.create({ storyId: story.id, anchor, kind: 'proof-mark', body: '十八年', author: '校对' });
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
    const anchor = { path: [0, 0], offset: 0, quote: '近年来' };
    expect(caught(() => store.annotations.create({ storyId: 'missing', anchor, kind: 'comment', body: 'x', author: '编辑' })).code).toBe('not-found');
    const note = store.annotations.create({ storyId: a!.id, anchor, kind: 'comment', body: 'x', author: '编辑' });
    const across = caught(() => store.annotations.create({ storyId: b!.id, kind: 'comment', body: 'y', author: '编辑', replyTo: note.id }));
    expect(across.code).toBe('invalid-input');
    expect(across.message).toContain('replyTo');
    expect(caught(() => store.annotations.create({ storyId: a!.id, kind: 'comment', body: 'z', author: '编辑' })).message).toContain('anchor');
    expect(caught(() => store.annotations.updateStatus(note.id, 'done' as never)).code).toBe('invalid-input');
    expect(store.annotations.listByStory(b!.id)).toEqual([]);
  });
});
