import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROADSHEET } from '../../shared/compose/templates';
import { startHarness, type AppWindow, type Harness } from './harness/harness';
import { LibraryPage } from './harness/library-page';
import { PageDesk } from './harness/page-desk';

// Issue 12, items 7–9, in Chromium on the real handlers and SQLite store: a photo's caption on
// the page is the story's and follows it unless the page overrides it (marked, with a reset);
// stories placed on a page are 已上版 and the library names the page, and go back when taken
// off; the sample page opened twice does not put its stories in twice; the Chinese desk shows no
// internal ids; 版次 can be cleared and typed again; the side editor stays usable with its proof
// panel open in a 1600 px window.

describe('one source for captions, statuses that follow the page, Chinese everywhere', () => {
  let harness: Harness;
  let app: AppWindow;
  let desk: PageDesk;
  let page: Page;
  let library: LibraryPage;

  beforeAll(async () => {
    harness = await startHarness();
    app = await harness.openApp({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    page = app.page;
    desk = new PageDesk(page, BROADSHEET);
    library = new LibraryPage(page);
  });

  afterAll(async () => {
    await harness?.close();
  });

  const toLibrary = async () => {
    await page.evaluate(() => (location.hash = '#/'));
    await page.getByTestId('story-table').waitFor();
  };
  const toPages = async () => {
    await page.evaluate(() => (location.hash = '#/pages'));
    await page.getByTestId('page-list').waitFor();
  };
  const rowOf = (headline: string) => library.rows.filter({ hasText: headline });
  /** The caption lines the page draws for a frame. */
  const captionOnPage = async (frameId: string) =>
    (await desk.screenLines())
      .filter((l) => l.frame === frameId && l.block === 'caption')
      .map((l) => l.text)
      .join('');

  it('opens the sample page: its stories are 已上版 on 第3版; deleted and opened again, no story is added twice', async () => {
    await toPages();
    await page.getByTestId('open-sample').click();
    await desk.workspace.waitFor();
    await desk.waitComposed();

    await toLibrary();
    await library.waitForRowCount(5);
    for (const row of await library.rows.all()) {
      await expect.poll(() => row.locator('.col-status').innerText()).toMatch(/已上版\s*第3版/);
    }

    await toPages();
    await page.getByTestId('page-delete').click();
    await expect.poll(() => page.getByTestId('page-row').count()).toBe(0);
    await toLibrary();
    await expect.poll(() => library.rows.locator('.status-placed').count()).toBe(0);
    await expect.poll(() => library.rows.locator('.status-draft').count()).toBe(5);

    await toPages();
    await page.getByTestId('open-sample').click();
    await desk.workspace.waitFor();
    await desk.waitComposed();
    expect(harness.store.stories.list()).toHaveLength(5);
    await toLibrary();
    await library.waitForRowCount(5);
    await expect.poll(() => library.rows.locator('.status-placed').count()).toBe(5);
    // Every move is in the status history: placed, back to draft, placed again.
    const [first] = harness.store.stories.list();
    expect(harness.store.statusHistory.list(first!.id).map((c) => c.to)).toEqual(['placed', 'draft', 'placed']);
  });

  it('prints the story’s caption, follows an edit in the story, and keeps an override until it is reset', async () => {
    await toPages();
    await page.getByTestId('page-open').click();
    await desk.workspace.waitFor();
    await desk.waitComposed();
    const zhu = harness.store.stories.list().find((s) => s.headline.includes('朱光丽'))!;
    const block = harness.store.stories.get(zhu.id).body.find((b) => b.type === 'photo');
    if (block?.type !== 'photo') throw new Error('the profile has a photo block');
    expect(await captionOnPage('portrait')).toBe(block.caption);

    await desk.select('portrait');
    await expect.poll(() => page.getByTestId('photo-caption-source').getAttribute('data-state')).toBe('story');
    expect(await page.getByTestId('photo-caption').inputValue()).toBe(block.caption);

    // Edited in the story, beside the page: the page follows as it is typed.
    const profileBox = (await page.locator('[data-frame-id="profile"] .frame-hit').boundingBox())!;
    await page.mouse.dblclick(profileBox.x + profileBox.width - 30, profileBox.y + profileBox.height * 0.6);
    const editor = page.getByTestId('side-editor');
    await editor.getByTestId('photo-block').first().waitFor();
    await editor.locator('.photo-caption').first().fill('朱光丽在病房里照看病人。');
    await expect.poll(() => captionOnPage('portrait'), { timeout: 10_000 }).toBe('朱光丽在病房里照看病人。');

    // The side editor with its proof panel open, in a 1600 px window: the sheet keeps its width.
    const marks = editor.getByTestId('tool-proof');
    if ((await marks.getAttribute('aria-pressed')) !== 'true') await marks.click();
    await editor.getByTestId('proof-panel').waitFor();
    const sheet = (await editor.locator('.editor-main > .sheet-column').boundingBox())!;
    const panel = (await editor.getByTestId('proof-panel').boundingBox())!;
    expect(sheet.width).toBeGreaterThan(500);
    expect(sheet.height).toBeGreaterThan(200);
    expect(panel.height).toBeGreaterThan(150);
    await desk.screenshot('side-editor-proof-panel-1600');
    await page.getByTestId('side-editor-close').click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => harness.store.stories.get(zhu.id).body.some((b) => b.type === 'photo' && b.caption === '朱光丽在病房里照看病人。')).toBe(true);

    // Overridden on the page: marked, printed, and kept when the story changes again.
    await desk.select('portrait');
    await page.getByTestId('photo-caption').fill('版面改写的图说。');
    await expect.poll(() => page.getByTestId('photo-caption-source').getAttribute('data-state')).toBe('override');
    await expect.poll(() => captionOnPage('portrait')).toBe('版面改写的图说。');
    await desk.waitSaved();
    const saved = harness.store.pages.list()[0]!;
    const portrait = (harness.store.pages.get(saved.id).document as { frames: Array<{ id: string; captionOverride?: boolean }> }).frames.find((f) => f.id === 'portrait');
    expect(portrait?.captionOverride).toBe(true);

    await page.getByTestId('photo-caption-reset').click();
    await expect.poll(() => page.getByTestId('photo-caption-source').getAttribute('data-state')).toBe('story');
    await expect.poll(() => captionOnPage('portrait')).toBe('朱光丽在病房里照看病人。');
    await desk.waitSaved();
  });

  it('places a story on a new page (版次 cleared and retyped): 已上版 on that page; taken off, it goes back', async () => {
    const story = harness.store.stories.create({ headline: '骑手驿站开进社区', status: 'approved', body: [{ type: 'paragraph', children: [{ text: '社区新建的骑手驿站今天开放。'.repeat(12) }] }] });
    await harness.notify('stories.changed', { ids: [story.id] });

    await toPages();
    await page.getByTestId('new-page').click();
    const number = page.getByTestId('new-number');
    await number.click();
    await number.press('End');
    for (let i = 0; i < 4; i++) await number.press('Backspace');
    await expect.poll(() => number.inputValue()).toBe('');
    await number.pressSequentially('5');
    expect(await number.inputValue()).toBe('5');
    await page.getByTestId('new-edition').fill('2024-03-01');
    await page.getByTestId('new-page-create').click();
    await desk.workspace.waitFor();
    await desk.waitComposed();

    await page.getByTestId('side-tab-stories').click();
    const card = page.locator('[data-testid=story-card]', { hasText: '骑手驿站开进社区' });
    const frameId = await desk.dragOnto(card, 0, 0);
    await desk.waitComposed();
    await desk.waitSaved();
    await expect.poll(() => harness.store.stories.get(story.id).status).toBe('placed');

    // No internal id anywhere in the desk's words: the new frame is story-1, its inspector open, preflight shown.
    expect(frameId).toMatch(/^story-\d+$/);
    for (const tab of ['right-tab-inspector', 'right-tab-preflight']) {
      await page.getByTestId(tab).click();
      const words = await page.evaluate(() => document.body.innerText);
      expect(words).not.toMatch(/\b(story|photo|banner|rule|text|group)-\d+\b/);
      expect(words).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
    }
    await page.getByTestId('right-tab-inspector').click();
    const titles = await page.locator('[title], [aria-label]').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('title') ?? ''} ${n.getAttribute('aria-label') ?? ''}`).join('\n'));
    expect(titles).not.toMatch(/\b(story|photo)-\d+\b/);

    await toLibrary();
    await expect.poll(() => rowOf('骑手驿站开进社区').locator('.col-status').innerText()).toMatch(/已上版\s*第5版/);

    await toPages();
    const fifth = harness.store.pages.list().find((p) => p.pageNumber === 5)!;
    await page.locator(`[data-testid=page-row][data-page-id="${fifth.id}"]`).getByTestId('page-open').click();
    await desk.workspace.waitFor();
    await desk.waitComposed();
    await desk.select(frameId);
    await page.keyboard.press('Delete');
    await desk.waitComposed();
    await desk.waitSaved();
    await expect.poll(() => harness.store.stories.get(story.id).status).toBe('approved');
    expect(harness.store.statusHistory.list(story.id).map((c) => `${c.from}→${c.to}`)).toEqual(['approved→placed', 'placed→approved']);
    await toLibrary();
    await expect.poll(() => rowOf('骑手驿站开进社区').locator('.col-status').innerText()).toBe('已签发');
  });
});
