import type Database from 'better-sqlite3';
import type { ColumnTexts } from './search-heads';
import { bm25Term, K1, B } from './search-heads-ranking';

/**
 * The best stories of a one-phrase query, kept per tier so a repeated search reads a few
 * hundred rows instead of FTS5 scoring every match (a common word's body tier: ~80,000
 * bodies at 100k stories). A query of one phrase — a word, a number, a name, any CJK run —
 * has bm25 = idf × g(freq, size) (fts5_aux.c; freq: the phrase's hits weighted by column,
 * size: the story's length in tokens), so a tier's order is g's order and needs no IDF.
 *
 * The first search of a phrase in a tier asks FTS5 for the tier's best R stories (the
 * search it replaces, once) and keeps those strictly better than the R-th: with the
 * average length then (A₀), every live story of the tier with g(freq, size; A₀) > θ is
 * kept and no other. Saves keep that true: a saved story is counted against every kept
 * phrase (its own tokens, no index read) and kept if it clears θ. Later searches score the
 * kept rows with today's average length; a story not kept has g(·; A₀) ≤ θ, which bounds its
 * score today (`unkeptBound`), so the kept rows above that bound are certain and come in
 * bm25's order. When fewer than asked are certain (trash, a drifted average), the phrase's
 * tier is asked again with a bigger R.
 *
 * The lists live in TEMP tables of this connection: they roll back with a failed save, cost
 * no schema step, and are dropped whenever another connection (another window) has written
 * (`PRAGMA data_version`), since its saves did not keep them.
 */

/** Rows asked of FTS5 when a phrase's tier is first listed. */
const FIRST_LIST = 256;
/** Phrases kept at once; the oldest listed goes first. */
const MAX_PHRASES = 300;

const TEMP_SCHEMA = `
  CREATE TEMP TABLE IF NOT EXISTS search_top_phrases (
    id     INTEGER PRIMARY KEY,
    phrase TEXT NOT NULL,
    tier   INTEGER NOT NULL,
    avgdl  REAL NOT NULL,
    theta  REAL NOT NULL,
    UNIQUE (phrase, tier)
  );
  CREATE TEMP TABLE IF NOT EXISTS search_tops (
    list INTEGER NOT NULL,
    seq  INTEGER NOT NULL,
    freq INTEGER NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (list, seq)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS temp.search_tops_by_story ON search_tops (seq);
`;

interface PhraseList {
  id: number;
  phrase: string;
  tokens: string[];
  tier: number;
  avgdl: number;
  theta: number;
}

export interface TopRow {
  seq: number;
  /** g(freq, size) with today's average length: −bm25 / idf. */
  relevance: number;
  updatedAt: string;
}

/** Tokens FTS5's unicode61 and the store's splitting see alike: ASCII words and numbers, basic-block CJK. */
const SIMPLE_TOKEN = /^(?:[a-z0-9]+|[\u3400-\u4dbf\u4e00-\u9fff]{1,2})$/u;

/** Whether a saved story's hits of the phrase can be counted from its own tokens exactly as FTS5 counts them. */
export function keepablePhrase(phrase: string): boolean {
  return phraseTokens(phrase).every((token) => SIMPLE_TOKEN.test(token));
}

/** The FTS5 phrase's tokens: `"a b"` → [a, b]. */
export function phraseTokens(phrase: string): string[] {
  return phrase.slice(1, -1).replaceAll('""', '"').split(' ');
}

/** A story's hits of `tokens` as one phrase, per column (FTS5's consecutive positions). */
function phraseHits(columns: readonly string[][], tokens: readonly string[]): number[] {
  return columns.map((column) => {
    let hits = 0;
    for (let at = column.indexOf(tokens[0]!); at >= 0; at = column.indexOf(tokens[0]!, at + 1)) {
      let i = 1;
      while (i < tokens.length && column[at + i] === tokens[i]) i += 1;
      if (i === tokens.length) hits += 1;
    }
    return hits;
  });
}

/** The tier a story's hits put it in (2 headline, 1 kicker/subtitle/bylines, 0 body), or null. */
function tierOf(hits: readonly number[]): number | null {
  if (hits[0]! > 0) return 2;
  if (hits[1]! + hits[2]! + hits[3]! > 0) return 1;
  return hits[4]! > 0 ? 0 : null;
}

/**
 * The highest score, with average length `avgdl`, a story left out of a list made with `avgdl0`
 * and `theta` can have: the sup of g(f, s; avgdl) over g(f, s; avgdl0) ≤ θ, f ≥ 1 (weighted
 * counts are whole numbers), s ≥ 0.
 */
export function unkeptBound(theta: number, avgdl0: number, avgdl: number): number {
  if (theta <= 0) return 0;
  const slope = (K1 + 1) / theta - 1;
  // Along the edge s*(f), where g(f, s*; avgdl0) = θ, g(f, s*; avgdl) is monotone in f; below
  // f₀ (where s* = 0) every length is left out and g(f, 0) grows with f. So the sup is at f₀
  // (either whole number beside it), at 1, or in the limit f → ∞.
  const f0 = (K1 * (1 - B)) / slope;
  let bound = (K1 + 1) / (1 + (avgdl0 / avgdl) * slope);
  for (const freq of [1, Math.floor(f0), Math.ceil(f0)]) {
    if (freq < 1) continue;
    const edge = (avgdl0 / (K1 * B)) * (freq * slope - K1 * (1 - B));
    bound = Math.max(bound, bm25Term(freq, Math.max(0, edge), avgdl));
  }
  return bound;
}

export class SearchTops {
  private lists = new Map<string, PhraseList>();
  private seenVersion = -1;
  private readonly readList: Database.Statement;
  private readonly insertRow: Database.Statement;
  private readonly insertList: Database.Statement;
  private readonly dropList: Database.Statement;
  private readonly dropRows: Database.Statement;
  private readonly removeStory: Database.Statement;
  private readonly dropStale: Database.Statement[];

  constructor(
    private readonly db: Database.Database,
    private readonly weights: readonly number[],
    /** The FTS5 query of a tier's best `limit` (rowid, rank, rank with doubled weights), by tier. */
    private readonly tierQuery: (tier: number, phrase: string, limit: number) => Array<{ rowid: number; rank: number; rank2: number; size: number }>,
    private readonly averageLength: () => number,
  ) {
    db.exec(TEMP_SCHEMA);
    this.readList = db.prepare(
      `SELECT t.seq, t.freq, t.size, s.updated_at AS updatedAt FROM temp.search_tops AS t
       JOIN stories AS s ON s.seq = t.seq WHERE t.list = ?`,
    );
    this.insertRow = db.prepare('INSERT INTO temp.search_tops (list, seq, freq, size) VALUES (?, ?, ?, ?)');
    this.insertList = db.prepare('INSERT INTO temp.search_top_phrases (phrase, tier, avgdl, theta) VALUES (?, ?, ?, ?)');
    this.dropList = db.prepare('DELETE FROM temp.search_top_phrases WHERE id = ?');
    this.dropRows = db.prepare('DELETE FROM temp.search_tops WHERE list = ?');
    this.removeStory = db.prepare('DELETE FROM temp.search_tops WHERE seq = ?');
    // A list this object forgot while its rows stayed (a save that dropped the lists, then rolled back).
    this.dropStale = [
      db.prepare('DELETE FROM temp.search_tops WHERE list IN (SELECT id FROM temp.search_top_phrases WHERE phrase = ? AND tier = ?)'),
      db.prepare('DELETE FROM temp.search_top_phrases WHERE phrase = ? AND tier = ?'),
    ];
    this.fresh();
  }

  /** Drops every list when another connection has written since this one last looked. */
  private fresh(): void {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version === this.seenVersion) return;
    this.seenVersion = version;
    if (this.lists.size > 0 || this.seenVersion === -1) {
      this.db.exec('DELETE FROM temp.search_tops; DELETE FROM temp.search_top_phrases;');
    }
    this.lists.clear();
  }

  /**
   * The tier's best stories for the FTS5 phrase, best first, at least `n` of them unless the
   * tier holds fewer (then all, `complete`). Ties keep bm25's order: newest first.
   */
  top(phrase: string, tier: number, n: number): { rows: TopRow[]; complete: boolean } {
    this.fresh();
    const avgdl = this.averageLength();
    let size = FIRST_LIST;
    for (;;) {
      let list = this.lists.get(`${tier}:${phrase}`);
      if (!list) list = this.list(phrase, tier, Math.max(size, n + 1));
      const rows = (this.readList.all(list.id) as Array<{ seq: number; freq: number; size: number; updatedAt: string }>).map((row) => ({
        seq: row.seq,
        relevance: bm25Term(row.freq, row.size, avgdl),
        updatedAt: row.updatedAt,
      }));
      rows.sort((a, b) => b.relevance - a.relevance || (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.seq - b.seq));
      const complete = list.theta <= 0;
      const bound = unkeptBound(list.theta, list.avgdl, avgdl);
      const certain = complete ? rows : rows.filter((row) => row.relevance > bound);
      if (complete || certain.length >= n) return { rows: certain, complete };
      // Too few certain rows: list the tier again, longer.
      size = Math.max(size, n + 1, this.rowsAsked(list)) * 4;
      this.forget(list);
    }
  }

  private rowsAsked(list: PhraseList): number {
    return (this.db.prepare('SELECT count(*) FROM temp.search_tops WHERE list = ?').pluck().get(list.id) as number) + 1;
  }

  /** Asks FTS5 for the tier's best `limit` and keeps those strictly better than the last. */
  private list(phrase: string, tier: number, limit: number): PhraseList {
    const avgdl = this.averageLength();
    for (const statement of this.dropStale) statement.run(phrase, tier);
    const found = this.tierQuery(tier, phrase, limit).map((row) => {
      const freq = freqOf(row.rank, row.rank2, row.size, avgdl);
      return { seq: row.rowid, freq, size: row.size, g: bm25Term(freq, row.size, avgdl) };
    });
    const complete = found.length < limit;
    const theta = complete ? 0 : Math.min(...found.map((row) => row.g));
    if (this.lists.size >= MAX_PHRASES) this.forget([...this.lists.values()].reduce((a, b) => (a.id < b.id ? a : b)));
    // An empty index has no average (0 / 0); a list made then is complete and needs none.
    const id = Number(this.insertList.run(phrase, tier, Number.isFinite(avgdl) ? avgdl : 1, theta).lastInsertRowid);
    for (const row of found) if (row.g > theta) this.insertRow.run(id, row.seq, row.freq, row.size);
    const list: PhraseList = { id, phrase, tokens: phraseTokens(phrase), tier, avgdl: Number.isFinite(avgdl) ? avgdl : 1, theta };
    this.lists.set(`${tier}:${phrase}`, list);
    return list;
  }

  private forget(list: PhraseList): void {
    this.dropRows.run(list.id);
    this.dropList.run(list.id);
    this.lists.delete(`${list.tier}:${list.phrase}`);
  }

  /** After a live story's FTS5 row is written: its place in every kept list. */
  put(seq: number, columns: ColumnTexts, size: number): void {
    this.fresh();
    if (this.lists.size === 0) return;
    this.removeStory.run(seq);
    const tokens = columns.map((text) => (text === '' ? [] : text.split(' ')));
    const present = new Set(tokens.flat());
    for (const list of this.lists.values()) {
      if (!present.has(list.tokens[0]!)) continue;
      const hits = phraseHits(tokens, list.tokens);
      if (tierOf(hits) !== list.tier) continue;
      const freq = hits.reduce((sum, n, column) => sum + n * this.weights[column]!, 0);
      if (list.theta <= 0 || bm25Term(freq, size, list.avgdl) > list.theta) this.insertRow.run(list.id, seq, freq, size);
    }
  }

  delete(seq: number): void {
    this.fresh();
    if (this.lists.size > 0) this.removeStory.run(seq);
  }
}

/**
 * The weighted count behind a one-phrase bm25 score: rank = −idf·g(f) and rank2 = −idf·g(2f)
 * (every weight doubled), so rank2 / rank = 2(f + k) / (2f + k) without the IDF, k = K(size).
 */
export function freqOf(rank: number, rank2: number, size: number, avgdl: number): number {
  const k = K1 * (1 - B + (B * size) / avgdl);
  const q = rank2 / rank;
  return Math.max(1, Math.round((k * (2 - q)) / (2 * (q - 1))));
}
