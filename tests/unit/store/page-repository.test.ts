import { describe, expect, it } from 'vitest';
import type { PageRecord, PageSummary } from '../../../main/store/page-types';
import { caught } from './caught';
import { useTempStores } from './temp-stores';

describe('pages', () => {
  const stores = useTempStores();

  it('creates a page in its slot with defaults and reads it back', () => {
    const store = stores.open();
    const page = store.pages.create({ editionDate: '2024-02-20', pageNumber: 3, section: '党建' });
    expect(page).toMatchObject({ name: '第3版', editionDate: '2024-02-20', pageNumber: 3, section: '党建', document: {}, version: 1 });
    expect(store.pages.get(page.id)).toEqual(page);
    expect(caught(() => store.pages.get('nope')).code).toBe('not-found');
  });

  it('lists an edition in page order, newest edition first, without the documents', () => {
    const store = stores.open();
    store.pages.create({ editionDate: '2024-02-20', pageNumber: 5, name: '图说基层党建' });
    store.pages.create({ editionDate: '2024-02-20', pageNumber: 1, name: '要闻' });
    store.pages.create({ editionDate: '2024-02-21', pageNumber: 1, name: '要闻' });
    const all = store.pages.list();
    expect(all.map((page) => `${page.editionDate} ${page.pageNumber}`)).toEqual(['2024-02-21 1', '2024-02-20 1', '2024-02-20 5']);
    expect(all[0]).not.toHaveProperty('document');
    expect(store.pages.list({ editionDate: '2024-02-20' }).map((page) => page.name)).toEqual(['要闻', '图说基层党建']);
  });

  it('saves the page document with the right version and refuses a stale one', () => {
    const store = stores.open();
    const page = store.pages.create({ editionDate: '2024-02-20', pageNumber: 3 });
    const document = { columns: 6, frames: [{ storyId: 's1', column: 0, span: 4 }] };
    const saved = store.pages.save(page.id, 1, { document });
    expect(saved).toMatchObject({ version: 2, document, name: '第3版' });

    const error = caught(() => store.pages.save(page.id, 1, { document: { columns: 5 } }));
    expect(error.code).toBe('conflict');
    expect((error.details as { current: PageRecord }).current).toEqual(saved);
    expect(store.pages.get(page.id).document).toEqual(document);
  });

  it('keeps one live page per slot, and frees the slot when a page goes to the trash', () => {
    const store = stores.open();
    const first = store.pages.create({ editionDate: '2024-02-20', pageNumber: 3, name: '党建' });
    const clash = caught(() => store.pages.create({ editionDate: '2024-02-20', pageNumber: 3 }));
    expect(clash.code).toBe('conflict');
    expect(clash.message).toContain('第3版');
    expect((clash.details as { slotTakenBy: PageSummary }).slotTakenBy.id).toBe(first.id);

    store.pages.softDelete(first.id);
    expect(store.pages.list({ deleted: true }).map((page) => page.id)).toEqual([first.id]);
    const second = store.pages.create({ editionDate: '2024-02-20', pageNumber: 3, name: '新党建版' });
    expect(caught(() => store.pages.restore(first.id)).code).toBe('conflict');

    store.pages.save(second.id, 1, { pageNumber: 4 });
    expect(store.pages.restore(first.id).deletedAt).toBeNull();
    expect(store.pages.list().map((page) => page.name)).toEqual(['党建', '新党建版']);
  });

  it('rejects a bad date or page number naming the field', () => {
    const store = stores.open();
    const date = caught(() => store.pages.create({ editionDate: '2024-02-30', pageNumber: 1 }));
    expect(date.code).toBe('invalid-input');
    expect(date.issues?.[0]).toMatch(/^editionDate: /);
    const page = store.pages.create({ editionDate: '2024-02-29', pageNumber: 1 });
    const number = caught(() => store.pages.save(page.id, 1, { pageNumber: 0 }));
    expect(number.issues?.[0]).toMatch(/^fields\.pageNumber: /);
  });
});
