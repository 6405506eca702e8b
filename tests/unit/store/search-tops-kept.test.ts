import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { archiveStories } from '../../../bench/search-corpus';
import { MIGRATIONS } from '../../../main/store/migrations';
import { docIdOf, storyDoc } from '../../../main/store/newsroom-docs';
import { bm25Term } from '../../../main/store/search-heads-ranking';
import { SEARCH_WEIGHTS } from '../../../main/store/search-index';
import { planQuery } from '../../../main/store/search-query';
import { averageLength, tierListing } from '../../../main/store/search-tier-listing';
import { TieredRanking } from '../../../main/store/search-tiers';
import { freqOf } from '../../../main/store/search-tops';
import type { WarmReport } from '../../../main/store/search-warm';
import type { Store } from '../../../main/store/store-types';
import { paragraph } from './sample-stories';
import { useTempStores } from './temp-stores';

/**
 * The kept best stories of phrases (search-tops.ts) are schema: every write keeps them, they
 * outlive the store's close, and the warm-up (search-warm.ts) fills them in the background.
 * What must hold is the lists' rule — every live story of the tier with g(freq, size; the
 * list's average) > θ is kept with its exact freq and size, and no other — checked here against
 * FTS5 listing the whole tier, and the results equal FTS5's own ranking.
 */

const QUERIES = ['服务', '党建', '骑手', '社区', '王梦梦', '新兴领域', '5g', '300', '校史馆', '群众'];
const TOPS_VERSION = MIGRATIONS.find((step) => step.description.includes('search_top_phrases'))!.version;

/** A small seeded generator, so a failure replays. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Every kept list against FTS5's listing of its whole tier, read through a second connection. */
function expectListsTrue(store: Store, label: string): number {
  const db = new Database(store.path, { readonly: true });
  try {
    const listing = tierListing(db, SEARCH_WEIGHTS);
    const avgdl = averageLength(db)();
    const lists = db.prepare('SELECT id, phrase, tier, avgdl, theta FROM search_top_phrases').all() as Array<{
      id: number;
      phrase: string;
      tier: number;
      avgdl: number;
      theta: number;
    }>;
    const kept = db.prepare('SELECT seq, freq, size FROM search_tops WHERE list = ? ORDER BY seq');
    for (const list of lists) {
      const expected = listing(list.tier, list.phrase, 1_000_000)
        .map((row) => ({ seq: row.rowid, freq: freqOf(row.rank, row.rank2, row.size, avgdl), size: row.size }))
        .filter((row) => list.theta <= 0 || bm25Term(row.freq, row.size, list.avgdl) > list.theta)
        .sort((a, b) => a.seq - b.seq);
      expect(kept.all(list.id), `${label}: ${list.phrase} tier ${list.tier}`).toEqual(expected);
    }
    return lists.length;
  } finally {
    db.close();
  }
}

/** The store's results against FTS5 ranking every tier itself (no postings, no kept lists). */
function expectFts5Order(store: Store, label: string, queries: readonly string[] = QUERIES): void {
  const db = new Database(store.path, { readonly: true });
  try {
    const fts5 = new TieredRanking(db);
    const idOf = db.prepare('SELECT id FROM stories WHERE seq = ?').pluck();
    for (const query of queries) {
      for (const limit of [20, 120]) {
        const expected: string[] = [];
        for (const { row } of fts5.rows(planQuery(query)!.match, limit)) {
          expected.push(idOf.get(row.seq) as string);
          if (expected.length === limit) break;
        }
        expect(store.search.search(query, limit).map((hit) => hit.id), `${label}: ${query} (${limit})`).toEqual(expected);
      }
    }
  } finally {
    db.close();
  }
}

function seeded(store: Store, count = 300): void {
  store.stories.createMany([...archiveStories(count)]);
}

/** One random write: a save (often adding or dropping the searched words), the trash, a restore, a new story. */
function randomWrite(store: Store, next: () => number, step: number): void {
  const live = store.stories.list();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const roll = next();
  if (roll < 0.55) {
    const story = store.stories.get(pick(live).id);
    const words = ['服务骑手', '社区党建服务站', '王梦梦', '5g网络', '300名群众', '校史馆', '新兴领域'];
    const body =
      next() < 0.5
        ? story.body.slice(0, 1 + Math.floor(next() * 3))
        : [...story.body, paragraph(`${pick(words)}${pick(words)}，第${step}次。`)];
    store.stories.save(story.id, story.version, { body, ...(next() < 0.2 ? { headline: `${pick(words)}${story.headline}` } : {}) });
  } else if (roll < 0.7) {
    store.stories.softDelete(pick(live).id);
  } else if (roll < 0.85) {
    const trashed = store.stories.list({ deleted: true });
    if (trashed.length > 0) store.stories.restore(pick(trashed).id);
  } else {
    store.stories.create({ headline: `${pick(['服务', '骑手', '党建'])}新闻${step}`, body: [paragraph(`服务群众，王梦梦报道。${step}`)] });
  }
}

describe('kept best stories of phrases (persisted)', () => {
  const stores = useTempStores();

  it('stay FTS5’s answer through random saves, the trash, restores, new stories, newsroom changes and a reopen', () => {
    const store = stores.open();
    seeded(store);
    for (const query of QUERIES) store.search.search(query, 20);
    expect(expectListsTrue(store, 'after the first searches')).toBeGreaterThanOrEqual(QUERIES.length);
    const next = random(14);
    for (let step = 0; step < 120; step += 1) {
      randomWrite(store, next, step);
      if (step % 40 === 39) {
        expectListsTrue(store, `after ${step + 1} writes`);
        expectFts5Order(store, `after ${step + 1} writes`);
      }
    }
    // Changes the newsroom applies go through the same index.
    store.newsroom.outbox.join();
    const id = 'aaaaaaaa-0000-4000-8000-00000000abcd';
    const at = '2026-12-03T08:00:00.000Z';
    const doc = storyDoc(
      {
        id, section: '', status: 'draft', kicker: '', headline: '服务骑手的社区', subtitle: '', bylines: [], photoCredit: '', flags: [],
        body: [paragraph('服务服务服务，骑手骑手，王梦梦。')], version: 1, createdAt: at, updatedAt: at, deletedAt: null,
      },
      { createdBy: '张三', editedBy: '张三', editedAt: at },
    );
    store.newsroom.inbound.applyBatch([{ docId: docIdOf('story', id), rev: '1-x', doc, conflicts: [] }], '1');
    expectListsTrue(store, 'after a newsroom change');
    expectFts5Order(store, 'after a newsroom change');
    // Another window's saves keep the lists too, and they outlive the store.
    const path = store.path;
    const other = stores.open(path);
    for (let step = 0; step < 20; step += 1) randomWrite(other, next, 1000 + step);
    store.close();
    other.close();
    const reopened = stores.open(path);
    expect(expectListsTrue(reopened, 'after another window and a reopen')).toBeGreaterThanOrEqual(QUERIES.length);
    expectFts5Order(reopened, 'after another window and a reopen');
  }, 300_000);

  it('come with the upgrade from schema 12 (empty, filled by searches)', () => {
    const store = stores.open();
    seeded(store, 120);
    const expected = new Map(QUERIES.map((query) => [query, store.search.search(query, 50).map((hit) => hit.id)]));
    const path = store.path;
    store.close();
    const raw = new Database(path);
    raw.exec('DROP TABLE search_tops; DROP TABLE search_top_phrases;');
    raw.pragma(`user_version = ${TOPS_VERSION - 1}`);
    raw.close();
    const upgraded = stores.open(path);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare('SELECT count(*) FROM search_top_phrases').pluck().get()).toBe(0);
    db.close();
    for (const query of QUERIES) expect(upgraded.search.search(query, 50).map((hit) => hit.id), query).toEqual(expected.get(query));
    expect(expectListsTrue(upgraded, 'after the upgrade')).toBeGreaterThan(0);
  }, 300_000);

  it('are filled by the warm-up in the background, without changing any result while it runs', async () => {
    const first = stores.open();
    seeded(first);
    const path = first.path;
    first.close();
    let report: WarmReport | undefined;
    let store!: Store;
    const ready = new Promise<WarmReport>((resolve) => {
      store = stores.open(path, { warmSearch: { minDocs: 150, onReady: (done) => resolve((report = done)) } });
    });
    const next = random(7);
    // The window goes on searching and saving while the worker ranks (its saves are replayed onto the listings).
    for (let step = 0; step < 40 && !report; step += 1) {
      if (step % 5 === 0) expectFts5Order(store, `during the warm-up, step ${step}`, ['服务', '骑手', '5g']);
      randomWrite(store, next, step);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await ready;
    if (!report) throw new Error('no report');
    expect(report.stopped).toBeUndefined();
    expect(report.kept).toBeGreaterThan(20);
    expect(report.kept).toBeLessThanOrEqual(report.common);
    expect(expectListsTrue(store, 'after the warm-up')).toBeGreaterThanOrEqual(report.kept);
    expectFts5Order(store, 'after the warm-up');
    // A warmed word's body tier is kept before anyone searched it.
    const db = new Database(path, { readonly: true });
    expect(db.prepare(`SELECT count(*) FROM search_top_phrases WHERE phrase = '"服务"' AND tier = 0`).pluck().get()).toBe(1);
    db.close();
  }, 300_000);
});
