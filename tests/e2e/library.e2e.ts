import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/app/content-security-policy';
import { readReporterFile } from '../../main/import/read-reporter-file';
import type { BanmianBridge } from '../../shared/ipc/client';
import { startHarness, type AppWindow, type Harness } from './harness/harness';
import { LibraryPage } from './harness/library-page';
import { seedPagePath } from './harness/paths';

// The story library in Chromium on the real handlers and store: import the sample page,
// list, search and filter it, and see bad input refused with a clear message.

const QINYANG = '沁阳市：凝聚合力构建新兴领域党建新格局';
const ZHU = '朱光丽：用爱缔造生命奇迹';
const SCHOOL = '市道清中学校史馆：讲好红色校史 传承红色基因';

/** The same arbitrary bytes on every run (a linear congruential sequence). */
function noise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('story library', () => {
  let harness: Harness;
  let app: AppWindow;
  let library: LibraryPage;

  beforeAll(async () => {
    harness = await startHarness();
    app = await harness.openApp({ locale: 'zh-CN' });
    library = new LibraryPage(app.page);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('starts empty and says how to bring copy in', async () => {
    await expect(app.page.locator('.placeholder.empty').innerText()).resolves.toContain('导入稿件');
    await expect(app.page.locator('.brand-sub').innerText()).resolves.toBe('稿件库');
  });

  it('imports the sample page through the import button and lists its five stories', async () => {
    await library.importThroughInput([{ name: 'seed-page.txt', path: seedPagePath }]);
    const outcome = await library.importOutcome();
    expect(outcome.kind).toBe('success');
    expect(outcome.text).toContain('已从 1 个文件导入 5 篇稿件');

    await library.waitForRowCount(5);
    const headlines = await library.headlines();
    expect(headlines).toHaveLength(5);
    expect(headlines).toEqual(expect.arrayContaining([QINYANG, ZHU, SCHOOL]));

    // Stories printed without a headline (the 山阳区 story under 党员先锋故事) carry a provisional one, flagged.
    const flagged = harness.store.stories.list().filter((story) => story.flags.includes('provisional-headline'));
    expect(flagged.length).toBeGreaterThan(0);
    const provisional = library.rows.filter({ has: app.page.locator('[data-flag=provisional-headline]') });
    await expect(provisional.count()).resolves.toBe(flagged.length);
    await expect(provisional.first().locator('[data-flag=provisional-headline]').innerText()).resolves.toBe('临时标题');
    await expect(provisional.filter({ hasText: '宁江东' }).count()).resolves.toBe(1);
    expect(outcome.text).toContain(`${flagged.length} 篇使用临时标题`);

    // Bylines, section and length come from the store as imported.
    const qinyang = library.rows.filter({ hasText: QINYANG });
    await expect(qinyang.locator('.col-bylines').innerText()).resolves.toContain('本报记者 杜挺勇');
    await expect(qinyang.locator('.col-bylines').innerText()).resolves.toContain('本报通讯员 薛慧科');
    const zhu = library.rows.filter({ hasText: ZHU });
    await expect(zhu.locator('td.col-section').innerText()).resolves.toBe('视觉新闻');
    await expect(zhu.locator('.col-length').innerText()).resolves.toMatch(/^[\d,]+ 字$/);
    await expect(app.page.locator('.statusbar').innerText()).resolves.toContain('共 5 篇');

    expect(harness.store.stories.list()).toHaveLength(5);
    await library.screenshot('library-imported');
  });

  it.each([
    ['骑手', QINYANG],
    ['党建', QINYANG],
    ['朱光丽', ZHU],
    ['校史馆', SCHOOL],
  ])('search %s finds the right story first with the word highlighted', async (query, expected) => {
    const hits = await library.search(query);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.headline).toBe(expected);
    expect(hits[0]!.marks.length).toBeGreaterThan(0);
    expect(hits[0]!.marks.every((mark) => mark === query)).toBe(true);
    expect(hits[0]!.snippet).toContain(query);
    if (query === '骑手') await library.screenshot('search-riders');
  });

  it('shows the table again when the search is cleared', async () => {
    await library.clearSearch();
    await expect(library.rows.count()).resolves.toBe(5);
  });

  it('shows the selected story as imported: heads, bylines, subheads and photo captions', async () => {
    const preview = app.page.getByTestId('story-preview');
    await library.rows.filter({ hasText: QINYANG }).click();
    await preview.locator('.preview-headline', { hasText: QINYANG }).waitFor();
    await expect(preview.locator('.preview-bylines').innerText()).resolves.toBe('本报记者 杜挺勇 / 本报通讯员 薛慧科');
    const subheads = await preview.locator('.preview-subhead').allInnerTexts();
    expect(subheads.some((text) => text.includes('压实责任主体'))).toBe(true);
    // The column break inside 开展专项 / 培训行动 is rejoined into one paragraph.
    await expect(preview.locator('.preview-body p', { hasText: '开展专项培训行动' }).count()).resolves.toBe(1);
    await library.screenshot('story-preview');

    // A search hit opens the same way.
    await library.search('朱光丽');
    await app.page.locator('.hit').first().locator('button').click();
    await preview.locator('.preview-headline', { hasText: ZHU }).waitFor();
    await expect(preview.locator('figure figcaption').first().innerText()).resolves.toContain('朱光丽上网查找资料');
    await preview.getByRole('button', { name: '关闭' }).click();
    await preview.waitFor({ state: 'detached' });
    await library.clearSearch();
  });

  it('refuses an invalid payload at the IPC boundary with a message naming the field', async () => {
    // What a compromised or buggy renderer could send: the type says {id}, the payload has none.
    const outcome = await app.page.evaluate(() => {
      const { banmian } = window as unknown as { banmian: BanmianBridge };
      return banmian.invoke['stories.get']({} as { id: string });
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('invalid-input');
    expect(outcome.error.message).toMatch(/\bid\b/);
    expect(outcome.error.issues?.some((issue) => issue.startsWith('id:'))).toBe(true);
  });

  it('reports an empty file clearly and imports nothing', async () => {
    await library.importThroughInput([{ name: '空稿.txt', buffer: Buffer.alloc(0) }]);
    const outcome = await library.importOutcome();
    expect(outcome.kind).toBe('error');
    expect(outcome.text).toContain('导入失败，未导入任何内容');
    expect(outcome.text).toContain('空稿.txt');
    await expect(app.page.getByRole('alert').count()).resolves.toBeGreaterThan(0);
    expect(harness.store.stories.list()).toHaveLength(5);
    await expect(library.rows.count()).resolves.toBe(5);
    await library.screenshot('import-error-empty');
    await library.dismissImportStatus();
  });

  it('refuses a batch holding random bytes whole, even beside good copy', async () => {
    const good = Buffer.from('新闻标题\n\n本报记者 张三\n\n这是一段完整的正文，用来确认整批导入不会只写进一半。', 'utf8');
    // good.txt alone is importable copy, so only the batch rule can keep it out.
    await expect(readReporterFile('good.txt', good)).resolves.toHaveLength(1);
    await library.importThroughInput([
      { name: 'good.txt', buffer: good },
      { name: 'noise.txt', buffer: noise(4096) },
    ]);
    const outcome = await library.importOutcome();
    expect(outcome.kind).toBe('error');
    expect(outcome.text).toContain('noise.txt');
    expect(harness.store.stories.list()).toHaveLength(5);
    await expect(library.rows.count()).resolves.toBe(5);
    await library.screenshot('import-error-batch');
    await library.dismissImportStatus();
  });

  it('refuses files that are not reporter copy before sending them', async () => {
    await library.dropFiles([{ name: 'photo.jpg', text: 'not copy' }]);
    const outcome = await library.importOutcome();
    expect(outcome.kind).toBe('error');
    expect(outcome.text).toContain('photo.jpg');
    expect(harness.store.stories.list()).toHaveLength(5);
    await library.dismissImportStatus();
  });

  it('filters by status, section and date', async () => {
    // Another window (here: the handlers directly) moves a story on; the list refreshes by itself.
    const zhu = harness.store.stories.list().find((story) => story.headline === ZHU)!;
    await harness.handlers['stories.save']({ id: zhu.id, version: zhu.version, fields: { status: 'editing' } });
    await app.page.locator('.chip-editing .chip-count', { hasText: '1' }).waitFor();

    await app.page.locator('.chip-editing').click();
    await library.waitForRowCount(1);
    await expect(library.headlines()).resolves.toEqual([ZHU]);
    await expect(app.page.locator('.statusbar').innerText()).resolves.toContain('1 / 5 篇');
    await library.screenshot('filter-status');

    await app.page.locator('.status-filter .chip').first().click();
    await library.waitForRowCount(5);

    const sections = harness.store.stories.list().map((story) => story.section).filter(Boolean);
    const school = harness.store.stories.list().find((story) => story.headline === SCHOOL)!;
    expect(school.section).not.toBe('');
    await app.page.locator('.filter-bar select').selectOption(school.section);
    const inSection = sections.filter((section) => section === school.section).length;
    await library.waitForRowCount(inSection);
    await expect(library.headlines()).resolves.toContain(SCHOOL);

    // Search results obey the filters too, and say how many they hide.
    const hits = await library.search('党建');
    expect(hits.map((hit) => hit.headline)).not.toContain(QINYANG);
    await expect(app.page.locator('.results-hidden').innerText()).resolves.toMatch(/另有 \d+ 条被筛选条件隐藏/);
    await library.clearSearch();

    await app.page.getByRole('button', { name: '清除筛选' }).click();
    await library.waitForRowCount(5);

    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    const day = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
    await app.page.locator('.filter-bar input[type=date]').fill(day);
    await app.page.locator('.placeholder.empty', { hasText: '没有符合筛选条件的稿件' }).waitFor();
    await app.page.getByRole('button', { name: '清除筛选' }).click();
    await library.waitForRowCount(5);
  });

  it('imports copy dropped onto the window', async () => {
    const copy = '本报讯 夜班编辑部测试稿\n\n本报记者 李四\n\n这是一篇拖进窗口的稿件，检验拖放导入。';
    await library.dropFiles([{ name: 'dropped.txt', text: copy }], async () => {
      await app.page.locator('.drop-overlay').waitFor({ state: 'visible' });
      await library.screenshot('drop-overlay');
    });
    await app.page.locator('.drop-overlay').waitFor({ state: 'detached' });
    const outcome = await library.importOutcome();
    expect(outcome.kind).toBe('success');
    await library.waitForRowCount(6);
    expect(harness.store.stories.list()).toHaveLength(6);
    await library.dismissImportStatus();
  });

  it('opens the file picker from the menu action', async () => {
    const chooser = app.page.waitForEvent('filechooser');
    await harness.notify('menu.action', { action: 'import' });
    const picker = await chooser;
    expect(picker.isMultiple()).toBe(true);
  });

  it('focuses the search box from the Find menu action', async () => {
    await harness.notify('menu.action', { action: 'find' });
    await expect(app.page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('search');
  });

  it('speaks English to an English system, in a second window on the same store', async () => {
    const second = await harness.openApp({ locale: 'en-US' });
    const english = new LibraryPage(second.page);
    await expect(second.page.locator('.brand-sub').innerText()).resolves.toBe('Story library');
    await english.waitForRowCount(6);
    await expect(second.page.locator('.statusbar').innerText()).resolves.toContain('6 stories');
    await expect(second.page.locator('[data-flag=provisional-headline]').first().innerText()).resolves.toBe('Provisional headline');

    // An import in one window shows up in the other.
    await library.dropFiles([{ name: 'second.txt', text: '第二个窗口测试稿\n\n本报记者 王五\n\n两个窗口看到同一个稿库。' }]);
    await library.importOutcome();
    await english.waitForRowCount(7);
    await english.screenshot('library-english');
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  it('ran without console errors or CSP violations', () => {
    expect(app.problems).toEqual([]);
  });

  // Last: it provokes a CSP violation on purpose.
  it('runs under the app CSP: an injected inline script is refused', async () => {
    const result = await app.page.evaluate(
      () =>
        new Promise<{ ran: boolean; violated: string }>((resolve) => {
          const flag = window as unknown as { __inlineRan?: boolean };
          document.addEventListener('securitypolicyviolation', (event) => resolve({ ran: Boolean(flag.__inlineRan), violated: event.effectiveDirective }), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true;';
          document.body.append(script);
          script.remove();
        }),
    );
    expect(result).toEqual({ ran: false, violated: 'script-src-elem' });
    const served = await fetch(harness.url);
    expect(served.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
