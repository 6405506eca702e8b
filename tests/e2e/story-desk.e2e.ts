import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, Story } from '../../shared/model/story';
import { measureStory } from '../../renderer/src/editor/metrics/story-metrics';
import { EditorPage, type BlockView } from './harness/editor-page';
import { startHarness, type AppWindow, type Harness } from './harness/harness';
import { Ime } from './harness/ime';
import { LibraryPage } from './harness/library-page';
import { seedPagePath } from './harness/paths';

// The story desk end to end, in Chromium on the real handlers and SQLite store: import,
// search, the Slate editor with Chinese typed through the IME (CDP, not synthetic events),
// autosave and reload, paste, punctuation flags, length, revisions, two windows in
// conflict, and the library's create / delete / undo / trash.

const QINYANG = '沁阳市：凝聚合力构建新兴领域党建新格局';

/** A stored body in the shape EditorPage reads from the DOM. */
function viewOf(body: readonly Block[]): BlockView[] {
  return body.map((block) =>
    block.type === 'photo'
      ? { type: 'photo', text: '', bold: [] }
      : { type: block.type, text: block.children.map((leaf) => leaf.text).join(''), bold: block.children.filter((leaf) => leaf.bold).map((leaf) => leaf.text) },
  );
}

function textsOf(story: Story): string[] {
  return viewOf(story.body).map((block) => block.text);
}

describe('story desk', () => {
  let harness: Harness;
  let app: AppWindow;
  let library: LibraryPage;
  let editor: EditorPage;
  let ime: Ime;
  let storyId = '';

  beforeAll(async () => {
    harness = await startHarness();
    app = await harness.openApp({ locale: 'zh-CN' });
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.url });
    library = new LibraryPage(app.page);
    editor = new EditorPage(app.page);
    ime = await Ime.attach(app.page);
  });

  afterAll(async () => {
    await harness?.close();
  });

  const stored = () => harness.store.stories.get(storyId);

  it('imports the sample page, finds 骑手 by search and opens the story in the editor', async () => {
    await library.importThroughInput([{ name: 'seed-page.txt', path: seedPagePath }]);
    expect((await library.importOutcome()).kind).toBe('success');
    await library.dismissImportStatus();

    const hits = await library.search('骑手');
    expect(hits[0]!.headline).toBe(QINYANG);
    await app.page.locator('.hit').first().locator('button').click();
    const preview = app.page.getByTestId('story-preview');
    await preview.locator('.preview-headline', { hasText: QINYANG }).waitFor();
    await preview.getByRole('button', { name: '编辑', exact: true }).click();

    await editor.waitOpen();
    storyId = await editor.storyId();
    expect(storyId).toBe(hits[0]!.id);
    await expect(app.page.getByTestId('field-headline').inputValue()).resolves.toBe(QINYANG);
    await expect(app.page.locator('.byline-names').first().inputValue()).resolves.toBe('杜挺勇');
    const blocks = await editor.blocks();
    expect(blocks.map((block) => block.text)).toEqual(textsOf(stored()));
    expect(blocks.some((block) => block.type === 'subhead' && block.text.includes('\n'))).toBe(true);
    expect(blocks.some((block) => block.bold.some((run) => run.startsWith('机制保障聚力')))).toBe(true);
    await expect(editor.saveState()).resolves.toBe('saved');
    await editor.screenshot('editor-open');
  });

  it('types Chinese through the IME at the end of a paragraph, then Latin text after it', async () => {
    const before = (await editor.texts())[0]!;
    await editor.selectEnd(0);
    await ime.type('dangjian', '党建');
    await app.page.keyboard.type(' OK 2024');
    expect((await editor.texts())[0]).toBe(`${before}党建 OK 2024`);
  });

  it('types through the IME next to a bold lead-in without losing, doubling or moving a character', async () => {
    const blocks = await editor.blocks();
    const index = blocks.findIndex((block) => block.bold[0]?.startsWith('机制保障聚力'));
    const lead = blocks[index]!.bold[0]!;
    const before = blocks[index]!.text;

    // Right after the bold lead-in.
    await editor.select(index, lead.length);
    await ime.type('pipa', '琵琶');
    let after = (await editor.blocks())[index]!;
    expect(after.text).toBe(`${lead}琵琶${before.slice(lead.length)}`);
    expect(after.text.split('琵琶')).toHaveLength(2);
    // The committed word takes the marks typing there would have (Slate's rule at a mark edge), and only once.
    expect(after.bold[0]).toMatch(/^机制保障聚力。(琵琶)?$/);

    // At the very start, before the bold run.
    await editor.select(index, 0);
    await ime.type('qilin', '麒麟');
    after = (await editor.blocks())[index]!;
    expect(after.text).toBe(`麒麟${lead}琵琶${before.slice(lead.length)}`);

    // Inside the bold run.
    await editor.select(index, 4);
    await ime.type('yingwu', '鹦鹉');
    after = (await editor.blocks())[index]!;
    expect(after.text).toBe(`麒麟机制鹦鹉保障聚力。琵琶${before.slice(lead.length)}`);
    expect(after.bold[0]).toContain('机制鹦鹉保障聚力。');
  });

  it('types through the IME at the start of an empty paragraph', async () => {
    const index = 1;
    await editor.selectEnd(index);
    await app.page.keyboard.press('Enter');
    expect((await editor.texts())[index + 1]).toBe('');
    await ime.type('qishouzhijia', '骑手之家');
    const blocks = await editor.blocks();
    expect(blocks[index + 1]).toEqual({ type: 'paragraph', text: '骑手之家', bold: [] });
    expect(blocks[index + 2]!.text).toBe(textsOf(stored())[index + 1]);
  });

  it('replaces a selection with what the IME commits', async () => {
    const before = (await editor.texts())[0]!;
    await editor.select(0, 2, 5);
    await ime.type('ceshi', '测试');
    expect((await editor.texts())[0]).toBe(`${before.slice(0, 2)}测试${before.slice(5)}`);
  });

  it('makes a two-line subhead (Shift+Enter adds the second line), and Enter goes on with a paragraph', async () => {
    const index = 2; // the 骑手之家 paragraph
    await editor.selectEnd(index);
    await app.page.keyboard.press('Enter');
    await ime.type('fuwuzhendi', '服务阵地');
    await app.page.keyboard.press('Control+Alt+2');
    expect((await editor.blocks())[index + 1]).toEqual({ type: 'subhead', text: '服务阵地', bold: [] });

    await app.page.keyboard.press('Shift+Enter');
    await ime.type('xinxingtai', '新形态');
    // A subhead has two lines at most: a third Shift+Enter does nothing.
    await app.page.keyboard.press('Shift+Enter');
    expect((await editor.blocks())[index + 1]).toEqual({ type: 'subhead', text: '服务阵地\n新形态', bold: [] });

    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('Latin copy, typed.');
    const blocks = await editor.blocks();
    expect(blocks[index + 2]).toEqual({ type: 'paragraph', text: 'Latin copy, typed.', bold: [] });

    // The toolbar toggles the block kind too.
    await editor.tool('subhead');
    expect((await editor.blocks())[index + 2]!.type).toBe('subhead');
    await editor.tool('paragraph');
    expect((await editor.blocks())[index + 2]!.type).toBe('paragraph');
    await editor.screenshot('editor-subhead');
  });

  it('bolds a lead-in with Ctrl+B; undo and redo take it off and put it back', async () => {
    const index = 4; // "Latin copy, typed."
    await editor.select(index, 0, 'Latin copy,'.length);
    await app.page.keyboard.press('Control+B');
    expect((await editor.blocks())[index]!.bold).toEqual(['Latin copy,']);
    await expect(app.page.getByTestId('tool-bold').getAttribute('aria-pressed')).resolves.toBe('true');

    await app.page.keyboard.press('Control+Z');
    expect((await editor.blocks())[index]!.bold).toEqual([]);
    await app.page.keyboard.press('Control+Y');
    expect((await editor.blocks())[index]!.bold).toEqual(['Latin copy,']);

    await editor.tool('undo');
    expect((await editor.blocks())[index]!.bold).toEqual([]);
    await editor.tool('redo');
    expect((await editor.blocks())[index]!.bold).toEqual(['Latin copy,']);
  });

  it('autosaves with the version, and after a reload everything typed is there', async () => {
    await editor.waitSaved(2);
    const shown = await editor.blocks();
    const story = stored();
    expect(story.version).toBe(await editor.version());
    expect(viewOf(story.body)).toEqual(shown);
    expect(story.body[4]).toEqual({ type: 'paragraph', children: [{ text: 'Latin copy,', bold: true }, { text: ' typed.' }] });
    expect(story.body[3]).toEqual({ type: 'subhead', children: [{ text: '服务阵地\n新形态' }] });

    await app.page.reload();
    await editor.waitOpen(storyId);
    expect(await editor.blocks()).toEqual(shown);
    await expect(editor.saveState()).resolves.toBe('saved');
    await editor.screenshot('editor-after-reload');
  });

  it('pastes from Word or a web page keeping only paragraphs, subheads and bold', async () => {
    const index = 4;
    await editor.selectEnd(index);
    await app.page.keyboard.press('Enter');
    const html = [
      '<html><head><style>p.MsoNormal{font-family:宋体;color:red}</style><meta name=Generator content="Microsoft Word 15"></head><body>',
      '<!--StartFragment--><p class=MsoNormal style="text-indent:2em;color:#c00"><b><span lang=ZH-CN style="font-family:黑体">通讯员手记。</span></b>',
      '<span lang=ZH-CN>粘贴进来的<a href="https://example.com/">正文</a>，<i>斜体</i>被去掉，<span style="font-size:40px;background:yellow">样式</span>也是。<o:p></o:p></span></p>',
      '<h2 style="color:blue">网页里的小标题</h2>',
      '<p><img src="https://example.com/photo.jpg" alt="照片">第二段，图片不进正文。<script>window.__pasted = 1</script></p>',
      '<table><tr><td>表格单元</td></tr></table><!--EndFragment--></body></html>',
    ].join('');
    await editor.paste({ html, text: '通讯员手记。粘贴进来的正文' }, app.problems);
    await app.page.locator('.body-paragraph', { hasText: '第二段，图片不进正文。' }).waitFor();

    const blocks = (await editor.blocks()).slice(index + 1, index + 5);
    expect(blocks).toEqual([
      { type: 'paragraph', text: '通讯员手记。粘贴进来的正文，斜体被去掉，样式也是。', bold: ['通讯员手记。'] },
      { type: 'subhead', text: '网页里的小标题', bold: [] },
      { type: 'paragraph', text: '第二段，图片不进正文。', bold: [] },
      { type: 'paragraph', text: '表格单元', bold: [] },
    ]);
    // Nothing foreign reached the editor's DOM or the value.
    const foreign = await editor.body.evaluate((root) => ({
      styled: root.querySelectorAll('[style]:not([data-slate-editor]):not([data-slate-placeholder]):not([data-slate-zero-width])').length,
      links: root.querySelectorAll('a, img, script, table, i, em, font').length,
      ran: (window as unknown as { __pasted?: number }).__pasted ?? 0,
    }));
    expect(foreign).toEqual({ styled: 0, links: 0, ran: 0 });

    // Plain text: one paragraph per line, indents dropped.
    await editor.selectEnd(index + 4);
    await app.page.keyboard.press('Enter');
    await editor.paste({ text: '　　第一行纯文本\n\n　　第二行纯文本\r\n第三行' }, app.problems);
    await app.page.locator('.body-paragraph', { hasText: '第三行' }).waitFor();
    expect((await editor.texts()).slice(index + 5, index + 8)).toEqual(['第一行纯文本', '第二行纯文本', '第三行']);

    await editor.waitSaved();
    const body = stored().body.slice(index + 1, index + 8);
    for (const block of body) {
      expect(Object.keys(block).sort()).toEqual(['children', 'type']);
      for (const leaf of block.type === 'photo' ? [] : block.children) {
        expect(Object.keys(leaf).every((key) => key === 'text' || key === 'bold')).toBe(true);
      }
    }
    expect(body[0]).toEqual({ type: 'paragraph', children: [{ text: '通讯员手记。', bold: true }, { text: '粘贴进来的正文，斜体被去掉，样式也是。' }] });
  });

  it('flags mixed-up punctuation with a wavy underline, a tooltip and a count, and IME typing beside a flag is safe', async () => {
    const index = 2;
    await editor.selectEnd(index);
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.insertText('他说,今天的ＡＢ１号方案很好.');
    const counter = app.page.getByTestId('punctuation-count');
    await app.page.locator('[data-testid=punctuation-count][data-count="3"]').waitFor();
    await expect(counter.innerText()).resolves.toBe('标点提示 3 处');

    const flags = app.page.locator('.punct-flag');
    await expect(flags.allInnerTexts()).resolves.toEqual([',', 'ＡＢ１', '.']);
    await expect(flags.first().getAttribute('title')).resolves.toBe('中文中夹有西文标点“,”，应为“，”');
    await expect(flags.nth(1).getAttribute('title')).resolves.toBe('全角字母或数字“ＡＢ１”，应为半角“AB1”');
    await expect(flags.first().evaluate((node) => getComputedStyle(node).textDecorationStyle)).resolves.toBe('wavy');
    await editor.screenshot('punctuation-flags');

    // Composing right before a flagged comma neither moves nor doubles anything.
    await editor.select(index + 1, 2);
    await ime.type('jizhe', '记者');
    expect((await editor.texts())[index + 1]).toBe('他说记者,今天的ＡＢ１号方案很好.');
    await app.page.locator('[data-testid=punctuation-count][data-count="3"]').waitFor();

    // The count's button selects the next flag.
    await editor.select(index + 1, 0);
    await counter.click();
    await expect(app.page.evaluate(() => window.getSelection()?.toString())).resolves.toBe(',');

    // Fixing it clears the flag; decorations are never stored.
    await app.page.keyboard.insertText('，');
    await app.page.locator('[data-testid=punctuation-count][data-count="2"]').waitFor();
    await editor.waitSaved();
    expect(JSON.stringify(stored().body)).not.toMatch(/"flag"|"suggestion"/);
  });

  it('edits the head fields and bylines, saved with the body', async () => {
    await app.page.getByTestId('field-kicker').fill('让新就业群体凝聚在党旗下——');
    await app.page.getByTestId('field-subtitle').click();
    await ime.type('futi', '副题：骑手有了歇脚地');
    await app.page.getByTestId('field-section').fill('要闻');
    await app.page.getByRole('button', { name: '+ 添加署名' }).click();
    const row = app.page.getByTestId('byline-row').last();
    await row.locator('select').selectOption('photographer');
    await expect(row.locator('.byline-label').inputValue()).resolves.toBe('本报摄影记者');
    await row.locator('.byline-names').fill('王梦梦 李四');
    await app.page.getByTestId('field-photo-credit').fill('（本栏照片均由本报记者王梦梦摄）');
    await app.page.getByTestId('field-headline').click();
    await editor.waitSaved();
    const story = stored();
    expect(story.kicker).toBe('让新就业群体凝聚在党旗下——');
    expect(story.subtitle).toBe('副题：骑手有了歇脚地');
    expect(story.section).toBe('要闻');
    expect(story.photoCredit).toBe('（本栏照片均由本报记者王梦梦摄）');
    expect(story.bylines.at(-1)).toEqual({ role: 'photographer', label: '本报摄影记者', names: ['王梦梦', '李四'] });
  });

  it('sets the story’s language to Traditional Chinese and back, saved like the other head fields', async () => {
    const language = app.page.getByTestId('field-language');
    await expect(language.inputValue()).resolves.toBe('zh-Hans');
    await language.selectOption('zh-Hant');
    await app.page.getByTestId('field-headline').click();
    await editor.waitSaved();
    expect(stored().language).toBe('zh-Hant');
    await language.selectOption('zh-Hans');
    await app.page.getByTestId('field-headline').click();
    await editor.waitSaved();
    expect(stored().language).toBeUndefined();
  });

  it('keeps a manual headline break (Shift+Enter) through save and reload; Enter alone adds none', async () => {
    const field = app.page.getByTestId('field-headline');
    const before = stored().headline;
    expect(before).toBe(QINYANG);
    await field.click();
    await field.evaluate((node) => {
      const area = node as HTMLTextAreaElement;
      const at = area.value.indexOf('：') + 1;
      area.setSelectionRange(at, at);
    });
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Shift+Enter');
    await expect(field.inputValue()).resolves.toBe('沁阳市：\n凝聚合力构建新兴领域党建新格局');
    // The field shows the break as a second line.
    await expect(field.evaluate((node) => (node as HTMLTextAreaElement).rows)).resolves.toBe(2);
    await app.page.getByTestId('field-subtitle').click();
    await editor.waitSaved();
    expect(stored().headline).toBe('沁阳市：\n凝聚合力构建新兴领域党建新格局');

    await app.page.reload();
    await editor.waitOpen(storyId);
    await expect(app.page.getByTestId('field-headline').inputValue()).resolves.toBe('沁阳市：\n凝聚合力构建新兴领域党建新格局');
    await editor.screenshot('headline-manual-break');

    // Taken out again (Backspace at the start of the second line), the headline is one line.
    const again = app.page.getByTestId('field-headline');
    await again.click();
    await again.evaluate((node) => {
      const area = node as HTMLTextAreaElement;
      area.setSelectionRange(5, 5);
    });
    await app.page.keyboard.press('Backspace');
    await app.page.getByTestId('field-subtitle').click();
    await editor.waitSaved();
    expect(stored().headline).toBe(QINYANG);
  });

  it('inserts a photo block whose caption and credit are typed in its own fields, the IME included', async () => {
    const photos = await app.page.getByTestId('photo-block').count();
    await editor.selectEnd(1);
    await editor.tool('photo');
    await app.page.getByTestId('photo-block').nth(photos).waitFor();
    expect((await editor.blocks())[2]!.type).toBe('photo');

    const block = app.page.locator('[data-testid=body-editor] > [data-slate-node=element]').nth(2);
    await block.locator('.photo-caption').click();
    await ime.type('tuyi', '图① 骑手在“骑手之家”休息');
    await block.locator('.photo-credit-input').fill('本报记者 王梦梦 摄');
    await expect(block.locator('.photo-caption').inputValue()).resolves.toBe('图① 骑手在“骑手之家”休息');
    await app.page.getByTestId('field-headline').click();
    await editor.waitSaved();
    expect(stored().body[2]).toEqual({
      type: 'photo',
      assetId: null,
      caption: '图① 骑手在“骑手之家”休息',
      credit: '本报记者 王梦梦 摄',
      children: [{ text: '' }],
    });
    await block.scrollIntoViewIfNeeded();
    await editor.screenshot('photo-block');

    // With the photo itself selected, what the IME commits starts a paragraph after it.
    await block.locator('.body-photo-slot').click();
    await ime.type('tuhou', '图后新段');
    const blocks = await editor.blocks();
    expect(blocks[2]!.type).toBe('photo');
    expect(blocks[3]).toEqual({ type: 'paragraph', text: '图后新段', bold: [] });
    await app.page.keyboard.press('Control+Z');
    await expect(editor.texts()).resolves.not.toContain('图后新段');
  });

  it('counts length in characters and in lines at the column width, against a target', async () => {
    // The previous test's undo may still be waiting for autosave; compare with what is stored.
    await editor.waitSaved();
    const story = stored();
    const measure = measureStory(story.body, 13);
    await expect(app.page.getByTestId('length-characters').getAttribute('data-value')).resolves.toBe(String(measure.characters));
    await expect(app.page.getByTestId('length-lines').getAttribute('data-value')).resolves.toBe(String(measure.lines));

    await app.page.getByTestId('length-target').click();
    await app.page.getByTestId('target-value').fill('1000');
    await app.page.getByTestId('target-form').getByRole('button', { name: '完成' }).click();
    const over = measure.characters - 1000;
    await expect(app.page.getByTestId('length-delta').innerText()).resolves.toBe(`超出 ${over.toLocaleString('zh-CN')} 字`);

    await app.page.getByTestId('length-target').click();
    await app.page.getByLabel('行数').check();
    await app.page.getByTestId('target-value').fill(String(measure.lines + 20));
    await app.page.getByTestId('target-column-width').fill('13');
    await app.page.getByTestId('target-form').getByRole('button', { name: '完成' }).click();
    await expect(app.page.getByTestId('length-delta').innerText()).resolves.toBe('还差 20 行');
    await editor.screenshot('length-target');
  });

  it('a second window is offered the newer version while unmodified; in a conflict both texts stay and nothing is lost', async () => {
    const second = await harness.openApp({ locale: 'zh-CN' });
    await second.page.goto(`${harness.url}#/story/${storyId}`);
    const other = new EditorPage(second.page);
    await other.waitOpen(storyId);
    const otherIme = await Ime.attach(second.page);
    const start = await editor.waitSaved();

    // This window saves; the other, which has nothing unsaved, is offered it (never replaced under its caret) and loads it.
    await editor.selectEnd(0);
    await ime.type('jiafang', '甲方第一次修改');
    await editor.waitSaved(start + 1);
    const offered = second.page.getByTestId('newer-version-banner');
    await offered.waitFor();
    await expect(offered.innerText()).resolves.toContain('另一窗口');
    await expect(other.version()).resolves.toBe(start);
    await offered.getByTestId('load-newer').click();
    await second.page.locator('[data-testid=body-editor]', { hasText: '甲方第一次修改' }).waitFor();
    await expect(other.version()).resolves.toBe(start + 1);
    await expect(other.saveState()).resolves.toBe('saved');

    // The other window edits and keeps a composition open (its autosave waits for it)…
    const last = (await other.texts()).length - 1;
    await other.selectEnd(last);
    await second.page.keyboard.type(' B-edit');
    await otherIme.compose('yifang');
    // …while this window saves again.
    await editor.selectEnd(0);
    await ime.type('jiafang', '甲方第二次修改');
    await app.page.getByTestId('field-headline').click();
    await editor.waitSaved(start + 2);

    // The other window commits its word; its save meets the newer version.
    await otherIme.commit('乙方修改');
    await other.waitState('conflict');
    const banner = second.page.getByTestId('conflict-banner');
    await expect(banner.innerText()).resolves.toContain(`版本 ${start + 2}`);
    await expect(second.page.getByTestId('my-version').innerText()).resolves.toContain('B-edit乙方修改');
    await expect(second.page.getByTestId('their-version').innerText()).resolves.toContain('甲方第二次修改');
    await expect(second.page.getByTestId('their-version').innerText()).resolves.not.toContain('乙方修改');
    // Nothing of the other window's was written over this window's save.
    expect(stored().version).toBe(start + 2);
    expect(JSON.stringify(stored().body)).not.toContain('乙方修改');
    await other.screenshot('conflict');

    // Copy their changed paragraph into mine, then keep mine (saved over the new version).
    const changed = second.page.locator('[data-testid=their-block][data-differs=true]', { hasText: '甲方第二次修改' });
    await changed.getByTestId('copy-block').click();
    await second.page.locator('[data-testid=body-editor]', { hasText: '甲方第二次修改' }).waitFor();
    await second.page.getByTestId('keep-mine').click();
    await other.waitSaved(start + 3);
    await expect(second.page.getByTestId('conflict-banner').count()).resolves.toBe(0);

    const final = stored();
    expect(final.version).toBe(start + 3);
    const finalText = JSON.stringify(final.body);
    expect(finalText).toContain('B-edit乙方修改');
    expect(finalText).toContain('甲方第二次修改');
    const theirs = harness.store.stories.revisions(storyId).find((revision) => revision.version === start + 2)!;
    expect(JSON.stringify(theirs.fields.body)).toContain('甲方第二次修改');
    expect(JSON.stringify(theirs.fields.body)).not.toContain('乙方修改');

    // This window had nothing unsaved: it is offered the kept version and loads it.
    await app.page.getByTestId('newer-version-banner').getByTestId('load-newer').click();
    await app.page.locator('[data-testid=body-editor]', { hasText: 'B-edit乙方修改' }).waitFor();
    await expect(editor.version()).resolves.toBe(start + 3);
    expect(second.problems).toEqual([]);
    await otherIme.detach();
    await second.context.close();
  });

  it('lists revisions with a diff against the text now, restores one, and undoes the restore', async () => {
    const now = await editor.waitSaved();
    const textNow = await editor.texts();
    await editor.tool('revisions');
    const panel = app.page.getByTestId('revisions-panel');
    await panel.getByTestId('revision-list').waitFor();
    const versions = await panel.locator('.revision-item').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-version'))));
    expect(versions[0]).toBe(now - 1);
    expect(versions.at(-1)).toBe(1);

    await panel.locator('.revision-item[data-version="1"]').click();
    await panel.locator('[data-testid=revision-detail][data-version="1"]').waitFor();
    const inserted = await panel.locator('.diff ins').allInnerTexts();
    expect(inserted.join('')).toContain('党建 OK 2024');
    expect(inserted.join('')).toContain('服务阵地 / 新形态');
    await editor.screenshot('revisions');

    await panel.getByRole('button', { name: '恢复此版本' }).click();
    await app.page.getByTestId('editor-notice').filter({ hasText: '已恢复版本 1' }).waitFor();
    const original = harness.store.stories.revisions(storyId).find((revision) => revision.version === 1)!;
    expect(await editor.texts()).toEqual(viewOf(original.fields.body).map((block) => block.text));
    const restored = await editor.waitSaved(now + 1);
    expect(textsOf(stored())).toEqual(viewOf(original.fields.body).map((block) => block.text));
    // The text before the restore is a revision now.
    const previous = harness.store.stories.revisions(storyId).find((revision) => revision.version === restored - 1)!;
    expect(viewOf(previous.fields.body).map((block) => block.text)).toEqual(textNow);

    // The notice undoes the restore, head fields and body together.
    await app.page.getByTestId('notice-action').click();
    expect(await editor.texts()).toEqual(textNow);
    await expect(app.page.getByTestId('field-kicker').inputValue()).resolves.toBe('让新就业群体凝聚在党旗下——');
    await expect(app.page.getByTestId('field-section').inputValue()).resolves.toBe('要闻');
    await editor.waitSaved(restored + 1);
    await editor.tool('revisions');
  });

  it('creates a new story from the library, with Chinese typed first into its empty body', async () => {
    await editor.back();
    await app.page.getByTestId('story-table').waitFor();
    await app.page.getByTestId('new-story').click();
    await editor.waitOpen();
    const id = await editor.storyId();
    expect(id).not.toBe(storyId);
    expect(await editor.texts()).toEqual(['']);
    await app.page.getByTestId('field-headline').fill('夜班新建稿件');
    await editor.select(0, 0);
    await ime.type('xinjian', '新建正文');
    await app.page.keyboard.type(' 1');
    expect(await editor.texts()).toEqual(['新建正文 1']);
    await editor.waitSaved(2);
    expect(harness.store.stories.get(id).body).toEqual([{ type: 'paragraph', children: [{ text: '新建正文 1' }] }]);
    await editor.back();
    await library.rows.filter({ hasText: '夜班新建稿件' }).waitFor();
  });

  it('duplicates a story, and deletes one with Undo', async () => {
    const count = await library.rows.count();
    await library.rows.filter({ hasText: '夜班新建稿件' }).click();
    const preview = app.page.getByTestId('story-preview');
    await preview.getByRole('button', { name: '复制', exact: true }).click();
    await library.waitForRowCount(count + 1);
    expect(harness.store.stories.list().filter((story) => story.headline === '夜班新建稿件')).toHaveLength(2);

    const id = harness.store.stories.list().find((story) => story.headline === QINYANG)!.id;
    await library.rows.filter({ hasText: QINYANG }).click();
    await preview.getByRole('button', { name: '删除', exact: true }).click();
    const toast = app.page.getByTestId('toast').filter({ hasText: `“${QINYANG}”已移入回收站。` });
    await toast.waitFor();
    await library.waitForRowCount(count);
    expect(harness.store.stories.get(id).deletedAt).not.toBeNull();
    await library.screenshot('delete-toast');

    await toast.getByRole('button', { name: '撤销' }).click();
    await library.waitForRowCount(count + 1);
    expect(harness.store.stories.get(id).deletedAt).toBeNull();
    await expect(library.headlines()).resolves.toContain(QINYANG);
    // Search finds it again.
    expect((await library.search('骑手'))[0]!.id).toBe(id);
    await library.clearSearch();
  });

  it('keeps deleted stories in the trash, from where they are restored', async () => {
    const count = await library.rows.count();
    const copy = library.rows.filter({ hasText: '夜班新建稿件' }).first();
    const id = (await copy.getAttribute('data-story-id'))!;
    await copy.click();
    await copy.press('Delete');
    await library.waitForRowCount(count - 1);

    await app.page.getByTestId('open-trash').click();
    const row = app.page.locator(`[data-testid=trash-table] tr[data-story-id="${id}"]`);
    await row.waitFor();
    await library.screenshot('trash');
    await row.getByRole('button', { name: '恢复' }).click();
    await app.page.getByTestId('trash-empty').waitFor();
    expect(harness.store.stories.get(id).deletedAt).toBeNull();
    await app.page.getByRole('button', { name: '← 返回稿件库' }).click();
    await library.waitForRowCount(count);
  });

  it('switches the interface language from the status bar and keeps the choice', async () => {
    await app.page.getByTestId('language-select').selectOption('en');
    await expect(app.page.locator('.brand-sub').innerText()).resolves.toBe('Story library');
    await app.page.reload();
    await app.page.getByTestId('story-table').waitFor();
    await expect(app.page.locator('.brand-sub').innerText()).resolves.toBe('Story library');
    await library.rows.filter({ hasText: QINYANG }).dblclick();
    await editor.waitOpen();
    await expect(app.page.getByTestId('tool-subhead').innerText()).resolves.toBe('Subhead');
    await expect(app.page.getByTestId('punctuation-count').innerText()).resolves.toMatch(/punctuation flags?$/);
    await editor.screenshot('editor-english');
    await app.page.getByTestId('language-select').selectOption('system');
    await expect(app.page.getByTestId('tool-subhead').innerText()).resolves.toBe('小标题');
  });

  it('ran without console errors or CSP violations', () => {
    expect(app.problems).toEqual([]);
  });
});
