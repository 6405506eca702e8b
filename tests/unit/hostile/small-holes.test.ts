import { describe, expect, it } from 'vitest';
import { emptyStoryFields } from '../../../shared/model/story';
import { useDesk } from './hostile-fixtures';

// Item 7 of issue 16: the smaller holes (anchor bounds are in bounds.test.ts, import into a
// damaged database in foreign-files.test.ts).

const desk = useDesk();

describe('annotations on a story in the trash', () => {
  it('refused: a mark on a trashed story, as a save to it is; accepted again once restored', async () => {
    const story = desk.store.stories.create({ ...emptyStoryFields(), headline: '废稿', body: [{ type: 'paragraph', children: [{ text: '这段文字要批注。' }] }] });
    await desk.call('stories.delete', { id: story.id });
    const mark = { storyId: story.id, kind: 'comment', author: '校对甲', anchor: { path: [0], offset: 0, quote: '这段' } };
    const refused = await desk.call('annotations.create', mark);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('“废稿” is in the trash; restore it before marking it. No mark was added.');
    expect(desk.store.annotations.listByStory(story.id)).toEqual([]);
    await desk.call('stories.restore', { id: story.id });
    expect((await desk.call('annotations.create', mark)).ok).toBe(true);
  });
});
