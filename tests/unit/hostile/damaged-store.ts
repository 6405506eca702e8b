import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openStore } from '../../../main/store/open-store';
import { emptyStoryFields } from '../../../shared/model/story';

/**
 * A Banmian database of 300 stories with b-tree pages in the middle scribbled over (not the
 * header): what a bad sector or a torn copy leaves. `journal` is the mode it is left in — WAL
 * as the app leaves its files, or DELETE as a file copied from elsewhere may be. `pages` are the
 * pages spoilt (the first ones hold the search index's settings, which opening reads).
 */
export function damagedStore(path: string, journal: 'wal' | 'delete', pages: readonly number[] = [5, 9, 14]): void {
  const store = openStore(path);
  store.stories.createMany(Array.from({ length: 300 }, (_, i) => ({ ...emptyStoryFields(), headline: `稿件${i}`, body: [{ type: 'paragraph', children: [{ text: '正文'.repeat(200) }] }] })));
  store.close();
  const db = new Database(path);
  db.pragma('wal_checkpoint(TRUNCATE)');
  if (journal === 'delete') db.pragma('journal_mode = DELETE');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(path, 'r+');
  for (const page of pages) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, page * pageSize + 100);
  closeSync(fd);
}
