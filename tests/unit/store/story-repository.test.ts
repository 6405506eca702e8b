import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../shared/model/story';
import { DAOQING, QINYANG, SAMPLE_STORIES, SHANYANG, ZHU, paragraph } from './sample-stories';
import { caught } from './caught';
import { useTempStores } from './temp-stores';

describe('stories', () => {
  const stores = useTempStores();

  it('creates a story with the empty story’s defaults for missing fields and reads it back', () => {
    const store = stores.open();
    const created = store.stories.create({ headline: ZHU.headline, bylines: ZHU.bylines });
    expect(created).toMatchObject({ headline: '朱光丽：用爱缔造生命奇迹', status: 'draft', version: 1, deletedAt: null, kicker: '' });
    expect(created.body).toEqual([paragraph('')]);
    expect(store.stories.get(created.id)).toEqual(created);
  });

  it('says which story is missing', () => {
    const store = stores.open();
    const error = caught(() => store.stories.get('no-such-id'));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('no-such-id');
  });

  it('lists the library with body length and filters by status and section', () => {
    const store = stores.open();
    const [qinyang, , zhu] = store.stories.createMany(SAMPLE_STORIES);
    store.stories.save(zhu!.id, 1, { status: 'approved' });

    const all = store.stories.list();
    expect(all).toHaveLength(SAMPLE_STORIES.length);
    const row = all.find((summary) => summary.id === qinyang!.id)!;
    expect(row.bylines.map((byline) => byline.names.join())).toEqual(['杜挺勇', '薛慧科']);
    // Characters of body text without whitespace, the desk's count.
    expect(row.length).toBe(QINYANG.body!.reduce((sum, block) => sum + (block.type === 'photo' ? 0 : block.children[0]!.text.replace(/\s/g, '').length), 0));
    expect(row).not.toHaveProperty('body');

    expect(store.stories.list({ status: 'approved' }).map((summary) => summary.headline)).toEqual([ZHU.headline]);
    expect(store.stories.list({ section: '图说基层党建' }).map((summary) => summary.headline).sort()).toEqual(
      ['大位村：“五星”支部创建', DAOQING.headline].sort(),
    );
    expect(store.stories.list({ section: '图说基层党建', status: 'approved' })).toEqual([]);
  });

  it('lists what changed since a day, most recently changed first', () => {
    let now = new Date(2024, 1, 18, 9, 0);
    const store = stores.open(undefined, { now: () => now });
    const old = store.stories.create(SHANYANG);
    now = new Date(2024, 1, 20, 0, 30); // just after local midnight
    const fresh = store.stories.create(QINYANG);
    now = new Date(2024, 1, 21, 16, 0);
    store.stories.save(old.id, 1, { status: 'editing' });

    expect(store.stories.list({ since: '2024-02-20' }).map((summary) => summary.id)).toEqual([old.id, fresh.id]);
    expect(store.stories.list({ since: '2024-02-21' }).map((summary) => summary.id)).toEqual([old.id]);
    expect(store.stories.list({ since: '2024-02-22' })).toEqual([]);
    expect(caught(() => store.stories.list({ since: '20.2.2024' })).code).toBe('invalid-input');
  });

  it('saves only the given fields over the stored ones and bumps the version', () => {
    const store = stores.open();
    const story = store.stories.create(ZHU);
    const saved = store.stories.save(story.id, 1, { subtitle: '记焦作市妇幼保健院朱光丽', status: 'editing' });
    expect(saved.version).toBe(2);
    expect(saved.subtitle).toBe('记焦作市妇幼保健院朱光丽');
    expect(saved.headline).toBe(ZHU.headline);
    expect(saved.body).toEqual(ZHU.body);
    expect(store.stories.get(story.id)).toEqual(saved);
  });

  it('keeps a story’s language: zh-Hant stored and read back, Simplified (the default) not written out', () => {
    const store = stores.open();
    const story = store.stories.create({ headline: '臺灣報導', language: 'zh-Hant' });
    expect(store.stories.get(story.id).language).toBe('zh-Hant');
    const back = store.stories.save(story.id, 1, { language: 'zh-Hans' });
    expect(back.version).toBe(2);
    expect(back).not.toHaveProperty('language');
    expect(store.stories.revisions(story.id)[0]!.fields.language).toBe('zh-Hant');
    expect(() => store.stories.save(story.id, 2, { language: 'ja' as never })).toThrow(/language/);
  });

  it('refuses a save from a stale version, writes nothing and returns the current story', () => {
    const store = stores.open();
    const story = store.stories.create(ZHU);
    const current = store.stories.save(story.id, 1, { headline: '朱光丽：十八年守护生命' });

    const error = caught(() => store.stories.save(story.id, 1, { headline: '旧窗口里的标题', status: 'approved' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('version 2');
    expect((error.details as { current: Story }).current).toEqual(current);
    expect(store.stories.get(story.id)).toEqual(current);
    expect(store.stories.revisions(story.id)).toHaveLength(1);
  });

  it('keeps every replaced version as a revision, newest first', () => {
    const store = stores.open();
    const story = store.stories.create({ headline: '初稿标题', body: [paragraph('第一稿。')] });
    store.stories.save(story.id, 1, { headline: '二稿标题' });
    store.stories.save(story.id, 2, { body: [paragraph('第三稿正文。')] });

    const revisions = store.stories.revisions(story.id);
    expect(revisions.map((revision) => revision.version)).toEqual([2, 1]);
    expect(revisions[1]!.fields).toMatchObject({ headline: '初稿标题', body: [paragraph('第一稿。')] });
    expect(revisions[0]!.fields).toMatchObject({ headline: '二稿标题', body: [paragraph('第一稿。')] });
    expect(revisions[1]!.savedAt).toBe(story.updatedAt);
    expect(store.stories.get(story.id)).toMatchObject({ version: 3, headline: '二稿标题' });
  });

  it('treats a save that changes nothing as done: same version, no revision', () => {
    const store = stores.open();
    const story = store.stories.create(QINYANG);
    const again = store.stories.save(story.id, 1, { headline: QINYANG.headline, body: QINYANG.body });
    expect(again.version).toBe(1);
    expect(store.stories.revisions(story.id)).toEqual([]);
  });

  it('rejects invalid fields naming the field, and writes nothing', () => {
    const store = stores.open();
    const story = store.stories.create(QINYANG);
    const error = caught(() =>
      store.stories.save(story.id, 1, { bylines: [{ role: 'reporter', label: '本报记者', names: [] }] }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.[0]).toMatch(/^fields\.bylines\.0\.names: /);

    const badStatus = caught(() => store.stories.create({ status: 'printed' as never }));
    expect(badStatus.code).toBe('invalid-input');
    expect(badStatus.message).toContain('status');
    expect(store.stories.get(story.id).version).toBe(1);
    expect(store.stories.list()).toHaveLength(1);
  });

  it('creates a batch all or nothing', () => {
    const store = stores.open();
    const batch = [QINYANG, ZHU, { ...DAOQING, body: [{ type: 'table', children: [] }] } as never, SHANYANG];
    const error = caught(() => store.stories.createMany(batch));
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.[0]).toMatch(/^stories\[2\]\.body\.0/);
    expect(error.message).toContain('story 3 of 4');
    expect(store.stories.list()).toEqual([]);
    expect(store.search.search('朱光丽')).toEqual([]);

    expect(store.stories.createMany([QINYANG, ZHU]).map((story) => story.headline)).toEqual([QINYANG.headline, ZHU.headline]);
  });

  it('rolls back the whole batch when the database fails part-way through', () => {
    const store = stores.open();
    // A trigger stands in for a full disk or a crash on the third insert.
    const raw = new Database(store.path);
    raw.exec(`CREATE TRIGGER fail_third BEFORE INSERT ON stories WHEN NEW.headline = '${SHANYANG.headline}'
              BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    raw.close();
    expect(() => store.stories.createMany([QINYANG, ZHU, SHANYANG])).toThrow('disk I/O error');
    expect(store.stories.list()).toEqual([]);
    expect(store.search.search('骑手')).toEqual([]);
  });

  it('rolls back a save that fails after its revision was written', () => {
    const store = stores.open();
    const story = store.stories.create(ZHU);
    const raw = new Database(store.path);
    raw.exec(`CREATE TRIGGER fail_update BEFORE UPDATE OF headline ON stories
              BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    raw.close();
    expect(() => store.stories.save(story.id, 1, { headline: '新标题' })).toThrow('disk I/O error');
    expect(store.stories.get(story.id)).toEqual(story);
    expect(store.stories.revisions(story.id)).toEqual([]);
    expect(store.search.search('朱光丽').map((hit) => hit.id)).toEqual([story.id]);
  });

  it('duplicates a story into a new draft and leaves the original alone', () => {
    const store = stores.open();
    const original = store.stories.save(store.stories.create(DAOQING).id, 1, { status: 'placed' });
    const copy = store.stories.duplicate(original.id);
    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({ headline: DAOQING.headline, body: DAOQING.body, bylines: DAOQING.bylines, status: 'draft', version: 1 });
    expect(store.stories.get(original.id)).toEqual(original);
    expect(store.search.search('校史馆').map((hit) => hit.id).sort()).toEqual([original.id, copy.id].sort());
  });

  it('moves a story to the trash and back', () => {
    const store = stores.open();
    const [qinyang, zhu] = store.stories.createMany([QINYANG, ZHU]);
    const trashed = store.stories.softDelete(zhu!.id);
    expect(trashed.deletedAt).not.toBeNull();

    expect(store.stories.list().map((summary) => summary.id)).toEqual([qinyang!.id]);
    expect(store.stories.list({ deleted: true }).map((summary) => summary.id)).toEqual([zhu!.id]);
    expect(store.stories.get(zhu!.id).deletedAt).toBe(trashed.deletedAt);
    expect(store.search.search('朱光丽')).toEqual([]);
    expect(caught(() => store.stories.save(zhu!.id, 1, { headline: '改' })).code).toBe('conflict');

    const restored = store.stories.restore(zhu!.id);
    expect(restored).toMatchObject({ deletedAt: null, version: 1, headline: ZHU.headline });
    expect(store.stories.list({ deleted: true })).toEqual([]);
    expect(store.search.search('朱光丽').map((hit) => hit.id)).toEqual([zhu!.id]);
  });

  it('reports a damaged stored body instead of handing it on', () => {
    const store = stores.open();
    const story = store.stories.create(ZHU);
    const raw = new Database(store.path);
    raw.prepare(`UPDATE stories SET body = '[{"type":"paragraph"}]' WHERE id = ?`).run(story.id);
    raw.close();
    const error = caught(() => store.stories.get(story.id));
    expect(error.code).toBe('internal');
    expect(error.message).toContain(story.id);
    expect(error.issues?.[0]).toMatch(/^body\.0\.children/);
  });
});
