import { dirname, join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { SqliteAnnotationRepository } from './annotation-repository';
import { SqliteAssetRepository } from './asset-repository';
import { statSync } from 'node:fs';
import { isMemoryPath, openDatabase, useWal } from './connection';
import { checkInBackground, DEFERRED_CHECK_MIN_BYTES, type DeferredCheck } from './deferred-integrity';
import { diskError } from './disk-errors';
import { assertOwnDatabase } from './foreign-database';
import { assertIntact } from './integrity';
import { assertKnownVersion, MIGRATIONS, migrate } from './migrations';
import { NewsroomInbound } from './newsroom-inbound';
import { NewsroomOutbox } from './newsroom-outbox';
import { NewsroomPhotos } from './newsroom-photos';
import { NewsroomRecords } from './newsroom-records';
import { UncheckedEdits } from './newsroom-unchecked';
import { AssignmentRepository } from './assignment-repository';
import { SqlitePageRepository } from './page-repository';
import { SearchIndex } from './search-index';
import { SqliteSearchService } from './search-service';
import { TieredRanking } from './search-tiers';
import { warmSearch, type WarmOptions } from './search-warm';
import { SqliteStatusHistoryRepository } from './status-history-repository';
import { createStoreContext, writeTransaction } from './store-context';
import type { Store } from './store-types';
import { SqliteStoryRepository } from './story-repository';
import { StoryRevisionRepository } from './story-revision-repository';

export interface OpenStoreOptions {
  /** Where photos are kept. Default: "photos" beside the database file; an in-memory store has none unless given. */
  photosDir?: string;
  /** The clock for timestamps (tests place changes in time with it). */
  now?: () => Date;
  /**
   * The app only: a large file that opening will not write to (already WAL, schema current)
   * opens at once and is checked in a worker thread; damage found there refuses every later
   * write (deferred-integrity.ts). Without it — the CLI, the tests — the check blocks.
   */
  deferredCheck?: DeferredCheck;
  /**
   * The app only: list the archive's common words' best stories in a worker thread after
   * opening (search-warm.ts), so their first search is as fast as the next. Not for ':memory:'.
   */
  warmSearch?: WarmOptions;
}

/**
 * Opens (creating if needed) the database at `path` — or ':memory:' — and brings its schema
 * up to date — refusing, before any write, a file that is another application's or damaged
 * (foreign-database.ts). Each Electron window, the CLI and the test harness open their own Store; the
 * version numbers keep them from overwriting each other.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const memory = isMemoryPath(path);
  const fullPath = memory ? ':memory:' : resolve(path);
  const db = openDatabase(fullPath);
  let deferred = false;
  try {
    // Reading only, until the file is known to be ours and intact: a foreign or damaged file is left byte for byte as it was.
    const version = assertKnownVersion(db);
    assertOwnDatabase(db, version);
    deferred = !memory && !!options.deferredCheck && opensWithoutWriting(db, version) && statSync(fullPath).size >= (options.deferredCheck.minBytes ?? DEFERRED_CHECK_MIN_BYTES);
    if (!memory && !deferred) assertIntact(db);
    useWal(db);
    migrate(db);
  } catch (error) {
    db.close();
    throw diskError(error, fullPath);
  }
  const ctx = createStoreContext(db, options.now);
  let ranking: TieredRanking;
  let index: SearchIndex;
  try {
    ranking = new TieredRanking(db);
    index = new SearchIndex(db, { tops: ranking.tops });
  } catch (error) {
    // Unchecked yet, a file too damaged to prepare its queries gets the check's own words.
    try {
      if (deferred) assertIntact(db);
    } finally {
      db.close();
    }
    throw error;
  }
  const stopCheck = deferred && options.deferredCheck ? checkInBackground(db, options.deferredCheck.onResult) : () => {};
  const stopWarm = options.warmSearch && !memory ? warmSearch(fullPath, ranking.tops, options.warmSearch) : () => {};
  const photosDir = options.photosDir ? resolve(options.photosDir) : memory ? null : join(dirname(fullPath), 'photos');
  const history = new StoryRevisionRepository(ctx);
  const stories = new SqliteStoryRepository(ctx, index, history);
  const pages = new SqlitePageRepository(ctx);
  const annotations = new SqliteAnnotationRepository(ctx);
  const statusHistory = new SqliteStatusHistoryRepository(ctx);
  const assignments = new AssignmentRepository(ctx);
  const records = new NewsroomRecords(history, statusHistory, assignments);
  const unchecked = new UncheckedEdits(ctx);
  const outbox = new NewsroomOutbox(ctx, stories, pages, annotations, records, unchecked);
  const newsroomPhotos = new NewsroomPhotos(ctx);
  return {
    path: fullPath,
    stories,
    search: new SqliteSearchService(ranking),
    pages,
    assets: new SqliteAssetRepository(ctx, photosDir),
    annotations,
    newsroom: { outbox, inbound: new NewsroomInbound(ctx, outbox, index, history, newsroomPhotos, records, unchecked), photos: newsroomPhotos, unchecked },
    statusHistory,
    assignments,
    transaction: (fn) => writeTransaction(db, fn),
    close: () => {
      stopCheck();
      stopWarm();
      if (db.open) db.close();
    },
  };
}

/** Whether opening writes nothing to the file: it is already in WAL mode and needs no migration. */
function opensWithoutWriting(db: Database.Database, version: number): boolean {
  return version === MIGRATIONS.at(-1)!.version && db.pragma('journal_mode', { simple: true }) === 'wal';
}
