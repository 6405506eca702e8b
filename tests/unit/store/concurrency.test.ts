import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../shared/model/story';
import { QINYANG, ZHU } from './sample-stories';
import { caught } from './caught';
import { useTempStores } from './temp-stores';

describe('one database, several windows', () => {
  const stores = useTempStores();

  it('runs in WAL mode with foreign keys and a busy timeout', () => {
    const store = stores.open();
    store.stories.create(ZHU);
    expect(existsSync(`${store.path}-wal`)).toBe(true);
    const raw = new Database(store.path);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    // A reader sees committed data while another connection holds an open write transaction.
    const writer = new Database(store.path);
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare("UPDATE stories SET headline = 'uncommitted'").run();
    expect(store.stories.list().map((summary) => summary.headline)).toEqual([ZHU.headline]);
    writer.exec('ROLLBACK');
    writer.close();
  });

  it('turns the second of two saves from the same version into a conflict', () => {
    const first = stores.open();
    const second = stores.open(first.path);
    const created = first.stories.create(QINYANG);

    // Both windows open version 1.
    const inA = first.stories.get(created.id);
    const inB = second.stories.get(created.id);
    expect(inB.version).toBe(inA.version);

    const savedByA = first.stories.save(created.id, inA.version, { subtitle: '新就业群体党建工作纪实' });
    const error = caught(() => second.stories.save(created.id, inB.version, { subtitle: '另一个窗口的副题' }));
    expect(error.code).toBe('conflict');
    const current = (error.details as { current: Story }).current;
    expect(current).toEqual(savedByA);
    expect(second.stories.get(created.id).subtitle).toBe('新就业群体党建工作纪实');

    // Window B merges onto the current version and saves.
    const merged = second.stories.save(created.id, current.version, { subtitle: '另一个窗口的副题' });
    expect(merged.version).toBe(3);
    expect(first.stories.get(created.id).subtitle).toBe('另一个窗口的副题');
    expect(first.stories.revisions(created.id).map((revision) => revision.fields.subtitle)).toEqual(['新就业群体党建工作纪实', '']);
  });

  it('opens an existing file from a second window without migrating it twice', () => {
    const first = stores.open();
    first.stories.create(ZHU);
    const second = stores.open(first.path);
    expect(second.search.search('朱光丽')).toHaveLength(1);
    expect(second.stories.list()).toHaveLength(1);
  });
});
