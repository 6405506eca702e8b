import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROADSHEET } from '../../shared/compose/templates';
import { paragraph } from '../unit/store/sample-stories';
import { startNewsroomServer, type TestServer } from '../unit/newsroom/newsroom-server';
import { until } from '../unit/newsroom/test-desks';
import { EditorPage } from './harness/editor-page';
import { PageDesk } from './harness/page-desk';
import { startHarness, type AppWindow, type Harness } from './harness/harness';

// Two desks (two harnesses: two stores, two replicas, two Chromium windows) and one
// pouchdb-server: both join through Settings → 编辑部, an edit on one shows in the other's
// library, and an engine conflict is decided in the story window.

describe('newsroom: two desks in Chromium', () => {
  let server: TestServer;
  let url: string;
  let deskA: Harness;
  let deskB: Harness;
  let windowA: AppWindow;
  let windowB: AppWindow;

  beforeAll(async () => {
    ({ server, url } = await startNewsroomServer({
      database: 'e2e',
      users: [
        { name: 'anna', password: 'pw-anna', roles: ['reporter'] },
        { name: 'bo', password: 'pw-bo', roles: ['editor'] },
      ],
    }));
    deskA = await startHarness();
    deskB = await startHarness();
    windowA = await deskA.openApp({ locale: 'zh-CN' });
    windowB = await deskB.openApp({ locale: 'zh-CN' });
  });

  afterAll(async () => {
    await deskA?.close();
    await deskB?.close();
    await server?.stop();
  });

  const join = async (window: AppWindow, user: string, password: string) => {
    const { page } = window;
    await page.getByTestId('newsroom-light').click();
    await page.getByTestId('newsroom-url').fill(url);
    await page.getByTestId('newsroom-user').fill(user);
    await page.getByTestId('newsroom-password').fill(password);
    await page.getByTestId('newsroom-join').click();
    await page.getByTestId('newsroom-status').getByRole('heading', { name: '在线' }).waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('newsroom-password').inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: '返回稿件库' }).click();
  };

  it('each desk joins through Settings → 编辑部 and its light turns online', async () => {
    await join(windowA, 'anna', 'pw-anna');
    await join(windowB, 'bo', 'pw-bo');
    for (const window of [windowA, windowB]) {
      await window.page.locator('[data-testid="newsroom-light"][data-state="online"]').waitFor({ timeout: 30_000 });
    }
  });

  it('a story saved on desk A shows in desk B’s library', async () => {
    const story = deskA.store.stories.create({ headline: '夜班编辑部的一天', body: [paragraph('凌晨一点，版面还在改。')] });
    await windowB.page.getByText('夜班编辑部的一天').first().waitFor({ timeout: 30_000 });
    deskA.store.stories.save(story.id, 1, { headline: '夜班编辑部的一天（修订）' });
    await windowB.page.getByText('夜班编辑部的一天（修订）').first().waitFor({ timeout: 30_000 });
    expect(windowA.problems).toEqual([]);
    expect(windowB.problems).toEqual([]);
  });

  it('a story open on both desks: B sees A’s check-out read-only, and A’s saved edit as a banner it loads', async () => {
    const story = deskA.store.stories.create({ headline: '签出与新版本', body: [paragraph('第一段原文。')] });
    await windowB.page.getByText('签出与新版本').first().waitFor({ timeout: 30_000 });
    const open = (desk: AppWindow) => desk.page.evaluate((id) => (location.hash = `#/story/${id}`), story.id);
    const editorA = new EditorPage(windowA.page);
    const editorB = new EditorPage(windowB.page);
    await open(windowA);
    await editorA.waitOpen(story.id);
    await windowA.page.locator('[data-testid=story-editor][data-checked-out=mine]').waitFor({ timeout: 15_000 });
    await open(windowB);
    await editorB.waitOpen(story.id);
    const held = windowB.page.getByTestId('checked-out-banner');
    await held.waitFor({ timeout: 15_000 });
    await expect(held.innerText()).resolves.toMatch(/由 anna 签出，自 \d\d:\d\d/);
    await expect(editorB.root.getAttribute('data-suggesting')).resolves.toBe('true');
    await expect(held.getByTestId('break-check-out').count()).resolves.toBe(0); // bo is no 总编室
    await editorB.screenshot('newsroom-checked-out');

    // A types; its save reaches B, where it is offered, not put under the caret.
    await editorA.selectEnd(0);
    await windowA.page.keyboard.type(' Added on A.');
    await editorA.waitSaved(2);
    const newer = windowB.page.getByTestId('newer-version-banner');
    // Who made it comes from B's replica a moment after the banner shows.
    await newer.filter({ hasText: /anna 于 \d\d:\d\d 修改了此稿/ }).waitFor({ timeout: 30_000 });
    await expect(editorB.texts()).resolves.toEqual(['第一段原文。']);
    await editorB.screenshot('newsroom-newer-version');
    await newer.getByTestId('load-newer').click();
    await windowB.page.locator('[data-testid=body-editor]', { hasText: 'Added on A.' }).waitFor();
    await expect(newer.count()).resolves.toBe(0);
    await expect(editorB.saveState()).resolves.toBe('saved');
    expect(windowA.problems).toEqual([]);
    expect(windowB.problems).toEqual([]);
    for (const desk of [windowA, windowB]) await desk.page.evaluate(() => (location.hash = '#/'));
  });

  it('a page open on desk A opens read-only on desk B: nothing on it moves there', async () => {
    const deskPageA = new PageDesk(windowA.page, BROADSHEET);
    await windowA.page.evaluate(() => (location.hash = '#/pages'));
    await deskPageA.newBroadsheet({ edition: '2026-12-03', number: 4, name: '签出版面', section: '要闻' });
    await windowA.page.locator('[data-testid=page-workspace][data-checked-out=mine]').waitFor({ timeout: 15_000 });
    const pageId = (await deskPageA.workspace.getAttribute('data-page-id'))!;
    await until(() => deskB.store.pages.list({ deleted: false }).some((page) => page.id === pageId), 'the page on B');

    const deskPageB = new PageDesk(windowB.page, BROADSHEET);
    await windowB.page.evaluate((id) => (location.hash = `#/page/${id}`), pageId);
    await deskPageB.workspace.waitFor();
    await deskPageB.waitComposed();
    await windowB.page.locator('[data-testid=page-workspace][data-read-only=true]').waitFor({ timeout: 15_000 });
    await expect(windowB.page.getByTestId('checked-out-banner').innerText()).resolves.toMatch(/由 anna 签出，自 \d\d:\d\d/);
    // Dragging a rule onto the page places nothing here, and nothing is saved.
    const revision = await deskPageB.workspace.getAttribute('data-revision');
    await windowB.page.getByTestId('side-tab-elements').click();
    const from = (await windowB.page.getByTestId('element-rule-horizontal').boundingBox())!;
    const to = await deskPageB.cellPoint(2, 10);
    await windowB.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await windowB.page.mouse.down();
    await windowB.page.mouse.move(to.x, to.y, { steps: 6 });
    await windowB.page.mouse.up();
    await expect(deskPageB.workspace.getAttribute('data-revision')).resolves.toBe(revision);
    expect(deskB.store.pages.get(pageId).document.frames).toHaveLength(0);
    await deskPageB.screenshot('newsroom-page-read-only');
    expect(windowB.problems).toEqual([]);
    for (const desk of [windowA, windowB]) await desk.page.evaluate(() => (location.hash = '#/'));
  });

  it('a story assigned on desk A from the story desk shows in 我的任务 on desk B, live', async () => {
    const story = deskA.store.stories.create({ headline: '交给柏的稿子', body: [paragraph('请编辑。')] });
    await windowB.page.getByText('交给柏的稿子').first().waitFor({ timeout: 30_000 });
    await windowB.page.getByTestId('nav-tasks').click();
    await windowB.page.getByTestId('tasks-view').waitFor();

    await windowA.page.evaluate((id) => (window.location.hash = `#/story/${id}`), story.id);
    const box = windowA.page.getByTestId('assign-box');
    await box.waitFor({ timeout: 30_000 });
    await box.getByTestId('assign-person').fill('bo');
    await box.getByTestId('assign-submit').click();
    await box.getByText('现由 bo 负责（anna 指派）').waitFor({ timeout: 30_000 });

    const row = windowB.page.getByTestId('task-row').filter({ hasText: '交给柏的稿子' });
    await row.waitFor({ timeout: 30_000 });
    await expect(row.innerText()).resolves.toContain('anna 指派');
    await expect(windowB.page.getByTestId('tasks-view').innerText()).resolves.toContain('指派给 bo 的稿件和版面');
    if (process.env.BANMIAN_E2E_SHOTS) {
      await windowA.page.screenshot({ path: `${process.env.BANMIAN_E2E_SHOTS}/assign-on-a.png` });
      await windowB.page.screenshot({ path: `${process.env.BANMIAN_E2E_SHOTS}/tasks-on-b.png` });
    }
    // Opening the task opens the story.
    await row.getByRole('button', { name: '交给柏的稿子' }).click();
    await windowB.page.waitForFunction((id) => window.location.hash === `#/story/${id}`, story.id);
    await windowB.page.evaluate(() => (window.location.hash = '#/'));
    await windowA.page.evaluate(() => (window.location.hash = '#/'));
    expect(windowA.problems).toEqual([]);
    expect(windowB.problems).toEqual([]);
  });

  it('an engine conflict shows both versions over the story and is settled by the user’s choice on both desks', async () => {
    const story = deskA.store.stories.create({ headline: '冲突稿', body: [paragraph('原文。')] });
    await windowB.page.getByText('冲突稿').first().waitFor({ timeout: 30_000 });
    await deskA.handlers['newsroom.leave']({});
    await deskB.handlers['newsroom.leave']({});
    deskA.store.stories.save(story.id, deskA.store.stories.get(story.id).version, { body: [paragraph('原文。甲方补充。')] });
    deskB.store.stories.save(story.id, deskB.store.stories.get(story.id).version, { body: [paragraph('原文。乙方补充。')] });
    await deskA.handlers['newsroom.join']({ url, user: 'anna', password: 'pw-anna' });
    await deskB.handlers['newsroom.join']({ url, user: 'bo', password: 'pw-bo' });

    await windowB.page.evaluate((id) => (window.location.hash = `#/story/${id}`), story.id);
    const panel = windowB.page.getByTestId('newsroom-conflict');
    await panel.waitFor({ timeout: 30_000 });
    await expect(panel.getByTestId('newsroom-side').count()).resolves.toBe(2);
    await expect(panel.innerText()).resolves.toContain('甲方补充');
    await expect(panel.innerText()).resolves.toContain('乙方补充');
    // Keep desk A's version (the side not shown on B).
    await panel.locator('[data-testid="newsroom-side"]:not(.shown)').getByTestId('newsroom-keep').click();
    await panel.waitFor({ state: 'detached', timeout: 30_000 });
    const settled = async (desk: Harness) => JSON.stringify(desk.store.stories.get(story.id).body).includes('甲方补充') && desk.store.newsroom.outbox.conflicts().length === 0;
    for (let tries = 0; !((await settled(deskA)) && (await settled(deskB))); tries += 1) {
      if (tries > 300) throw new Error('the choice did not reach both desks');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(windowB.problems).toEqual([]);
  });

  it('an edit B made offline without the check-out is flagged on A (library row, open story) until A, holding the check-out, marks it 已核对', async () => {
    for (const desk of [windowA, windowB]) await desk.page.evaluate(() => (window.location.hash = '#/'));
    const story = deskA.store.stories.create({ headline: '离线编辑稿', body: [paragraph('原文。')] });
    await windowB.page.getByText('离线编辑稿').first().waitFor({ timeout: 30_000 });
    await deskB.handlers['newsroom.leave']({});
    deskB.store.stories.save(story.id, deskB.store.stories.get(story.id).version, { body: [paragraph('原文。乙方离线补充。')] });
    await deskB.handlers['newsroom.join']({ url, user: 'bo', password: 'pw-bo' });

    await windowA.page.evaluate(() => (window.location.hash = '#/'));
    const badgeA = windowA.page.locator(`tr[data-story-id="${story.id}"] [data-testid="unchecked-badge"]`);
    await badgeA.waitFor({ timeout: 30_000 });
    await expect(badgeA.getAttribute('title')).resolves.toContain('bo');

    await windowA.page.evaluate((id) => (location.hash = `#/story/${id}`), story.id);
    const editorA = new EditorPage(windowA.page);
    await editorA.waitOpen(story.id);
    const banner = windowA.page.getByTestId('unchecked-banner');
    await banner.waitFor({ timeout: 15_000 });
    await expect(banner.innerText()).resolves.toContain('无签出编辑');
    await windowA.page.locator('[data-testid=story-editor][data-checked-out=mine]').waitFor({ timeout: 15_000 });
    await editorA.screenshot('newsroom-unchecked-edit');
    await banner.getByTestId('review-unchecked').click();
    await banner.waitFor({ state: 'detached', timeout: 15_000 });

    // Desk B's own library loses the mark once the review arrives.
    await windowB.page.evaluate(() => (window.location.hash = '#/'));
    await windowB.page.locator(`tr[data-story-id="${story.id}"]`).waitFor({ timeout: 15_000 });
    await windowB.page.locator(`tr[data-story-id="${story.id}"] [data-testid="unchecked-badge"]`).waitFor({ state: 'detached', timeout: 30_000 });
    await windowA.page.evaluate(() => (window.location.hash = '#/'));
    expect(windowA.problems).toEqual([]);
    expect(windowB.problems).toEqual([]);
  });
});
