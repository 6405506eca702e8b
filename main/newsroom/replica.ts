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
  return new PouchDB(url, { adapter: 'http', skip_setup: true, auth: { username, password } });
}
