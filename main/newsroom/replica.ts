import { mkdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import PouchDB from 'pouchdb-node';

/**
 * The desk's replica: a PouchDB database on LevelDB in the desk's data folder, beside the SQLite
 * file it mirrors (`banmian.db` → `banmian.replica/`). PouchDB keeps revision trees, checkpoints
 * and conflicts; nothing of that is ours.
 */
export type Replica = PouchDB.Database;
export type Replication = PouchDB.Replication;
export type ChangesFeed = PouchDB.ChangesFeed;
type DatabaseInfo = Awaited<ReturnType<Replica['info']>>;

export function replicaPathFor(databasePath: string): string {
  return join(dirname(databasePath), `${basename(databasePath, extname(databasePath))}.replica`);
}

export function openReplica(path: string): Replica {
  mkdirSync(dirname(path), { recursive: true });
  // Default revs_limit (1000), like the server: conflicts keep enough history to be found.
  return new PouchDB(path, { adapter: 'leveldb' });
}

/** The newsroom database on the server, with the desk user's credentials. */
export function openRemote(url: string, username: string, password: string): Replica {
  const remote = new PouchDB(url, { adapter: 'http', skip_setup: true, auth: { username, password } });
  answerProgressLocally(remote);
  rememberServerId(remote);
  return remote;
}

/**
 * PouchDB 9's replicator reads the source's `info()` when a replication starts and after each
 * batch only to count progress (its active tasks, which Banmian never reads), the second time
 * without a rejection handler (`src.info().then(…)` in its checkpoint step): a server that
 * vanishes at that moment would be an unhandled rejection, which ends a Node process — and every
 * pulled batch cost the server one more request. Banmian never asks the server's info itself, so
 * the remote answers a promise `info()` with an empty description without asking; a replication
 * meets a vanished server on its next real request and goes offline and retries as usual.
 * Callback calls (PouchDB's own compaction ping) are unchanged.
 */
function answerProgressLocally(remote: Replica): void {
  const info = remote.info.bind(remote) as (callback?: unknown) => Promise<DatabaseInfo>;
  const empty = (): DatabaseInfo => ({ db_name: remote.name, doc_count: 0, update_seq: 0 });
  remote.info = ((callback?: unknown) => (typeof callback === 'function' ? info(callback) : Promise.resolve(empty()))) as Replica['info'];
}

/**
 * A replication is named by both databases' ids; the server's is its uuid (a `GET /`), asked
 * by every replication that starts — every push of the live sync. The answer is kept once the
 * server gave it (PouchDB falls back to the URL when the server cannot be reached: that is not
 * kept, so the next replication asks again).
 */
function rememberServerId(remote: Replica): void {
  const id = remote.id.bind(remote);
  let known: string | null = null;
  remote.id = (async () => {
    if (known !== null) return known;
    const answer = await id();
    if (!answer.startsWith('http:') && !answer.startsWith('https:')) known = answer;
    return answer;
  }) as Replica['id'];
}
