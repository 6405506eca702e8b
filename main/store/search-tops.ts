import type Database from 'better-sqlite3';
import { readVarints, type ColumnTexts } from './search-heads';
import { columnTexts } from './search-index';
import { rowToStory, STORY_COLUMNS, type StoryRow } from './story-row';
import type { ListedRow, TierListing } from './search-tier-listing';
import { bm25Term, K1, B } from './search-heads-ranking';

/**
 * The best stories of a one-phrase query, kept per tier so a repeated search reads a few
 * hundred rows instead of FTS5 scoring every match (a common word's body tier: ~80,000
 * bodies at 100k stories). A query of one phrase — a word, a number, a name, any CJK run —
 * has bm25 = idf × g(freq, size) (fts5_aux.c; freq: the phrase's hits weighted by column,
 * size: the story's length in tokens), so a tier's order is g's order and needs no IDF.
 *
 * A phrase's tier is listed by asking FTS5 for the tier's best R stories (the search it
 * replaces, once) and keeping those strictly better than the R-th: with the average length
 * then (A₀), every live story of the tier with g(freq, size; A₀) > θ is kept and no other.
 * Saves keep that true: a saved story is counted against every kept phrase (its own tokens,
 * no index read) and kept if it clears θ. Later searches score the kept rows with today's
 * average length; a story not kept has g(·; A₀) ≤ θ, which bounds its score today
 * (`unkeptBound`), so the kept rows above that bound are certain and come in bm25's order.
 * When fewer than asked are certain (trash, a drifted average), the phrase's tier is listed
 * again with a bigger R.
 *
 * The lists are schema (migration 14): every connection's saves keep them up in the save's
 * own transaction, so they outlive the session and another window's writes. A list is
 * written only if nothing was written between FTS5's listing and the list's transaction
 * (`PRAGMA data_version` for other connections, `writes` for this one); otherwise, or when the
 * file takes no writes, the listing answers that one search and is not kept. Lists are made
 * by a phrase's first search or, for the archive's common words, by the warm-up after opening
 * (search-warm.ts).
 */

/** Rows asked of FTS5 when a phrase's tier is first listed. */
export const FIRST_LIST = 256;
/** Phrase tiers kept at once (the warm-up's common words and searched phrases); the oldest listed goes first. */
export const MAX_LISTS = 4000;

/** Migration 14's tables. */
export const TOPS_SCHEMA = `
  CREATE TABLE IF NOT EXISTS search_top_phrases (
    id     INTEGER PRIMARY KEY,
    phrase TEXT NOT NULL,
    tier   INTEGER NOT NULL,
    avgdl  REAL NOT NULL,
    theta  REAL NOT NULL,
    UNIQUE (phrase, tier)
  );
  CREATE TABLE IF NOT EXISTS search_tops (
    list INTEGER NOT NULL,
    seq  INTEGER NOT NULL,
    freq INTEGER NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (list, seq)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS search_tops_by_story ON search_tops (seq);
`;

interface PhraseList {
  /** null: a listing that answers one search and is not kept (its rows are in `rows`). */
  id: number | null;
  rows?: KeptRow[];
  phrase: string;
  tokens: string[];
  tier: number;
  avgdl: number;
  theta: number;
}

interface KeptRow {
  seq: number;
  freq: number;
  size: number;
}

/** When a listing was asked for (another connection's writes since make it stale). */
export interface WriteStamp {
  version: number;
}

/** Stories this connection wrote while a listing was made elsewhere, at most: more, and the listing is asked again. */
const REPLAYED = 64;

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

/** A story's tokens per column, and where each token stands (column, position). */
interface StoryTokens {
  columns: string[][];
  at: Map<string, Array<[number, number]>>;
}

function storyTokens(texts: ColumnTexts): StoryTokens {
  const columns = texts.map((text) => (text === '' ? [] : text.split(' ')));
  const at = new Map<string, Array<[number, number]>>();
  columns.forEach((tokens, column) =>
    tokens.forEach((token, position) => {
      let places = at.get(token);
      if (!places) at.set(token, (places = []));
      places.push([column, position]);
    }),
  );
  return { columns, at };
}

/** A story's hits of `tokens` as one phrase, per column (FTS5's consecutive positions); null when it has none. */
function phraseHits(story: StoryTokens, tokens: readonly string[]): number[] | null {
  const places = story.at.get(tokens[0]!);
  if (!places) return null;
  const hits = [0, 0, 0, 0, 0];
  for (const [column, position] of places) {
    const text = story.columns[column]!;
    let i = 1;
    while (i < tokens.length && text[position + i] === tokens[i]) i += 1;
    if (i === tokens.length) hits[column]! += 1;
  }
  return hits;
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
  private readonly lists = new Map<string, PhraseList>();
  private seenVersion = -1;
  /** Stories written through this connection since `stamp()`: replayed onto a listing made elsewhere. */
  private written: Set<number> | null = null;
  private readonly storyRow: Database.Statement;
  private readonly docsize: Database.Statement;
  private readonly readLists: Database.Statement;
  private readonly readList: Database.Statement;
  private readonly insertRow: Database.Statement;
  private readonly insertList: Database.Statement;
  private readonly dropList: Database.Statement;
  private readonly dropRows: Database.Statement;
  private readonly removeStory: Database.Statement;
  private readonly removeRow: Database.Statement;
  private readonly dropStale: Database.Statement[];

  constructor(
    private readonly db: Database.Database,
    private readonly weights: readonly number[],
    /** The FTS5 query of a tier's best `limit` (search-tier-listing.ts). */
    private readonly listing: TierListing,
    private readonly averageLength: () => number,
  ) {
    this.readLists = db.prepare('SELECT id, phrase, tier, avgdl, theta FROM search_top_phrases');
    this.readList = db.prepare(
      `SELECT t.seq, t.freq, t.size, s.updated_at AS updatedAt FROM search_tops AS t
       JOIN stories AS s ON s.seq = t.seq WHERE t.list = ?`,
    );
    this.insertRow = db.prepare('INSERT INTO search_tops (list, seq, freq, size) VALUES (?, ?, ?, ?)');
    this.insertList = db.prepare('INSERT INTO search_top_phrases (phrase, tier, avgdl, theta) VALUES (?, ?, ?, ?)');
    this.dropList = db.prepare('DELETE FROM search_top_phrases WHERE id = ?');
    this.dropRows = db.prepare('DELETE FROM search_tops WHERE list = ?');
    this.removeStory = db.prepare('DELETE FROM search_tops WHERE seq = ?');
    this.removeRow = db.prepare('DELETE FROM search_tops WHERE list = ? AND seq = ?');
    this.storyRow = db.prepare(`SELECT ${STORY_COLUMNS} FROM stories WHERE seq = ?`);
    this.docsize = db.prepare('SELECT sz FROM story_search_docsize WHERE id = ?').pluck();
    // A list another connection made for the same phrase since this one last looked.
    this.dropStale = [
      db.prepare('DELETE FROM search_tops WHERE list IN (SELECT id FROM search_top_phrases WHERE phrase = ? AND tier = ?)'),
      db.prepare('DELETE FROM search_top_phrases WHERE phrase = ? AND tier = ?'),
    ];
    this.fresh();
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /** Re-reads which lists exist when another connection has written since this one last looked. */
  private fresh(): void {
    const version = this.dataVersion();
    if (version === this.seenVersion) return;
    this.seenVersion = version;
    this.lists.clear();
    for (const row of this.readLists.all() as Array<Omit<PhraseList, 'tokens'>>) {
      this.lists.set(`${row.tier}:${row.phrase}`, { ...row, tokens: phraseTokens(row.phrase) });
    }
  }

  /** Whether the phrase's tier is kept (the warm-up skips those). */
  has(phrase: string, tier: number): boolean {
    this.fresh();
    return this.lists.has(`${tier}:${phrase}`);
  }

  /** The phrase tiers kept, for the warm-up's budget. */
  count(): number {
    this.fresh();
    return this.lists.size;
  }

  /**
   * Now, for a listing made elsewhere (the warm-up's worker): from here this connection's writes
   * are noted, to be replayed onto it; another connection's make it stale. `stop`: no more notes.
   */
  stamp(stop = false): WriteStamp {
    this.written = stop ? null : new Set();
    return { version: this.dataVersion() };
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
      const list = this.lists.get(`${tier}:${phrase}`) ?? this.list(phrase, tier, Math.max(size, n + 1));
      const kept = list.rows ?? (this.readList.all(list.id) as Array<KeptRow & { updatedAt: string }>);
      const updated = list.rows ? this.updatedAt(list.rows) : null;
      const rows = kept.map((row) => ({
        seq: row.seq,
        relevance: bm25Term(row.freq, row.size, avgdl),
        updatedAt: updated ? updated.get(row.seq) ?? '' : (row as KeptRow & { updatedAt: string }).updatedAt,
      }));
      rows.sort((a, b) => b.relevance - a.relevance || (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.seq - b.seq));
      const complete = list.theta <= 0;
      const bound = unkeptBound(list.theta, list.avgdl, avgdl);
      const certain = complete ? rows : rows.filter((row) => row.relevance > bound);
      if (complete || certain.length >= n) return { rows: certain, complete };
      // Too few certain rows: list the tier again, longer.
      size = Math.max(size, n + 1, kept.length + 1) * 4;
      if (list.id !== null) this.forget(list);
    }
  }

  private updatedAt(rows: readonly KeptRow[]): Map<number, string> {
    const read = this.db.prepare('SELECT updated_at FROM stories WHERE seq = ?').pluck();
    return new Map(rows.map((row) => [row.seq, read.get(row.seq) as string]));
  }

  /** Asks FTS5 for the tier's best `limit` and keeps those strictly better than the last. */
  private list(phrase: string, tier: number, limit: number): PhraseList {
    // Nothing runs on this connection between the listing and its keeping: no replay needed.
    const stamp = { version: this.dataVersion() };
    const avgdl = this.averageLength();
    return this.keep(phrase, tier, limit, avgdl, this.listing(tier, phrase, limit), stamp, []);
  }

  /**
   * Keeps a listing made by the warm-up's worker on its own connection, with `avgdl` its
   * average length then, asked for at `stamp`. False when it was not kept: written since, or
   * the tier is kept already.
   */
  adopt(phrase: string, tier: number, limit: number, avgdl: number, found: ListedRow[], stamp: WriteStamp): boolean {
    if (this.has(phrase, tier) || !this.written || this.written.size > REPLAYED) return false;
    return this.keep(phrase, tier, limit, avgdl, found, stamp, [...this.written]).id !== null;
  }

  /** Writes the listing as a list, with the stories written since it was made (`replay`) placed again from their rows. */
  private keep(phrase: string, tier: number, limit: number, avgdl: number, found: ListedRow[], stamp: WriteStamp, replay: number[]): PhraseList {
    // An empty index has no average (0 / 0); a list made then is complete and needs none.
    const average = Number.isFinite(avgdl) ? avgdl : 1;
    const scored = found.map((row) => {
      const freq = freqOf(row.rank, row.rank2, row.size, average);
      return { seq: row.rowid, freq, size: row.size, g: bm25Term(freq, row.size, average) };
    });
    const complete = found.length < limit;
    const theta = complete ? 0 : Math.min(...scored.map((row) => row.g));
    const rows = scored.filter((row) => row.g > theta);
    const list: PhraseList = { id: null, phrase, tokens: phraseTokens(phrase), tier, avgdl: average, theta };
    try {
      list.id = this.db
        .transaction(() => {
          if (this.dataVersion() !== stamp.version) return null;
          this.fresh();
          for (const statement of this.dropStale) statement.run(phrase, tier);
          this.lists.delete(`${tier}:${phrase}`);
          if (this.lists.size >= MAX_LISTS) this.forget([...this.lists.values()].reduce((a, b) => (a.id! < b.id! ? a : b)));
          const id = Number(this.insertList.run(phrase, tier, average, theta).lastInsertRowid);
          for (const row of rows) this.insertRow.run(id, row.seq, row.freq, row.size);
          for (const seq of replay) this.replace({ ...list, id }, seq);
          return id;
        })
        .immediate();
    } catch (error) {
      // A file that takes no writes (found damaged, read-only) or is busy: the listing answers this search only.
      if (!(error instanceof Error && error.name === 'SqliteError')) throw error;
      list.id = null;
    }
    if (list.id === null) list.rows = rows;
    else this.lists.set(`${tier}:${phrase}`, list);
    return list;
  }

  private forget(list: PhraseList): void {
    this.dropRows.run(list.id);
    this.dropList.run(list.id);
    this.lists.delete(`${list.tier}:${list.phrase}`);
  }

  /** After a live story's FTS5 row is written, in the save's transaction: its place in every kept list. */
  put(seq: number, columns: ColumnTexts, size: number): void {
    this.written?.add(seq);
    this.fresh();
    if (this.lists.size === 0) return;
    this.removeStory.run(seq);
    const story = storyTokens(columns);
    for (const list of this.lists.values()) this.place(list, seq, story, size);
  }

  delete(seq: number): void {
    this.written?.add(seq);
    this.fresh();
    if (this.lists.size > 0) this.removeStory.run(seq);
  }

  /** Keeps the story in the list if it is of the list's tier and clears θ. */
  private place(list: PhraseList, seq: number, story: StoryTokens, size: number): void {
    const hits = phraseHits(story, list.tokens);
    if (!hits || tierOf(hits) !== list.tier) return;
    const freq = hits.reduce((sum, n, column) => sum + n * this.weights[column]!, 0);
    if (list.theta <= 0 || bm25Term(freq, size, list.avgdl) > list.theta) this.insertRow.run(list.id, seq, freq, size);
  }

  /** The story's place in one list, from its row as it stands (a replayed write: it may have been rolled back). */
  private replace(list: PhraseList, seq: number): void {
    this.removeRow.run(list.id, seq);
    const row = this.storyRow.get(seq) as StoryRow | undefined;
    const sz = this.docsize.get(seq) as Uint8Array | undefined;
    if (!row || row.deleted_at !== null || !sz) return;
    this.place(list, seq, storyTokens(columnTexts(rowToStory(row))), readVarints(sz).reduce((sum, n) => sum + n, 0));
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
