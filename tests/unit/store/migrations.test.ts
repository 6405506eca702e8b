import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/store/connection';
import { MIGRATIONS, SCHEMA_VERSION, migrate, schemaVersion } from '../../../main/store/migrations';
import { openStore } from '../../../main/store/open-store';
import { caught } from './caught';
import { useTempStores } from './temp-stores';

const V1_BODY = JSON.stringify([{ type: 'paragraph', children: [{ text: '依托“骑手之家”，为60余名外卖骑手进行交通安全专题辅导。' }] }]);

describe('migrations', () => {
  const stores = useTempStores();

  it('are numbered 1, 2, 3, … with nothing skipped', () => {
    expect(MIGRATIONS.map((step) => step.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring a new database to the latest version', () => {
    const store = stores.open();
    store.close();
    const raw = new Database(store.path, { readonly: true });
    expect(schemaVersion(raw)).toBe(SCHEMA_VERSION);
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['annotations', 'assets', 'pages', 'stories', 'story_revisions', 'story_search']));
    raw.close();
  });

  it('move a version-1 file forward and keep its stories, revisions and trash', () => {
    const path = join(stores.dir(), 'old.db');
    const old = openDatabase(path);
    migrate(old, { to: 1 });
    const insert = old.prepare(
      `INSERT INTO stories (id, section, status, kicker, headline, subtitle, bylines, body, photo_credit, flags, length, version, created_at, updated_at, deleted_at)
       VALUES (?, '党建', 'editing', '', ?, '', ?, ?, '', '[]', 27, 2, '2023-05-01T02:00:00.000Z', '2023-05-02T02:00:00.000Z', ?)`,
    );
    insert.run('s-live', '沁阳市：凝聚合力构建新兴领域党建新格局', JSON.stringify([{ role: 'reporter', label: '本报记者', names: ['杜挺勇'] }]), V1_BODY, null);
    insert.run('s-trash', '骑手之家里的一杯热水', '[]', V1_BODY, '2023-05-03T02:00:00.000Z');
    old
      .prepare(`INSERT INTO story_revisions (story_id, version, saved_at, fields) VALUES ('s-live', 1, '2023-05-01T02:00:00.000Z', ?)`)
      .run(
        JSON.stringify({ section: '', status: 'draft', kicker: '', headline: '初稿', subtitle: '', bylines: [], body: JSON.parse(V1_BODY), photoCredit: '', flags: [] }),
      );
    expect(schemaVersion(old)).toBe(1);
    old.close();

    const store = stores.open(path);
    const story = store.stories.get('s-live');
    expect(story).toMatchObject({ headline: '沁阳市：凝聚合力构建新兴领域党建新格局', status: 'editing', version: 2 });
    expect(story.bylines[0]!.names).toEqual(['杜挺勇']);
    expect(store.stories.revisions('s-live').map((revision) => revision.fields.headline)).toEqual(['初稿']);
    expect(store.stories.list({ deleted: true }).map((summary) => summary.id)).toEqual(['s-trash']);
    // The search index did not exist at version 1: the upgrade filled it from the live stories.
    expect(store.search.search('骑手').map((hit) => hit.id)).toEqual(['s-live']);
    expect(store.search.search('杜挺勇').map((hit) => hit.id)).toEqual(['s-live']);
    // And the new tables work.
    expect(store.pages.create({ editionDate: '2023-05-04', pageNumber: 3 }).name).toBe('第3版');
    expect(store.stories.save('s-live', 2, { status: 'approved' }).version).toBe(3);
  });

  it('run each step in a transaction: a failing step leaves the last good version', () => {
    const db = openDatabase(join(stores.dir(), 'half.db'));
    const steps = [
      { version: 1, description: 'one', up: (d: Database.Database) => d.exec('CREATE TABLE one (x)') },
      {
        version: 2,
        description: 'two fails half-way',
        up: (d: Database.Database) => {
          d.exec('CREATE TABLE two (x)');
          throw new Error('disk full');
        },
      },
    ];
    expect(() => migrate(db, { steps })).toThrow('disk full');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['one']);
    db.close();
  });

  it('refuse a database from a newer Banmian and leave it untouched', () => {
    const path = join(stores.dir(), 'future.db');
    const future = new Database(path);
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.close();
    const before = readFileSync(path);
    const error = caught(() => openStore(path));
    expect(error.code).toBe('bad-file');
    expect(error.message).toContain('newer Banmian');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuse a file that is not a database with a clear error', () => {
    const path = join(stores.dir(), 'notes.db');
    writeFileSync(path, '本报记者 杜挺勇\n'.repeat(200));
    expect(() => openStore(path)).toThrow(/not a Banmian database/);
  });

  it('create the folder of a new database', () => {
    const path = join(stores.dir(), 'nested', 'deeper', 'banmian.db');
    stores.open(path).stories.create({ headline: '新库' });
    expect(existsSync(path)).toBe(true);
  });
});
