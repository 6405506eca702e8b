import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/ipc/contract-types';
import type { Store } from '../../../main/store/store-types';
import { foldText } from '../../../main/store/search-text';
import { DAOQING, DAWEI, QINYANG, SAMPLE_STORIES, SHANYANG, TAIJI, ZHU, paragraph, photo } from './sample-stories';
import { useTempStores } from './temp-stores';

function seeded(store: Store): Map<string, string> {
  const byHeadline = new Map<string, string>();
  for (const story of store.stories.createMany(SAMPLE_STORIES)) byHeadline.set(story.headline, story.id);
  return byHeadline;
}

const headlines = (hits: SearchHit[]) => hits.map((hit) => hit.headline);

/** Every highlight covers the query text (folded: case and full-width forms aside). */
function expectHighlightsOn(hit: SearchHit, query: string) {
  expect(hit.highlights.length).toBeGreaterThan(0);
  for (const [start, end] of hit.highlights) expect(foldText(hit.snippet.slice(start, end))).toBe(foldText(query));
}

describe('search', () => {
  const stores = useTempStores();

  it('finds stories saved after a word was searched in an empty archive', () => {
    const store = stores.open();
    expect(store.search.search('骑手')).toEqual([]);
    expect(store.search.search('王梦梦')).toEqual([]);
    const [rider] = store.stories.createMany([{ headline: '暖心驿站', body: [{ type: 'paragraph', children: [{ text: '外卖骑手王梦梦在驿站歇脚。' }] }] }]);
    expect(store.search.search('骑手').map((hit) => hit.id)).toEqual([rider!.id]);
    expect(store.search.search('王梦梦').map((hit) => hit.id)).toEqual([rider!.id]);
  });

  it('finds two-character words, names and 校史馆, the right story first', () => {
    const store = stores.open();
    seeded(store);
    expect(headlines(store.search.search('骑手'))).toEqual([QINYANG.headline]);
    expect(headlines(store.search.search('朱光丽'))[0]).toBe(ZHU.headline);
    expect(headlines(store.search.search('校史馆'))).toEqual([DAOQING.headline]);
    expect(headlines(store.search.search('薛慧科'))).toEqual([QINYANG.headline]);
    expect(headlines(store.search.search('王梦梦')).sort()).toEqual([DAWEI.headline, DAOQING.headline, TAIJI.headline].sort());
  });

  it('ranks a story with 党建 in its headline above stories that mention it in the body', () => {
    const store = stores.open();
    seeded(store);
    const hits = store.search.search('党建');
    expect(headlines(hits)[0]).toBe(QINYANG.headline);
    expect(headlines(hits)).toContain(SHANYANG.headline);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('ranks a reporter’s own long story above a short one that credits them in a caption', () => {
    const store = stores.open();
    const own = store.stories.create({
      headline: '“五星”支部创建观摩活动举行',
      bylines: [{ role: 'reporter', label: '本报记者', names: ['王梦梦'] }],
      body: Array.from({ length: 8 }, () => paragraph('各村（社区）拿出硬举措、实办法，倒排工期、责任到人，把每一项创建任务做细做实。')),
    });
    const credited = store.stories.create({
      headline: '校史馆成为师生打卡地',
      body: [photo('市道清中学校史馆成为该校师生的打卡地。', '本报记者 王梦梦 摄')],
    });
    expect(store.search.search('王梦梦').map((hit) => hit.id)).toEqual([own.id, credited.id]);
  });

  it('puts a headline hit above body mentions, one or many', () => {
    const store = stores.open();
    const once = store.stories.create({
      headline: '工字路社区邻里节办得热闹非凡',
      body: [paragraph('社区招募52家同城联盟优质“合伙人”，以区域化党建为抓手，邻里节上摆满了各家的手艺。')],
    });
    const often = store.stories.create({
      headline: '山阳区“五星”支部创建攻坚',
      body: Array.from({ length: 12 }, (_, index) => paragraph(`第${index + 1}项：抓党建、促党建，以党建带群建。`)),
    });
    const inHeadline = store.stories.create({ headline: '党建引领基层治理', body: [paragraph('山阳区牢固树立大抓基层、大抓支部的鲜明导向。')] });
    expect(store.search.search('党建').map((hit) => hit.id)).toEqual([inHeadline.id, often.id, once.id]);
  });

  it('finds Latin words regardless of case, whole words only', () => {
    const store = stores.open();
    seeded(store);
    expect(headlines(store.search.search('taijiquan'))).toEqual([TAIJI.headline]);
    expect(headlines(store.search.search('UNESCO'))).toEqual([TAIJI.headline]);
    expect(headlines(store.search.search('anna schmidt'))).toEqual([TAIJI.headline]);
    expect(store.search.search('taiji')).toEqual([]);
    const [hit] = store.search.search('Germany');
    expectHighlightsOn(hit!, 'Germany');
  });

  it('finds numbers, with units and with Chinese after them, typed half- or full-width', () => {
    const store = stores.open();
    seeded(store);
    expect(headlines(store.search.search('2021'))).toEqual([ZHU.headline]);
    expect(headlines(store.search.search('2021年'))).toEqual([ZHU.headline]);
    expect(headlines(store.search.search('２０２１'))).toEqual([ZHU.headline]);
    expect(headlines(store.search.search('5mm'))).toEqual([ZHU.headline]);
    expect(headlines(store.search.search('B超'))).toEqual([ZHU.headline]);
    expect(headlines(store.search.search('1923'))).toEqual([DAOQING.headline]);
    expect(headlines(store.search.search('300'))).toEqual([QINYANG.headline]);
    // Both pieces are in that story (1923年, 百年老校), but not side by side as typed.
    expect(store.search.search('年1923')).toEqual([]);
  });

  it('needs every word of a query', () => {
    const store = stores.open();
    seeded(store);
    expect(headlines(store.search.search('党建 骑手'))).toEqual([QINYANG.headline]);
    expect(headlines(store.search.search('五星 合伙人'))).toEqual([SHANYANG.headline]);
    expect(store.search.search('骑手 校史馆')).toEqual([]);
  });

  it('finds photo captions and credits', () => {
    const store = stores.open();
    seeded(store);
    expect(headlines(store.search.search('温室大棚'))).toEqual([DAWEI.headline]);
    expect(headlines(store.search.search('查找资料'))).toEqual([ZHU.headline]);
  });

  it('returns a short snippet with highlights on the query text', () => {
    const store = stores.open();
    seeded(store);
    for (const query of ['骑手', '校史馆', '杜挺勇', '5mm', '２０２１', '村民']) {
      const hits = store.search.search(query);
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.snippet.length).toBeLessThanOrEqual(62);
        expectHighlightsOn(hit, query);
      }
    }
    const [rider] = store.search.search('骑手');
    expect(rider!.snippet).toContain('外卖骑手');
    expect(rider!.highlights).toHaveLength(2);
  });

  it('shows the lead when only the headline matches', () => {
    const store = stores.open();
    seeded(store);
    const [hit] = store.search.search('缔造');
    expect(hit!.headline).toBe(ZHU.headline);
    expect(hit!.snippet.startsWith('朱光丽上网查找资料')).toBe(true);
    expect(hit!.highlights).toEqual([]);
  });

  it('follows edits and the trash in the same transaction', () => {
    const store = stores.open();
    const ids = seeded(store);
    const id = ids.get(DAOQING.headline!)!;
    store.stories.save(id, 1, { headline: '百年老校的红色记忆', body: [paragraph('扶轮学校旧址修缮一新。')] });
    expect(store.search.search('校史馆')).toEqual([]);
    expect(headlines(store.search.search('扶轮'))).toEqual(['百年老校的红色记忆']);
    store.stories.softDelete(id);
    expect(store.search.search('扶轮')).toEqual([]);
    store.stories.restore(id);
    expect(headlines(store.search.search('扶轮'))).toEqual(['百年老校的红色记忆']);
  });

  it('returns nothing for a query of punctuation, and honours the limit', () => {
    const store = stores.open();
    seeded(store);
    expect(store.search.search('“”：？')).toEqual([]);
    expect(store.search.search('   ')).toEqual([]);
    expect(store.search.search('的', 2)).toHaveLength(2);
    expect(store.search.search('的').length).toBeGreaterThan(2);
  });

  it('finds a story by any piece of two to five characters of its headline, headline matches first', () => {
    const store = stores.open();
    seeded(store);
    const pieces = SAMPLE_STORIES.flatMap((story) =>
      story.headline!.split(/[^\p{Script=Han}]+/u).filter((run) => run.length >= 2).map((run) => ({ run, headline: story.headline! })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...pieces).chain(({ run, headline }) =>
          fc.integer({ min: 0, max: run.length - 2 }).chain((start) =>
            fc.integer({ min: start + 2, max: Math.min(run.length, start + 5) }).map((end) => ({ query: run.slice(start, end), headline })),
          ),
        ),
        ({ query, headline }) => {
          const found = headlines(store.search.search(query, 200));
          expect(found).toContain(headline);
          const inHeadline = found.map((title) => title.includes(query));
          expect(inHeadline).toEqual([...inHeadline].sort((a, b) => Number(b) - Number(a)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
