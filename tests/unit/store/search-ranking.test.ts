import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../../main/store/migrations';
import { describe, expect, it } from 'vitest';
import { archiveStories } from '../../../bench/search-corpus';
import { bodyTexts, bylinesText } from '../../../main/store/search-index';
import { singleToken } from '../../../main/store/search-heads-ranking';
import { findTerms, planQuery } from '../../../main/store/search-query';
import { foldText, indexText } from '../../../main/store/search-text';
import type { Store } from '../../../main/store/store-types';
import type { Story } from '../../../shared/model/story';
import { SAMPLE_STORIES } from './sample-stories';
import { useTempStores } from './temp-stores';

/**
 * Pins the order search results come in, whatever the index does to find them fast: an oracle
 * ranks every match the way search first did (issue 2) — all live stories containing every
 * term, in tiers (headline 2; kicker, subtitle or byline 1; body 0), then by FTS5 bm25 with the
 * column weights headline 10, kicker 5, subtitle 5, bylines 4, body 1, then newest first — over
 * its own plain five-column FTS5 table, and the store must give the same stories in that order.
 */
class RankingOracle {
  private constructor(
    private readonly db: Database.Database,
    private readonly table: string,
    /** A table with the stories' `updated_at` by index rowid, and its rowid column. */
    private readonly meta: { table: string; rowid: string },
    private readonly byRowid: Map<number, Story>,
  ) {}

  /** Over a fresh index of `stories` (statistics of exactly these stories). */
  static fresh(stories: Story[]): RankingOracle {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(headline, kicker, subtitle, bylines, body, tokenize = 'unicode61');
             CREATE TABLE s (rowid INTEGER PRIMARY KEY, updated_at TEXT NOT NULL);`);
    const put = db.prepare('INSERT INTO t (rowid, headline, kicker, subtitle, bylines, body) VALUES (?, ?, ?, ?, ?, ?)');
    const meta = db.prepare('INSERT INTO s (rowid, updated_at) VALUES (?, ?)');
    const byRowid = new Map<number, Story>();
    stories.forEach((story, index) => {
      const rowid = index + 1;
      byRowid.set(rowid, story);
      put.run(
        rowid,
        indexText(story.headline),
        indexText(story.kicker),
        indexText(story.subtitle),
        indexText(bylinesText(story.bylines, story.photoCredit)),
        indexText(bodyTexts(story.body).join('\n')),
      );
      meta.run(rowid, story.updatedAt);
    });
    return new RankingOracle(db, 't', { table: 's', rowid: 'rowid' }, byRowid);
  }

  /** Over the store's own index, as it stands after the store's edits (read through a second connection). */
  static ofStore(store: Store): RankingOracle {
    const db = new Database(store.path, { readonly: true });
    const byRowid = new Map<number, Story>();
    for (const row of db.prepare('SELECT seq, id FROM stories WHERE deleted_at IS NULL').all() as Array<{ seq: number; id: string }>) {
      byRowid.set(row.seq, store.stories.get(row.id));
    }
    return new RankingOracle(db, 'story_search', { table: 'stories', rowid: 'seq' }, byRowid);
  }

  close(): void {
    this.db.close();
  }

  search(query: string, limit: number): Array<{ id: string; tier: number }> {
    const plan = planQuery(query);
    if (!plan) return [];
    const t = this.table;
    const rows = this.db
      .prepare(
        `SELECT m.rowid, m.tier FROM (
           SELECT rowid, bm25(${t}, 10, 5, 5, 4, 1) AS rank,
                  CASE WHEN rowid IN (SELECT rowid FROM ${t} WHERE ${t} MATCH @headline) THEN 2
                       WHEN rowid IN (SELECT rowid FROM ${t} WHERE ${t} MATCH @display) THEN 1
                       ELSE 0 END AS tier
           FROM ${t} WHERE ${t} MATCH @match) AS m
         JOIN ${this.meta.table} AS s ON s.${this.meta.rowid} = m.rowid
         ORDER BY m.tier DESC, m.rank, s.updated_at DESC`,
      )
      .all({ match: plan.match, headline: `{headline} : (${plan.match})`, display: `{kicker subtitle bylines} : (${plan.match})` }) as Array<{
      rowid: number;
      tier: number;
    }>;
    return rows
      .map((row) => ({ story: this.byRowid.get(row.rowid)!, tier: row.tier }))
      .filter(({ story }) => containsAll(story, plan.terms))
      .slice(0, limit)
      .map(({ story, tier }) => ({ id: story.id, tier }));
  }
}

function containsAll(story: Story, terms: string[]): boolean {
  const text = foldText(
    [story.headline, story.kicker, story.subtitle, bylinesText(story.bylines, story.photoCredit), ...bodyTexts(story.body)].join('\n'),
  );
  return terms.every((term) => findTerms(text, [term], 1).length > 0);
}

/** Two-character words (common and rare), names, Latin words, numbers, several terms, a CJK run with a number. */
const QUERIES = [
  '党建', '服务', '群众', '支部', '社区', '骑手', '村民', '学校', '发展', '工作', '党员', '治理',
  '王梦梦', '杜挺勇', '新兴领域', '五星', '5g', 'APP', 'gdp', 'unesco', 'ai', 'Germany', '300', '2023', '1200', '100',
  '党建 服务', '社区 党员 群众', '2021年', '年1923', '校史馆', '缔造',
];

function liveStories(store: Store): Story[] {
  return store.stories.list().map((summary) => store.stories.get(summary.id));
}

describe('search ranking (pinned against an oracle that ranks every match)', () => {
  const stores = useTempStores();

  function seededArchive(): Store {
    let minutes = 0;
    const store = stores.open(undefined, { now: () => new Date(Date.UTC(2026, 0, 1) + minutes++ * 60_000) });
    store.stories.createMany([...SAMPLE_STORIES, ...archiveStories(400)]);
    return store;
  }

  function editedArchive(): Store {
    const store = seededArchive();
    // Edits move stories up "newest first" and change their text; the trash takes stories out.
    const all = store.stories.list();
    for (const summary of all.slice(100, 130)) {
      const story = store.stories.get(summary.id);
      store.stories.save(story.id, story.version, { headline: `${story.headline}（党建）` });
    }
    for (const summary of all.slice(200, 240)) store.stories.softDelete(summary.id);
    return store;
  }

  it('gives the oracle’s stories in the oracle’s order, tiers included, for every query and limit', () => {
    const store = seededArchive();
    const oracle = RankingOracle.fresh(liveStories(store));
    let compared = 0;
    for (const query of QUERIES) {
      const ranked = oracle.search(query, 200);
      for (const limit of [1, 20, 200]) {
        const expected = ranked.slice(0, limit);
        const hits = store.search.search(query, limit);
        expect(hits.map((hit) => hit.id), `${query} (limit ${limit})`).toEqual(expected.map((hit) => hit.id));
        expect(hits.map((hit) => Math.floor(hit.score)), `${query} tiers`).toEqual(expected.map((hit) => hit.tier));
        compared += hits.length;
      }
    }
    // The corpus is big enough that common words fill every limit.
    expect(store.search.search('党建', 200)).toHaveLength(200);
    expect(compared).toBeGreaterThan(1000);
    // One-token queries (two-character words, Latin words, numbers) were answered from the impact-ordered postings.
    expect(QUERIES.filter((query) => singleToken(planQuery(query)!.terms) === null)).toEqual([
      '王梦梦', '杜挺勇', '新兴领域', '党建 服务', '社区 党员 群众', '2021年', '年1923', '校史馆',
    ]);
    // The oracle scores every match of 32 queries over 400 stories: minutes on a loaded machine.
  }, 300_000);

  it('gives the same order after the upgrade that fills the impact-ordered postings from an older database', () => {
    let minutes = 0;
    const store = stores.open(undefined, { now: () => new Date(Date.UTC(2026, 0, 1) + minutes++ * 60_000) });
    store.stories.createMany([...SAMPLE_STORIES, ...archiveStories(120)]);
    const queries = ['党建', '骑手', '五星', '5g', 'germany', '2023', '王梦梦'];
    const expected = new Map(queries.map((query) => [query, store.search.search(query, 50).map((hit) => hit.id)]));
    expect(expected.get('党建')).toHaveLength(50);
    store.close();
    // Back to the schema before story_search_heads: the upgrade must fill it from the stories.
    const raw = new Database(store.path);
    raw.exec('DROP TRIGGER story_search_heads_updated; DROP TABLE story_search_heads;');
    const heads = MIGRATIONS.find((step) => step.description.includes('story_search_heads'))!;
    raw.pragma(`user_version = ${heads.version - 1}`);
    raw.close();
    const upgraded = stores.open(store.path);
    for (const query of queries) expect(upgraded.search.search(query, 50).map((hit) => hit.id), query).toEqual(expected.get(query));
  }, 300_000);

  // A one-phrase query's tiers come from the best stories kept since its first search
  // (search-tops.ts); saves, the trash, new stories and another window's writes must keep
  // them true while the average length drifts.
  it('keeps a searched phrase’s order through later saves, trash, restores, new stories and another window’s writes', () => {
    const store = seededArchive();
    const queries = ['服务', '党建', '群众', '骑手', '社区', '王梦梦', '新兴领域', '5g', '300', '校史馆'];
    for (const query of queries) expect(planQuery(query)!.phrase, query).not.toBeNull();
    for (const query of queries) for (const limit of [20, 200]) store.search.search(query, limit);
    const all = store.stories.list();
    for (const [i, summary] of all.slice(0, 60).entries()) {
      const story = store.stories.get(summary.id);
      const body = i % 2 === 0 ? story.body.slice(0, 2) : [...story.body, { type: 'paragraph' as const, children: [{ text: '服务骑手，服务群众，社区党建服务站王梦梦。' }] }];
      store.stories.save(story.id, story.version, { body, ...(i % 5 === 0 ? { headline: `${story.headline}（服务）` } : {}) });
    }
    for (const summary of all.slice(100, 160)) store.stories.softDelete(summary.id);
    for (const summary of all.slice(100, 120)) store.stories.restore(summary.id);
    store.stories.createMany([...archiveStories(480)].slice(400));
    const compare = (label: string) => {
      const oracle = RankingOracle.ofStore(store);
      for (const query of queries) {
        for (const limit of [20, 200]) {
          expect(store.search.search(query, limit).map((hit) => hit.id), `${label}: ${query} (${limit})`).toEqual(
            oracle.search(query, limit).map((hit) => hit.id),
          );
        }
      }
      oracle.close();
    };
    compare('after this window’s edits');
    // Another window (its own connection) saves: this one's kept lists are not its to keep up.
    const other = stores.open(store.path);
    for (const summary of all.slice(200, 220)) {
      const story = other.stories.get(summary.id);
      other.stories.save(story.id, story.version, { headline: `服务${story.headline}` });
    }
    other.close();
    compare('after another window’s edits');
  }, 300_000);

  // FTS5 keeps a removed story's length in its averages (a contentless_delete table cannot know
  // it), so after edits bm25 is the one of the store's own index, not of a fresh one.
  it('keeps that order after saves, the trash and restores', () => {
    const store = editedArchive();
    const [first, second] = store.search.search('骑手', 2);
    store.stories.softDelete(first!.id);
    expect(store.search.search('骑手', 1)[0]!.id).toBe(second!.id);
    store.stories.restore(first!.id);
    const story = store.stories.get(second!.id);
    store.stories.save(story.id, story.version, { headline: '外卖骑手有了“新家”' });
    const oracle = RankingOracle.ofStore(store);
    for (const query of ['骑手', '新家', '党建', '王梦梦', '5g']) {
      expect(store.search.search(query, 50).map((hit) => hit.id), query).toEqual(oracle.search(query, 50).map((hit) => hit.id));
    }
    oracle.close();
  });
});
