/**
 * The part of PouchDB 9's API Banmian uses (pouchdb-node ships no types; DefinitelyTyped's are
 * for PouchDB 6 and drag in conflicting globals). Names follow PouchDB's documentation.
 */
declare module 'pouchdb-node' {
  namespace PouchDB {
    interface Revisions {
      start: number;
      ids: string[];
    }
    interface Doc {
      _id: string;
      _rev: string;
      _deleted?: boolean;
      _conflicts?: string[];
      _revisions?: Revisions;
      [key: string]: unknown;
    }
    interface BulkResult {
      ok?: boolean;
      id?: string;
      rev?: string;
      error?: string | boolean;
      reason?: string;
    }
    interface ChangesResponse {
      results: Array<{ id: string; seq: number | string; doc?: Doc; deleted?: boolean; changes: Array<{ rev: string }> }>;
      last_seq: number | string;
    }
    interface ChangesOptions {
      since?: number | string | 'now';
      limit?: number;
      live?: boolean;
      include_docs?: boolean;
      conflicts?: boolean;
      style?: 'main_only' | 'all_docs';
    }
    interface ChangesFeed extends NodeJS.EventEmitter {
      cancel(): void;
    }
    interface ReplicationOptions {
      live?: boolean;
      retry?: boolean;
      batch_size?: number;
      back_off_function?: (delay: number) => number;
      /** Only these documents (a one-off copy of a few). */
      doc_ids?: string[];
      /** A document filter run by the replicator (a function filter runs on the client). */
      filter?: (doc: Doc) => boolean;
    }
    /** A sync's options, plus options for one direction only. */
    interface SyncOptions extends ReplicationOptions {
      push?: ReplicationOptions;
      pull?: ReplicationOptions;
    }
    /** A replication or sync in progress: an event emitter that is also a promise of its result. */
    interface Replication extends NodeJS.EventEmitter, PromiseLike<unknown> {
      cancel(): void;
    }
    interface Info {
      db_name: string;
      doc_count: number;
      update_seq: number | string;
    }
    interface Database {
      name: string;
      info(): Promise<Info>;
      /** The database's id in replication ids (a server's: its uuid and the database name). */
      id(): Promise<string>;
      get(id: string, options?: { rev?: string; conflicts?: boolean; revs?: boolean; open_revs?: 'all' | string[] }): Promise<Doc>;
      put(doc: Partial<Doc> & { _id: string }): Promise<BulkResult>;
      bulkDocs(docs: object[], options?: { new_edits?: boolean }): Promise<BulkResult[]>;
      allDocs(options?: { include_docs?: boolean; keys?: string[]; startkey?: string; endkey?: string }): Promise<{
        total_rows: number;
        rows: Array<{ id: string; value: { rev: string; deleted?: boolean }; doc?: Doc }>;
      }>;
      changes(options: ChangesOptions & { live: true }): ChangesFeed;
      changes(options: ChangesOptions): Promise<ChangesResponse>;
      sync(remote: Database, options?: SyncOptions): Replication;
      /** An attachment's bytes (a Buffer in Node). */
      getAttachment(id: string, name: string, options?: { rev?: string }): Promise<Buffer>;
      replicate: {
        to(remote: Database, options?: ReplicationOptions): Replication;
        from(remote: Database, options?: ReplicationOptions): Replication;
      };
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
  }
  interface PouchDBConstructor {
    new (name: string, options?: { adapter?: string; skip_setup?: boolean; auth?: { username: string; password: string } }): PouchDB.Database;
  }
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
}
