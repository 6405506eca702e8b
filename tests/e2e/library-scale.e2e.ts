import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_STATUSES } from '../../shared/model/story';
import { startHarness, type AppWindow, type Harness } from './harness/harness';
import { LibraryPage } from './harness/library-page';

// A library of thousands of stories in Chromium on the real handlers: the table renders only
// the rows on screen, loads more pages as it scrolls, and keeps selection and arrow keys working.

const COUNT = 2400;
const headline = (n: number) => `档案稿件第${n}号`;

describe('a large library', () => {
  let harness: Harness;
  let app: AppWindow;
  let library: LibraryPage;
  let order: string[];

  beforeAll(async () => {
    harness = await startHarness();
    harness.store.stories.createMany(
      Array.from({ length: COUNT }, (_, n) => ({ headline: headline(n), section: n % 3 ? '要闻' : '党建', status: STORY_STATUSES[n % 5]! })),
    );
    // The library's order (newest first), as the store lists it whole.
    order = harness.store.stories.list().map((story) => story.headline);
    app = await harness.openApp({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    library = new LibraryPage(app.page);
  });

  afterAll(async () => {
    await harness?.close();
  });

  const content = () => app.page.locator('main.content');
  const rendered = () => library.rows.count();

  it('lists the first rows and counts the whole library, rendering only what is on screen', async () => {
    await expect(app.page.locator('.statusbar').innerText()).resolves.toContain(`共 ${COUNT} 篇`);
    await expect(library.rows.first().locator('.headline').innerText()).resolves.toBe(order[0]);
    expect(await rendered()).toBeLessThan(80);
    // The scroll area is as tall as the whole list, so the scroll bar tells where the desk is.
    const height = await content().evaluate((element) => element.scrollHeight);
    expect(height).toBeGreaterThan(COUNT * 60);
  });

  it('loads the rest as the desk scrolls to the end, and shows the last story', async () => {
    await content().evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await library.rows.filter({ hasText: order.at(-1) }).waitFor();
    expect(await rendered()).toBeLessThan(80);
    // The rows on screen are the end of the list, in order, none missing.
    const headlines = await library.headlines();
    expect(headlines).toEqual(order.slice(COUNT - headlines.length));
    await library.screenshot('library-large-end');
  });

  it('moves the selection with the arrow keys, scrolling the selected row into view', async () => {
    await content().evaluate((element) => element.scrollTo(0, 0));
    await library.rows.filter({ hasText: order[0] }).click();
    for (let i = 0; i < 30; i++) await app.page.keyboard.press('ArrowDown');
    const selected = app.page.locator('[data-testid=story-table] tbody tr[aria-selected=true]');
    await expect(selected.locator('.headline').innerText()).resolves.toBe(order[30]);
    await expect(selected.evaluate((row) => row === document.activeElement)).resolves.toBe(true);
    const [row, view] = await Promise.all([selected.boundingBox(), content().boundingBox()]);
    expect(row!.y).toBeGreaterThanOrEqual(view!.y);
    expect(row!.y + row!.height).toBeLessThanOrEqual(view!.y + view!.height + 1);
    // The first row scrolled away and is no longer in the page.
    await expect(library.rows.filter({ hasText: order[0] }).count()).resolves.toBe(0);
    await app.page.keyboard.press('ArrowUp');
    await expect(selected.locator('.headline').innerText()).resolves.toBe(order[29]);
  });

  it('filters in the store and counts what the filter lets through', async () => {
    await app.page.locator('.chip-approved').click();
    await expect(app.page.locator('.statusbar').innerText()).resolves.toContain(`${COUNT / 5} / ${COUNT} 篇`);
    await expect(library.rows.first().locator('.headline').innerText()).resolves.toBe(harness.store.stories.list({ status: 'approved' })[0]!.headline);
    await expect(app.page.locator('.chip-approved .chip-count').innerText()).resolves.toBe(String(COUNT / 5));
    await app.page.locator('.status-filter .chip').first().click();
    await expect(app.page.locator('.statusbar').innerText()).resolves.toContain(`共 ${COUNT} 篇`);
  });

  it('ran without console errors or CSP violations', () => {
    expect(app.problems).toEqual([]);
  });
});
