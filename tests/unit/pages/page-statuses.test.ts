import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { importFiles } from '../../../main/import/import-service';
import { sampleResources } from '../../../main/sample/sample-resources';
import { openStore } from '../../../main/store/open-store';
import type { Store } from '../../../main/store/store-types';
import { BROADSHEET } from '../../../shared/compose/templates';
import type { StoryPage, StorySummary } from '../../../shared/ipc/contract-types';
import type { PageView } from '../../../shared/ipc/page-contract';
import type { Frame, PageDocument } from '../../../shared/model/page';
import { emptyStoryFields } from '../../../shared/model/story';

// Statuses follow the page (issue 12, item 8): placing a library story on a page makes it
// 已上版 and the library names the page; taking it off its last page gives back the status it
// had; every move is in the status history; the sample page never puts its stories in twice.

let dir: string;
let store: Store;
let notified: string[][];
let call: <T>(command: string, input: unknown) => Promise<T>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'banmian-statuses-'));
  store = openStore(join(dir, 'news.db'));
  notified = [];
  const handlers = createHandlers({
    store,
    appInfo: () => ({ name: 'Banmian', version: '0', dataDir: dir, shell: 'harness' }),
    photoUrl: (relative) => `photos/${relative}`,
    notify: (event, payload) => {
      if (event === 'stories.changed') notified.push((payload as { ids: string[] }).ids);
    },
  });
  call = async <T,>(command: string, input: unknown) => {
    const outcome = await dispatch(handlers, command, input);
    if (!outcome.ok) throw Object.assign(new Error(outcome.error.message), outcome.error);
    return outcome.value as T;
  };
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const storyFrame = (id: string, storyId: string, column: number): Frame => ({ id, kind: 'story', storyId, area: { column, span: 2, line: 0, depth: 20 }, bodyColumns: 2 });

async function newPage(number: number): Promise<PageView> {
  return call<PageView>('pages.create', { page: { name: '要闻', edition: '2024-03-01', number, section: '要闻' }, template: BROADSHEET });
}

async function place(page: PageView, frames: Frame[]): Promise<PageView> {
  const document: PageDocument = { ...page.document, frames };
  return call<PageView>('pages.save', { id: page.id, version: page.version, document });
}

async function librarySummary(id: string): Promise<StorySummary> {
  const page = await call<StoryPage>('stories.page', { limit: 100 });
  return page.stories.find((s) => s.id === id)!;
}

describe('statuses follow the page', () => {
  it('places a story (已上版, the page in the library, a history entry) and gives its status back when it leaves', async () => {
    const story = store.stories.create({ headline: '骑手有了新驿站', status: 'approved' });
    const page = await newPage(3);

    const placed = await place(page, [storyFrame('a', story.id, 0)]);
    expect(store.stories.get(story.id).status).toBe('placed');
    expect(notified.flat()).toContain(story.id);
    const row = await librarySummary(story.id);
    expect(row.status).toBe('placed');
    expect(row.pages).toEqual([{ pageId: page.id, editionDate: '2024-03-01', pageNumber: 3 }]);
    expect(store.statusHistory.list(story.id).at(-1)).toMatchObject({ from: 'approved', to: 'placed', author: '2024-03-01 第3版' });

    // Moving the frame keeps it placed and writes nothing more.
    const moved = await place(placed, [{ ...storyFrame('a', story.id, 0), area: { column: 4, span: 2, line: 0, depth: 20 } }]);
    expect(store.statusHistory.list(story.id)).toHaveLength(1);

    await place(moved, []);
    expect(store.stories.get(story.id).status).toBe('approved');
    expect((await librarySummary(story.id)).pages).toBeUndefined();
    expect(store.statusHistory.list(story.id).map((c) => `${c.from}→${c.to}`)).toEqual(['approved→placed', 'placed→approved']);
  });

  it('stays placed while any live page holds it; a page to the trash takes its stories off, restored puts them back', async () => {
    const story = store.stories.create({ headline: '两版都有', status: 'editing' });
    const first = await place(await newPage(1), [storyFrame('a', story.id, 0)]);
    const second = await place(await newPage(2), [storyFrame('b', story.id, 2)]);
    expect((await librarySummary(story.id)).pages?.map((p) => p.pageNumber)).toEqual([1, 2]);

    await place(first, []);
    expect(store.stories.get(story.id).status).toBe('placed');

    await call('pages.delete', { id: second.id });
    expect(store.stories.get(story.id).status).toBe('editing');
    await call('pages.restore', { id: second.id });
    expect(store.stories.get(story.id).status).toBe('placed');
    expect(store.statusHistory.list(story.id).map((c) => c.to)).toEqual(['placed', 'editing', 'placed']);
  });

  it('leaves a page’s inline stories alone (they are not the library’s)', async () => {
    const page = await newPage(5);
    store.stories.create({ headline: '库里的稿' });
    const document: PageDocument = { ...page.document, stories: { own: { ...emptyStoryFields(), headline: '版面自带的稿' } }, frames: [storyFrame('a', 'own', 0)] };
    await call('pages.save', { id: page.id, version: page.version, document });
    expect(store.stories.list().every((s) => s.status === 'draft')).toBe(true);
  });
});

describe('the sample page and the library', () => {
  it('opened, deleted and opened again: the same five stories, placed, with one proof round', async () => {
    const first = await call<PageView>('pages.openSample', {});
    const ids = first.document.frames.flatMap((f) => (f.kind === 'story' ? [f.storyId] : []));
    expect(store.stories.list()).toHaveLength(5);
    for (const id of ids) expect(store.stories.get(id).status).toBe('placed');
    const marks = ids.reduce((n, id) => n + store.annotations.listByStory(id).length, 0);

    await call('pages.delete', { id: first.id });
    for (const id of ids) expect(store.stories.get(id).status).toBe('draft');
    const second = await call<PageView>('pages.openSample', {});
    expect(second.id).not.toBe(first.id);
    expect(store.stories.list()).toHaveLength(5);
    expect(second.document.frames.flatMap((f) => (f.kind === 'story' ? [f.storyId] : []))).toEqual(ids);
    expect(ids.reduce((n, id) => n + store.annotations.listByStory(id).length, 0)).toBe(marks);
    for (const id of ids) expect(store.stories.get(id).status).toBe('placed');
  });

  it('uses the stories of the sample copy already imported into the library', async () => {
    const bytes = new Uint8Array(readFileSync(sampleResources().text));
    const imported = await importFiles(store, [{ name: 'seed-page.txt', bytes }]);
    expect(imported.stories).toHaveLength(5);
    const page = await call<PageView>('pages.openSample', {});
    expect(store.stories.list()).toHaveLength(5);
    const onPage = new Set(page.document.frames.flatMap((f) => (f.kind === 'story' ? [f.storyId] : [])));
    expect(onPage).toEqual(new Set(imported.stories.map((s) => s.id)));
  });
});
