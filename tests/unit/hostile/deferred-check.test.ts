import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/open-store';
import type { Store } from '../../../main/store/store-types';
import type { BanmianError } from '../../../shared/ipc/result';
import { emptyStoryFields } from '../../../shared/model/story';
import { caught } from '../store/caught';
import { damagedStore } from './damaged-store';
import { useDesk } from './hostile-fixtures';

// Item 5 of issue 16 with item 4 of issue 14: in the app a large file opens at once and is
// checked in a worker thread. The threshold is lowered to 0 bytes so small test files count as large.

const desk = useDesk();
/** The database file and its write-ahead log, as bytes on disk. */
const bytes = (path: string) =>
  [path, `${path}-wal`].map((file) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'none')).join(' ');
const DAMAGED = /is damaged \(SQLite quick_check: .+\)\. Nothing was written to it\. Restore it from a backup, or recover what is readable with: sqlite3 ".+" "\.recover" \| sqlite3 recovered\.db$/u;

function openDeferred(path: string, minBytes = 0): { store: Store; verdict: Promise<BanmianError | null> } {
  let report: (damage: BanmianError | null) => void = () => {};
  const verdict = new Promise<BanmianError | null>((resolve) => (report = resolve));
  const store = openStore(path, { deferredCheck: { minBytes, onResult: (damage) => report(damage?.error ?? null) } });
  return { store, verdict };
}

describe('the background integrity check (the app, large files)', () => {
  it('a damaged file opens at once; the check reports it; the next save is refused with what to do and writes nothing', async () => {
    const path = join(desk.dir, 'damaged-large.db');
    // Story pages, not the search index's settings: the file opens, the check finds the damage.
    damagedStore(path, 'wal', [40, 50, 60]);
    const { store, verdict } = openDeferred(path);
    const damage = await verdict;
    expect(damage?.code).toBe('bad-file');
    expect(damage?.message).toMatch(DAMAGED);
    const before = bytes(path);
    const error = caught(() => store.stories.create({ ...emptyStoryFields(), headline: '新稿' }));
    expect(error.message).toBe(damage!.message);
    expect(caught(() => store.stories.save('any-id', 1, { headline: '改' })).message).toBe(damage!.message);
    expect(bytes(path)).toBe(before);
    store.close();
  });

  it('below the threshold the same file is refused at open, as the CLI refuses it', () => {
    const path = join(desk.dir, 'damaged-small.db');
    damagedStore(path, 'wal');
    const before = bytes(path);
    expect(caught(() => openDeferred(path, 2 ** 40)).message).toMatch(DAMAGED);
    expect(bytes(path)).toBe(before);
  });

  it('a file that opening would write to (not yet WAL) is checked before opening, whatever its size', () => {
    const path = join(desk.dir, 'damaged-rollback.db');
    damagedStore(path, 'delete');
    const before = bytes(path);
    expect(caught(() => openDeferred(path)).message).toMatch(DAMAGED);
    expect(bytes(path)).toBe(before);
  });

  it('a file too damaged to open is checked at once and refused with the same words', () => {
    const path = join(desk.dir, 'damaged-settings.db');
    damagedStore(path, 'wal');
    const before = bytes(path);
    expect(caught(() => openDeferred(path)).message).toMatch(DAMAGED);
    expect(bytes(path)).toBe(before);
  });

  it('a sound file opens, checks ok and saves normally', async () => {
    const path = join(desk.dir, 'sound-large.db');
    openStore(path).close();
    const { store, verdict } = openDeferred(path);
    const story = store.stories.create({ ...emptyStoryFields(), headline: '开机' });
    expect(await verdict).toBeNull();
    const saved = store.stories.save(story.id, story.version, { headline: '开机之后' });
    expect(store.stories.get(story.id).headline).toBe('开机之后');
    expect(saved.version).toBe(story.version + 1);
    store.close();
  });
});
