import type Database from 'better-sqlite3';
import { BanmianError } from '../../shared/ipc/result';

/**
 * Whether a database file is Banmian's, decided by reading only: a file that is empty (new),
 * or that carries Banmian's schema version and its story tables. Anything else — another
 * application's SQLite file — is refused before any write or pragma change, so its bytes stay
 * as they were.
 */

const OWN_TABLES = ['stories', 'story_revisions'];
const STORY_COLUMNS = ['id', 'headline', 'body', 'version'];

export function assertOwnDatabase(db: Database.Database, version: number): void {
  const objects = db.prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  if (version === 0 && objects.length === 0) return;
  const columns = objects.includes('stories') ? (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('stories') as string[]) : [];
  const ours = version > 0 && OWN_TABLES.every((table) => objects.includes(table)) && STORY_COLUMNS.every((column) => columns.includes(column));
  if (ours) return;
  const shown = objects.slice(0, 5).join(', ') + (objects.length > 5 ? ', …' : '');
  throw new BanmianError('bad-file', `${db.name} is not a Banmian database (it holds ${objects.length} tables of another application: ${shown}); it was left unchanged. Name a new file or a Banmian database.`);
}
