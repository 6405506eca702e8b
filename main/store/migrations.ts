import type Database from 'better-sqlite3';
import { z } from 'zod';
import { BanmianError } from '../../shared/ipc/result';
import { bylineSchema, storyBodySchema } from '../../shared/model/story';
import { HEADS_SCHEMA, SearchHeads } from './search-heads';
import { revisionId } from './revision-id';
import { TOPS_SCHEMA } from './search-tops';
import { columnTexts, SEARCH_WEIGHTS, SearchIndex } from './search-index';

/**
 * The schema's history, one numbered step each. A database records the last step it has in
 * `PRAGMA user_version`; opening it runs the missing steps in order, each in its own
 * transaction together with the version bump, so a failed step leaves the previous
 * version intact. Steps are history: never edit one that has shipped, add a new one.
 */
export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}

/** The step that flags edits made without the check-out (named by tests through this constant). */
export const UNCHECKED_EDITS_VERSION = 13;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'stories and their revisions',
    up(db) {
      db.exec(`
        CREATE TABLE stories (
          seq          INTEGER PRIMARY KEY,
          id           TEXT NOT NULL UNIQUE,
          section      TEXT NOT NULL DEFAULT '',
          status       TEXT NOT NULL,
          kicker       TEXT NOT NULL DEFAULT '',
          headline     TEXT NOT NULL DEFAULT '',
          subtitle     TEXT NOT NULL DEFAULT '',
          bylines      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(bylines)),
          body         TEXT NOT NULL CHECK (json_valid(body)),
          photo_credit TEXT NOT NULL DEFAULT '',
          flags        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(flags)),
          length       INTEGER NOT NULL DEFAULT 0,
          version      INTEGER NOT NULL CHECK (version >= 1),
          created_at   TEXT NOT NULL,
          updated_at   TEXT NOT NULL,
          deleted_at   TEXT
        );
        CREATE INDEX stories_by_update ON stories (deleted_at, updated_at);
        CREATE INDEX stories_by_section ON stories (section, updated_at);

        CREATE TABLE story_revisions (
          story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
          version  INTEGER NOT NULL,
          saved_at TEXT NOT NULL,
          fields   TEXT NOT NULL CHECK (json_valid(fields)),
          PRIMARY KEY (story_id, version)
        ) WITHOUT ROWID;
      `);
    },
  },
  {
    version: 2,
    description: 'full-text search over live stories (CJK bigrams + unicode61), filled from existing stories',
    up(db) {
      db.exec(`
        CREATE VIRTUAL TABLE story_search USING fts5(
          headline, kicker, subtitle, bylines, body,
          content = '', contentless_delete = 1, tokenize = 'unicode61'
        );
      `);
      const index = new SearchIndex(db, { withHeads: false });
      const rows = db
        .prepare('SELECT seq, headline, kicker, subtitle, bylines, body, photo_credit FROM stories WHERE deleted_at IS NULL')
        .all() as StoredSearchFields[];
      for (const row of rows) index.put(row.seq, searchableFields(row));
    },
  },
  {
    version: 3,
    description: 'pages',
    up(db) {
      db.exec(`
        CREATE TABLE pages (
          seq          INTEGER PRIMARY KEY,
          id           TEXT NOT NULL UNIQUE,
          name         TEXT NOT NULL,
          edition_date TEXT NOT NULL,
          page_number  INTEGER NOT NULL CHECK (page_number >= 1),
          section      TEXT NOT NULL DEFAULT '',
          document     TEXT NOT NULL CHECK (json_valid(document)),
          version      INTEGER NOT NULL CHECK (version >= 1),
          created_at   TEXT NOT NULL,
          updated_at   TEXT NOT NULL,
          deleted_at   TEXT
        );
        -- One live page per slot: an edition has one 第3版.
        CREATE UNIQUE INDEX pages_by_slot ON pages (edition_date, page_number) WHERE deleted_at IS NULL;
      `);
    },
  },
  {
    version: 4,
    description: 'photo assets, content-addressed',
    up(db) {
      db.exec(`
        CREATE TABLE assets (
          seq         INTEGER PRIMARY KEY,
          id          TEXT NOT NULL UNIQUE,
          sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
          file_name   TEXT NOT NULL,
          stored_name TEXT NOT NULL,
          byte_size   INTEGER NOT NULL CHECK (byte_size > 0),
          width       INTEGER NOT NULL CHECK (width > 0),
          height      INTEGER NOT NULL CHECK (height > 0),
          color_space TEXT NOT NULL,
          ppi         REAL CHECK (ppi IS NULL OR ppi > 0),
          created_at  TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 5,
    description: 'annotations on stories',
    up(db) {
      db.exec(`
        CREATE TABLE annotations (
          seq        INTEGER PRIMARY KEY,
          id         TEXT NOT NULL UNIQUE,
          story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
          anchor     TEXT NOT NULL CHECK (json_valid(anchor)),
          kind       TEXT NOT NULL,
          body       TEXT NOT NULL,
          author     TEXT NOT NULL,
          status     TEXT NOT NULL,
          round      INTEGER NOT NULL CHECK (round >= 1),
          reply_to   TEXT REFERENCES annotations (id) ON DELETE CASCADE,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX annotations_by_story ON annotations (story_id, created_at);
        CREATE INDEX annotations_by_parent ON annotations (reply_to);
      `);
    },
  },
  {
    version: 6,
    description: 'proofreading: corrections, move targets and decisions on annotations; block anchors; story status history',
    up(db) {
      db.exec(`
        ALTER TABLE annotations ADD COLUMN text TEXT NOT NULL DEFAULT '';
        ALTER TABLE annotations ADD COLUMN target TEXT CHECK (target IS NULL OR json_valid(target));
        ALTER TABLE annotations ADD COLUMN decided_by TEXT;
        ALTER TABLE annotations ADD COLUMN decided_at TEXT;

        CREATE TABLE story_status_history (
          seq         INTEGER PRIMARY KEY,
          story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
          from_status TEXT NOT NULL,
          to_status   TEXT NOT NULL,
          author      TEXT NOT NULL,
          version     INTEGER NOT NULL CHECK (version >= 1),
          round       INTEGER CHECK (round IS NULL OR round >= 1),
          note        TEXT NOT NULL DEFAULT '',
          at          TEXT NOT NULL
        );
        CREATE INDEX story_status_history_by_story ON story_status_history (story_id, seq);
      `);
      upgradeAnnotationAnchors(db);
    },
  },
  {
    version: 7,
    description: 'newsroom: an outbox filled by triggers in the saving transaction, the replica revision of each row, conflicts, deferred and refused documents',
    up(db) {
      createNewsroomTables(db);
    },
  },
  {
    version: 8,
    description: 'library paging: live stories newest first, by status, by section and by both (keyset order updated_at DESC, seq)',
    up(db) {
      // The rowid (seq) ends every index ascending, so a forward scan is the library's order.
      db.exec(`
        DROP INDEX stories_by_section;
        CREATE INDEX stories_live_by_update ON stories (deleted_at, updated_at DESC);
        CREATE INDEX stories_live_by_status ON stories (deleted_at, status, updated_at DESC);
        CREATE INDEX stories_live_by_section ON stories (deleted_at, section, updated_at DESC);
        CREATE INDEX stories_live_by_section_status ON stories (deleted_at, section, status, updated_at DESC);
      `);
    },
  },
  {
    version: 9,
    description: 'newsroom photos: photos shared as attachments (queued by a trigger on assets), photos known from the newsroom whose original is not on the desk',
    up(db) {
      createNewsroomPhotoTables(db);
    },
  },
  {
    version: 10,
    description: 'search: impact-ordered postings of the headline and kicker/subtitle/byline tokens (story_search_heads), filled from live stories',
    up(db) {
      db.exec(HEADS_SCHEMA);
      const heads = new SearchHeads(db, SEARCH_WEIGHTS);
      // A few hundred stories at a time: a 100k archive's bodies do not all fit in memory at once.
      const batch = db.prepare(
        'SELECT seq, headline, kicker, subtitle, bylines, body, photo_credit FROM stories WHERE deleted_at IS NULL AND seq > ? ORDER BY seq LIMIT 500',
      );
      for (let after = 0, rows: StoredSearchFields[]; (rows = batch.all(after) as StoredSearchFields[]).length > 0; after = rows.at(-1)!.seq) {
        for (const row of rows) heads.put(row.seq, columnTexts(searchableFields(row)));
      }
    },
  },
  {
    version: 11,
    description: 'newsroom history and tasks: global ids for revisions and status changes, who saved each story version, assignments; all three queued for the newsroom',
    up(db) {
      createNewsroomHistoryTables(db);
    },
  },
  {
    version: 12,
    description: 'story language: stories.language, empty for Simplified Chinese (the default) or zh-Hant',
    up(db) {
      // Idempotent: a test (and a desk restored from a newer copy) may replay the steps after an older one.
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('stories') as string[];
      if (!columns.includes('language')) db.exec(`ALTER TABLE stories ADD COLUMN language TEXT NOT NULL DEFAULT ''`);
    },
  },
  {
    version: UNCHECKED_EDITS_VERSION,
    description: 'newsroom: edits made without the check-out flagged (newsroom_unchecked, set by triggers against the leases this desk holds, newsroom_check_outs), and on kept revisions',
    up(db) {
      createUncheckedEditTables(db);
    },
  },
  {
    version: 14,
    description: 'search: the kept best stories of phrases (search_top_phrases, search_tops), filled by searches and the warm-up after opening',
    up(db) {
      // Empty: the warm-up lists the archive's common words in the background (search-warm.ts), not the upgrade.
      // IF NOT EXISTS: a test (and a desk restored from a newer copy) may replay the steps.
      db.exec(TOPS_SCHEMA);
    },
  },
];

interface StoredSearchFields {
  seq: number;
  headline: string;
  kicker: string;
  subtitle: string;
  bylines: string;
  body: string;
  photo_credit: string;
}

/** A stored story's searchable fields; a damaged JSON column must not stop an upgrade (the rest is indexed). */
function searchableFields(row: StoredSearchFields): Parameters<typeof columnTexts>[0] {
  return {
    headline: row.headline,
    kicker: row.kicker,
    subtitle: row.subtitle,
    bylines: lenient(z.array(bylineSchema), row.bylines),
    body: lenient(storyBodySchema, row.body),
    photoCredit: row.photo_credit,
  };
}

/**
 * Step 7: the bridge between SQLite and the desk's PouchDB replica (docs/newsroom.md).
 * Triggers put every change of a story, page or annotation into `newsroom_outbox` inside the
 * transaction that made it, so a save the user saw succeed is queued even if the process dies
 * right after. They fire only once the desk has joined a newsroom (`newsroom_state.joined`), and
 * not while a change from the server is being applied (`newsroom_state.applying`, set and
 * cleared inside the applier's own transaction, so no other connection ever sees it).
 */
function createNewsroomTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE newsroom_state (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE newsroom_outbox (
      doc_id    TEXT PRIMARY KEY,
      change    INTEGER NOT NULL,
      queued_at TEXT NOT NULL
    ) WITHOUT ROWID;

    -- The replica revision each row's content is (a local edit becomes its child).
    CREATE TABLE newsroom_docs (
      doc_id TEXT PRIMARY KEY,
      rev    TEXT NOT NULL
    ) WITHOUT ROWID;

    -- Every side of a conflict the engine reported, kept whole so the desk shows them offline;
    -- discard is set by the user's choice: the revisions to remove on the server.
    CREATE TABLE newsroom_conflicts (
      doc_id   TEXT PRIMARY KEY,
      versions TEXT NOT NULL CHECK (json_valid(versions)),
      found_at TEXT NOT NULL,
      discard  TEXT CHECK (discard IS NULL OR json_valid(discard))
    ) WITHOUT ROWID;

    CREATE TABLE newsroom_deferred (
      doc_id TEXT PRIMARY KEY,
      reason TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE newsroom_refused (
      doc_id TEXT PRIMARY KEY,
      reason TEXT NOT NULL,
      at     TEXT NOT NULL
    ) WITHOUT ROWID;
  `);
  const when = JOINED_NOT_APPLYING;
  for (const [table, prefix] of [['stories', 'story'], ['pages', 'page'], ['annotations', 'mark']] as const) {
    db.exec(`
      CREATE TRIGGER ${table}_to_newsroom_insert AFTER INSERT ON ${table} WHEN ${when}
      BEGIN ${enqueue(`'${prefix}:' || NEW.id`)} END;
      CREATE TRIGGER ${table}_to_newsroom_update AFTER UPDATE ON ${table} WHEN ${when}
      BEGIN ${enqueue(`'${prefix}:' || NEW.id`)} END;
      CREATE TRIGGER ${table}_to_newsroom_delete AFTER DELETE ON ${table} WHEN ${when}
      BEGIN ${enqueue(`'${prefix}:' || OLD.id`)} END;
    `);
  }
}

/** The outbox triggers fire once the desk has joined, never for a change the applier writes. */
const JOINED_NOT_APPLYING = `EXISTS (SELECT 1 FROM newsroom_state WHERE key = 'joined')
      AND NOT EXISTS (SELECT 1 FROM newsroom_state WHERE key = 'applying')`;

/** Queues a document id (an SQL expression) in the outbox, or moves an entry already there to the end. */
function enqueue(docId: string): string {
  return `
      INSERT INTO newsroom_outbox (doc_id, change, queued_at)
      VALUES (${docId}, (SELECT coalesce(max(change), 0) + 1 FROM newsroom_outbox), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ON CONFLICT (doc_id) DO UPDATE SET change = excluded.change, queued_at = excluded.queued_at;`;
}

/**
 * Step 13: edits made without the check-out (docs/newsroom.md, Check-out). The service writes
 * the leases this desk holds into `newsroom_check_outs` (with their expiry); a trigger on every
 * change of a story's or page's content — from any write path, like the outbox's — flags the
 * item in `newsroom_unchecked` (who, when) when it is already in the newsroom (it has a replica
 * revision) and no live lease of this desk covers it, and clears the flag when one does. A
 * version kept in `story_revisions` keeps its flag (`unchecked`).
 */
function createUncheckedEditTables(db: Database.Database): void {
  const has = (table: string, column: string) => (db.pragma(`table_info(${table})`) as Array<{ name: string }>).some((c) => c.name === column);
  if (!has('story_revisions', 'unchecked')) db.exec('ALTER TABLE story_revisions ADD COLUMN unchecked INTEGER NOT NULL DEFAULT 0;');
  db.exec(`
    CREATE TABLE IF NOT EXISTS newsroom_check_outs (
      doc_id  TEXT PRIMARY KEY,
      expires TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS newsroom_unchecked (
      doc_id    TEXT PRIMARY KEY,
      edited_by TEXT NOT NULL,
      edited_at TEXT NOT NULL
    ) WITHOUT ROWID;
  `);
  // Content only: a status change (a proofreader's, or placing on a page) is not an edit of the text.
  const content = {
    stories: ['section', 'kicker', 'headline', 'subtitle', 'bylines', 'body', 'photo_credit', 'flags', 'language', 'deleted_at'],
    pages: ['name', 'edition_date', 'page_number', 'section', 'document', 'deleted_at'],
  };
  for (const [table, prefix] of [['stories', 'story'], ['pages', 'page']] as const) {
    const docId = `'${prefix}:' || NEW.id`;
    const changed = content[table].map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ');
    const locked = `EXISTS (SELECT 1 FROM newsroom_check_outs WHERE doc_id = ${docId} AND expires > strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
    db.exec(`
      CREATE TRIGGER IF NOT EXISTS ${table}_unchecked_edit AFTER UPDATE ON ${table}
      WHEN ${JOINED_NOT_APPLYING} AND (${changed})
        AND EXISTS (SELECT 1 FROM newsroom_docs WHERE doc_id = ${docId})
      BEGIN
        DELETE FROM newsroom_unchecked WHERE doc_id = ${docId} AND ${locked};
        INSERT INTO newsroom_unchecked (doc_id, edited_by, edited_at)
        SELECT ${docId}, coalesce((SELECT value FROM newsroom_state WHERE key = 'user'), ''), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE NOT ${locked}
        ON CONFLICT (doc_id) DO UPDATE SET edited_by = excluded.edited_by, edited_at = excluded.edited_at;
      END;
    `);
  }
}

/**
 * Step 9: photos in the newsroom (docs/newsroom.md). A photo is immutable and named by its
 * SHA-256, so its documents are `photo:<sha256>` (the original as an attachment) and
 * `preview:<sha256>` (the screen preview). A photo stored on this desk is queued by a trigger,
 * unless it came from the newsroom (its `photo:` revision is known already). `newsroom_photos`
 * holds the photos whose preview arrived: what a page may use before its original is fetched.
 */
function createNewsroomPhotoTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE newsroom_photos (
      sha256      TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      file_name   TEXT NOT NULL,
      byte_size   INTEGER NOT NULL CHECK (byte_size > 0),
      width       INTEGER NOT NULL CHECK (width > 0),
      height      INTEGER NOT NULL CHECK (height > 0),
      color_space TEXT NOT NULL,
      ppi         REAL CHECK (ppi IS NULL OR ppi > 0),
      created_by  TEXT NOT NULL,
      created_at  TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TRIGGER assets_to_newsroom_insert AFTER INSERT ON assets
    WHEN ${JOINED_NOT_APPLYING}
      AND NOT EXISTS (SELECT 1 FROM newsroom_docs WHERE doc_id = 'photo:' || NEW.sha256)
    BEGIN ${enqueue(`'photo:' || NEW.sha256`)} END;
  `);
}

/**
 * Step 11: history and tasks replicate (docs/newsroom.md). A revision gets a global id named by
 * its content (`revisionId`: story, when that version was saved, its fields), so two desks that
 * keep the same replaced version — its writer's desk, and a desk whose copy the newsroom replaced
 * — hold one revision, not two; `saved_by` is who saved that version (`stories.edited_by`, the
 * newsroom user of the desk that saved it, or the document's `editedBy`). A status change gets a
 * random global id. `assignments` holds one row per assignment (an assignment is never edited: a
 * newer one for the same item takes over). Each new row of the three is queued for the newsroom
 * like a story is (`revision:`, `status:`, `assignment:`).
 */
function createNewsroomHistoryTables(db: Database.Database): void {
  // Written to be run again over itself (a test re-runs the steps after 9 on an upgraded file).
  const has = (table: string, column: string) => (db.pragma(`table_info(${table})`) as Array<{ name: string }>).some((c) => c.name === column);
  if (!has('stories', 'edited_by')) db.exec(`ALTER TABLE stories ADD COLUMN edited_by TEXT NOT NULL DEFAULT '';`);
  if (!has('story_revisions', 'id')) rebuildRevisions(db);
  if (!has('story_status_history', 'id')) {
    db.exec(`
      ALTER TABLE story_status_history ADD COLUMN id TEXT;
      UPDATE story_status_history SET id = lower(hex(randomblob(16)));
      CREATE UNIQUE INDEX story_status_history_by_id ON story_status_history (id);
    `);
  }
  db.exec(`
    CREATE TABLE IF NOT EXISTS assignments (
      id          TEXT PRIMARY KEY,
      kind        TEXT NOT NULL CHECK (kind IN ('story', 'page')),
      item_id     TEXT NOT NULL,
      assignee    TEXT NOT NULL,
      assigned_by TEXT NOT NULL,
      status      TEXT,
      note        TEXT NOT NULL DEFAULT '',
      at          TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS assignments_by_item ON assignments (kind, item_id, at);
    CREATE INDEX IF NOT EXISTS assignments_by_assignee ON assignments (assignee, at);

    CREATE TRIGGER IF NOT EXISTS story_revisions_to_newsroom_insert AFTER INSERT ON story_revisions WHEN ${JOINED_NOT_APPLYING}
    BEGIN ${enqueue(`'revision:' || NEW.id`)} END;
    CREATE TRIGGER IF NOT EXISTS story_status_history_to_newsroom_insert AFTER INSERT ON story_status_history WHEN ${JOINED_NOT_APPLYING}
    BEGIN ${enqueue(`'status:' || NEW.id`)} END;
    CREATE TRIGGER IF NOT EXISTS assignments_to_newsroom_insert AFTER INSERT ON assignments WHEN ${JOINED_NOT_APPLYING}
    BEGIN ${enqueue(`'assignment:' || NEW.id`)} END;
  `);
  // A desk already in a newsroom shares the history it has.
  db.exec(`
    INSERT OR IGNORE INTO newsroom_outbox (doc_id, change, queued_at)
    SELECT doc_id, (SELECT coalesce(max(change), 0) FROM newsroom_outbox) + row_number() OVER (), strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM (
      SELECT 'revision:' || id AS doc_id FROM story_revisions UNION ALL
      SELECT 'status:' || id FROM story_status_history)
    WHERE EXISTS (SELECT 1 FROM newsroom_state WHERE key = 'joined');
  `);
}

/** story_revisions keyed by a global, content-named id instead of (story, version). */
function rebuildRevisions(db: Database.Database): void {
  const old = db.prepare('SELECT story_id, version, saved_at, fields FROM story_revisions').all() as Array<{
    story_id: string;
    version: number;
    saved_at: string;
    fields: string;
  }>;
  db.exec(`
    DROP TABLE story_revisions;
    CREATE TABLE story_revisions (
      id       TEXT PRIMARY KEY,
      story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
      version  INTEGER NOT NULL,
      saved_at TEXT NOT NULL,
      saved_by TEXT NOT NULL DEFAULT '',
      fields   TEXT NOT NULL CHECK (json_valid(fields))
    ) WITHOUT ROWID;
    CREATE INDEX story_revisions_by_story ON story_revisions (story_id, saved_at);
  `);
  const insert = db.prepare('INSERT OR IGNORE INTO story_revisions (id, story_id, version, saved_at, fields) VALUES (?, ?, ?, ?, ?)');
  for (const row of old) insert.run(revisionId(row.story_id, row.saved_at, row.fields), row.story_id, row.version, row.saved_at, row.fields);
}

/**
 * Step 6: anchors were a text node's path and an offset in that leaf; they become the block's
 * path and an offset in the block's plain text (what re-anchoring and the typesetter's glyph
 * offsets count in). The old catch-all kind "proof-mark" carried its correction as the note:
 * it becomes 改正 (replace) with that correction as its text.
 */
function upgradeAnnotationAnchors(db: Database.Database): void {
  const rows = db
    .prepare('SELECT a.id, a.anchor, a.kind, a.body, s.body AS story_body FROM annotations a JOIN stories s ON s.id = a.story_id')
    .all() as Array<{ id: string; anchor: string; kind: string; body: string; story_body: string }>;
  const update = db.prepare('UPDATE annotations SET anchor = ?, kind = ?, text = ?, body = ? WHERE id = ?');
  for (const row of rows) {
    let anchor: { path?: unknown; offset?: unknown; quote?: unknown };
    try {
      anchor = JSON.parse(row.anchor) as typeof anchor;
    } catch {
      continue; // reported as damage when read, like any other bad row
    }
    const path = Array.isArray(anchor.path) ? (anchor.path as unknown[]).filter((n): n is number => typeof n === 'number') : [];
    let offset = typeof anchor.offset === 'number' ? anchor.offset : 0;
    if (path.length >= 2) {
      const body = lenient(storyBodySchema, row.story_body);
      const block = body[path[0]!];
      if (block && block.type !== 'photo') {
        for (const leaf of block.children.slice(0, path[1]!)) offset += leaf.text.length;
      }
    }
    const upgraded = { path: [path[0] ?? 0], offset, quote: typeof anchor.quote === 'string' ? anchor.quote : '', before: '', after: '', version: 0, orphaned: false };
    const legacyMark = row.kind === 'proof-mark';
    update.run(JSON.stringify(upgraded), legacyMark ? 'replace' : row.kind, legacyMark ? row.body : '', legacyMark ? '' : row.body, row.id);
  }
}

export const SCHEMA_VERSION = MIGRATIONS.length;

function lenient<S extends z.ZodType>(schema: S, json: string): z.output<S> | [] {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses, before anything is written, a database made by a newer Banmian. Returns its version. */
export function assertKnownVersion(db: Database.Database, steps: readonly Migration[] = MIGRATIONS): number {
  const version = schemaVersion(db);
  if (version > steps.length) {
    throw new BanmianError(
      'bad-file',
      `${db.name} was written by a newer Banmian (schema ${version}; this version knows up to ${steps.length}). Open it with the newer version.`,
    );
  }
  return version;
}

export interface MigrationResult {
  from: number;
  to: number;
}

export interface MigrateOptions {
  /** Stop after this version (tests build old databases with it). Default: the latest. */
  to?: number;
  /** The history to apply. Default: MIGRATIONS. */
  steps?: readonly Migration[];
}

/**
 * Brings the database up to date. Two windows opening the same old file at once are safe:
 * each step takes the write lock and re-reads the version before it runs.
 */
export function migrate(db: Database.Database, options: MigrateOptions = {}): MigrationResult {
  const steps = options.steps ?? MIGRATIONS;
  const latest = steps.length;
  const to = options.to ?? latest;
  const from = assertKnownVersion(db, steps);
  for (const step of steps) {
    if (step.version <= from || step.version > to) continue;
    db.transaction(() => {
      if (schemaVersion(db) >= step.version) return;
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
  return { from, to: schemaVersion(db) };
}
