import type { ListedRow } from './search-tier-listing';
import { singleToken } from './search-heads-ranking';
import { SEARCH_WEIGHTS } from './search-index';
import { FIRST_LIST, keepablePhrase, MAX_LISTS, type SearchTops, type WriteStamp } from './search-tops';
import { startWorker } from './worker-entry';

/**
 * The search warm-up after opening: the archive's common words get their kept best stories
 * (search-tops.ts) before anyone searches them, so even a word's first search in a session reads
 * a few hundred rows. Common: in at least `minDocs` stories — the words whose body tier FTS5
 * would rank slowly (every match scored); rarer words are cheap to rank at their first search.
 *
 * The ranking runs in a worker thread on a read-only connection (search-warm-worker.ts), one
 * word at a time; this thread only writes each listing, ~250 rows in one short transaction, so
 * the windows are answered meanwhile. The stories this connection wrote between a listing's
 * request and its arrival are placed again from their rows (a few dozen at most); a write by
 * another connection meanwhile makes the listing stale, and it is asked again (a few times at
 * most; SearchTops.adopt).
 * Searches during the warm-up are answered as before it: from lists kept already, or by FTS5.
 *
 * A one-token query's headline and byline tiers come from story_search_heads, so the warm-up
 * lists the body tier (0) only.
 */

/** Stories a word must be in to be warmed: below this FTS5 ranks its body tier in a few ms. */
export const WARM_MIN_DOCS = 2000;
/** Room left under MAX_LISTS for the phrases desks search (names, longer words). */
const SEARCHED_ROOM = 1000;
const ATTEMPTS = 3;
const BODY_TIER = 0;

export type WarmRequest = { kind: 'list'; phrase: string; tier: number; limit: number } | { kind: 'done' };
export type WarmReply =
  | { kind: 'common'; terms: Array<{ term: string; docs: number }> }
  | { kind: 'listed'; phrase: string; tier: number; limit: number; avgdl: number; rows: ListedRow[] }
  | { kind: 'failed'; message: string };

export interface WarmReport {
  /** Words listed and kept by this warm-up. */
  kept: number;
  /** Common words found (kept already or now). */
  common: number;
  /** Milliseconds from the start until the common words' lists were ready. */
  ms: number;
  /** Why the warm-up stopped early, if it did. */
  stopped?: string;
}

export interface WarmOptions {
  minDocs?: number;
  /** Called once, when the common words are kept (or the warm-up gave up). */
  onReady?: (report: WarmReport) => void;
}

/** Starts the warm-up of `tops`' store at `path`. Returns a stop function (the store's close). */
export function warmSearch(path: string, tops: SearchTops, options: WarmOptions = {}): () => void {
  const started = performance.now();
  const worker = startWorker('search-warm-worker', { workerData: { path, minDocs: options.minDocs ?? WARM_MIN_DOCS, weights: SEARCH_WEIGHTS } });
  // The warm-up never keeps the process alive: quitting does not wait for it.
  worker.unref();
  const queue: Array<{ phrase: string; attempts: number }> = [];
  let asked: { phrase: string; attempts: number; stamp: WriteStamp } | null = null;
  let kept = 0;
  let common = 0;
  let done = false;

  const finish = (stopped?: string) => {
    if (done) return;
    done = true;
    tops.stamp(true);
    worker.postMessage({ kind: 'done' } satisfies WarmRequest);
    options.onReady?.({ kept, common, ms: performance.now() - started, ...(stopped ? { stopped } : {}) });
  };
  const next = () => {
    const item = queue.shift();
    if (!item) return finish();
    asked = { ...item, stamp: tops.stamp() };
    worker.postMessage({ kind: 'list', phrase: item.phrase, tier: BODY_TIER, limit: FIRST_LIST } satisfies WarmRequest);
  };

  worker.on('message', (reply: WarmReply) => {
    if (done) return;
    if (reply.kind === 'failed') return finish(reply.message);
    if (reply.kind === 'common') {
      const room = Math.max(0, MAX_LISTS - SEARCHED_ROOM - tops.count());
      for (const { term } of reply.terms) {
        if (singleToken([term]) === null) continue;
        const phrase = `"${term}"`;
        if (!keepablePhrase(phrase)) continue;
        common += 1;
        if (!tops.has(phrase, BODY_TIER) && queue.length < room) queue.push({ phrase, attempts: 0 });
      }
      return next();
    }
    const item = asked!;
    if (tops.adopt(reply.phrase, reply.tier, reply.limit, reply.avgdl, reply.rows, item.stamp)) kept += 1;
    else if (!tops.has(reply.phrase, reply.tier)) {
      // Written meanwhile (too much, or by another connection): ask again, later; a file that takes no writes gives up here.
      if (item.attempts + 1 >= ATTEMPTS) return finish(`${reply.phrase} could not be kept`);
      queue.push({ phrase: item.phrase, attempts: item.attempts + 1 });
    }
    next();
  });
  worker.on('error', (error) => finish(error.message));
  worker.on('exit', (code) => finish(`the worker stopped (exit code ${code})`));
  return () => {
    if (done) return;
    done = true;
    tops.stamp(true);
    void worker.terminate();
  };
}
