import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleResources } from '../../main/sample/sample-resources';
import { BROADSHEET } from '../../shared/compose/templates';
import { startHarness, type AppWindow, type Harness } from './harness/harness';
import { LibraryPage } from './harness/library-page';
import { PageDesk } from './harness/page-desk';

// A page that cannot go wrong silently (issue 12, items 1–3), in Chromium on the real handlers:
// a story frame nudged onto the next story's headline shows a hatched collision on the canvas
// and an error in preflight that selects both frames, and export asks before writing it; every
// sample story dropped on an empty page gets a frame that fits it (no overset, at most a line short).

describe('page collisions and sizes on drop', () => {
  let harness: Harness;
  let app: AppWindow;
  let desk: PageDesk;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    app = await harness.openApp({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    page = app.page;
    desk = new PageDesk(app.page, BROADSHEET);
    const library = new LibraryPage(app.page);
    await library.importThroughInput([{ name: 'seed-page.txt', path: sampleResources().text }]);
    expect((await library.importOutcome()).kind).not.toBe('error');
  });

  afterAll(async () => {
    await harness?.close();
  });

  const summary = () => page.getByTestId('status-preflight').innerText();

  it('shows a story frame moved three lines down onto the next story’s headline as a collision, and export asks', async () => {
    await page.getByTestId('nav-pages').click();
    await page.getByTestId('page-list').waitFor();
    await page.getByTestId('open-sample').click();
    await desk.workspace.waitFor();
    await desk.waitComposed();
    await expect.poll(summary).toBe('预检：0 个错误，3 个警告');
    expect(await page.getByTestId('collision').count()).toBe(0);

    // The 朱光丽 profile, three lines down: its last lines run into the 山阳区 headline.
    await desk.select('profile');
    const before = await page.getByTestId('area-line').inputValue();
    const profileY = await page.locator('[data-frame-id=profile] .frame-hit').getAttribute('y');
    await page.getByTestId('page-canvas').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByTestId('area-line').inputValue()).toBe(String(Number(before) + 3));
    await desk.waitComposed();

    const hatched = page.locator('[data-testid=collision][data-frames~=profile][data-frames~=shanyang]');
    await expect.poll(() => hatched.count()).toBeGreaterThan(0);
    expect(await hatched.first().getAttribute('class')).toBe('collision');
    await expect.poll(summary).toMatch(/^预检：[1-9]\d* 个错误/u);
    await desk.screenshot('page-collision');

    // In preflight, named in words (headlines, not ids); a click selects both frames.
    await page.getByTestId('right-tab-preflight').click();
    const item = page.locator('[data-testid=preflight-item][data-code=collision]').first();
    const words = await item.innerText();
    expect(words).toContain('内容重叠');
    expect(words).toContain('山阳区');
    expect(words).toContain('朱光丽');
    await page.keyboard.press('Escape');
    await item.click();
    await expect
      .poll(() => page.locator('[data-testid=frame-overlay] .frame.selected').evaluateAll((els) => els.map((e) => e.getAttribute('data-frame-id')).sort()))
      .toEqual(['profile', 'shanyang']);
    await page.getByTestId('right-tab-inspector').click();

    // Export asks: the collision is listed, and writing is "export anyway".
    await page.getByTestId('export-pdf').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.locator('.preflight-item.error', { hasText: '内容重叠' }).first().waitFor();
    expect(await dialog.getByTestId('export-confirm').innerText()).toBe('仍然导出');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Undone, back where it was: no collision, the sample's preflight again.
    await page.getByTestId('undo').click(); // the three nudges are one step
    await expect.poll(() => page.locator('[data-frame-id=profile] .frame-hit').getAttribute('y')).toBe(profileY);
    await desk.waitComposed();
    await expect.poll(() => page.getByTestId('collision').count()).toBe(0);
    await expect.poll(summary).toBe('预检：0 个错误，3 个警告');
    await desk.waitSaved();
  });

  it('gives each sample story dropped on an empty page a frame that fits it', async () => {
    await page.getByTestId('workspace-back').click();
    await desk.newBroadsheet({ edition: '2024-02-21', number: 1, name: '试版', section: '测试' });
    await page.getByTestId('side-tab-stories').click();
    // The five sample stories (the library may hold the sample page's copies of them too).
    for (const name of ['沁阳市', '大位村', '朱光丽', '山阳区', '校史馆']) {
      const card = page.locator('[data-testid=story-card]', { hasText: name }).first();
      const id = await desk.dragOnto(card, 1, 2);
      // Sized by the main process to the story (pages.fitStoryFrame): nothing over, at most a line short.
      const badge = page.locator(`[data-frame-id="${id}"] [data-testid=copyfit]`);
      const fit = async () => {
        await desk.waitComposed();
        const tone = await badge.getAttribute('data-tone');
        const lines = Number(await badge.getAttribute('data-lines'));
        return `${name}: ${tone === 'fits' || (tone === 'under' && lines <= 1) ? 'fits' : `${tone} by ${lines} lines`}`;
      };
      await expect.poll(fit, { timeout: 20_000 }).toBe(`${name}: fits`);
      await page.getByTestId('page-canvas').focus();
      await page.keyboard.press('Delete');
      await expect.poll(() => page.locator(`[data-frame-id="${id}"]`).count()).toBe(0);
    }
    expect(app.problems).toEqual([]);
  });
});
