import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { averageLength, tierListing } from './search-tier-listing';
import type { WarmReply, WarmRequest } from './search-warm';

/**
 * The search warm-up's thread (bundled as dist/main/search-warm-worker.cjs beside the main
 * bundle): on a read-only connection of its own, it reads which index tokens are in at least
 * `minDocs` stories (fts5vocab, row by row so that closing the store stops it between rows),
 * then answers the main thread's listings one at a time — the FTS5 ranking a phrase's first
 * search would do, off the thread that answers the windows. It writes nothing: the main thread
 * keeps each listing in the store (search-warm.ts).
 */
// The column weights come from the main thread (search-index.ts): this bundle stays small.
const { path, minDocs, weights } = workerData as { path: string; minDocs: number; weights: number[] };
const port = parentPort!;
const db = new Database(path, { readonly: true, fileMustExist: true });
const listing = tierListing(db, weights);
const average = averageLength(db);

function send(reply: WarmReply): void {
  port.postMessage(reply);
}

try {
  db.exec(`CREATE VIRTUAL TABLE temp.story_search_vocab USING fts5vocab(main, 'story_search', 'row')`);
  const common: Array<{ term: string; docs: number }> = [];
  for (const row of db.prepare('SELECT term, doc FROM temp.story_search_vocab').iterate() as Iterable<{ term: string; doc: number }>) {
    if (row.doc >= minDocs) common.push({ term: row.term, docs: row.doc });
  }
  send({ kind: 'common', terms: common.sort((a, b) => b.docs - a.docs) });
} catch (error) {
  send({ kind: 'failed', message: (error as Error).message });
}

port.on('message', (request: WarmRequest) => {
  if (request.kind === 'done') {
    db.close();
    port.close();
    return;
  }
  try {
    // One read transaction: the average length is the one FTS5 ranked with.
    const listed = db.transaction(() => ({ avgdl: average(), rows: listing(request.tier, request.phrase, request.limit) }))();
    send({ kind: 'listed', phrase: request.phrase, tier: request.tier, limit: request.limit, ...listed });
  } catch (error) {
    send({ kind: 'failed', message: (error as Error).message });
  }
});
