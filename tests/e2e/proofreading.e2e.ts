import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/model/annotation';
import type { Block } from '../../shared/model/story';
import { EditorPage } from './harness/editor-page';
import { startHarness, type AppWindow, type Harness } from './harness/harness';
import { Ime } from './harness/ime';
import { ProofPage } from './harness/proof-page';

// Proofreading end to end, in Chromium on the real handlers and SQLite store: marks made from
// the editor stay on their text through edits before, inside and after them and through a
// reload; accept and reject; suggest mode while the story is in proofing (Latin and IME
// typing, Backspace, Enter); IME typing right beside a decorated range keeps the text exact
// and the decoration where it was.

const LEAD = '近年来，沁阳市委坚持把新兴领域党建作为基层党建的重要内容，全市共有党员48人参与骑手之家建设。';
const SECOND = '机制保障聚力。沁阳市建立工作机制，为60余名外卖骑手进行交通安全专题辅导。';
const THIRD = '服务阵地暖心。依托骑手之家，开展专项培训行动。';

const body = (...texts: string[]): Block[] => texts.map((text) => ({ type: 'paragraph', children: [{ text }] }));

describe('proofreading', () => {
  let harness: Harness;
  let app: AppWindow;
  let editor: EditorPage;
  let proof: ProofPage;
  let ime: Ime;
  let storyId = '';

  const stored = () => harness.store.stories.get(storyId);
  const marks = () => harness.store.annotations.listByStory(storyId);
  const markOf = (predicate: (mark: Annotation) => boolean) => marks().find(predicate)!;
  const settle = (ms = 150) => app.page.evaluate((wait) => new Promise((resolve) => setTimeout(resolve, wait)), ms);
  /** Selects `quote` in block `index` (its first occurrence). */
  const selectQuote = async (index: number, quote: string) => {
    const text = (await editor.texts())[index]!;
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`no ${quote} in block ${index}`);
    await editor.select(index, start, start + quote.length);
  };

  beforeAll(async () => {
    harness = await startHarness();
    storyId = harness.store.stories.create({ headline: '沁阳市：凝聚合力构建新兴领域党建新格局', status: 'editing', body: body(LEAD, SECOND, THIRD) }).id;
    app = await harness.openApp({ locale: 'zh-CN' });
    editor = new EditorPage(app.page);
    proof = new ProofPage(app.page);
    ime = await Ime.attach(app.page);
    await app.page.evaluate((id) => (window.location.hash = `#/story/${id}`), storyId);
    await editor.waitOpen(storyId);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('asks for a name, then marks a range with a comment and a 改正 from the editor', async () => {
    await app.page.getByTestId('tool-proof').click();
    await proof.panel.waitFor();
    await selectQuote(0, '党员48人');
    await app.page.getByTestId('tool-mark').click();
    const composer = app.page.getByTestId('mark-composer');
    await composer.getByTestId('mark-kind').selectOption('comment');
    await composer.getByTestId('mark-note').fill('48人还是46人？请核实。');
    await composer.getByTestId('mark-create').click();
    // No name yet: nothing is made, the user is told, and the composer keeps what was filled in.
    await expect(app.page.getByTestId('editor-notice').innerText()).resolves.toContain('姓名');
    expect(marks()).toEqual([]);
    await proof.setUser('校对 李敏');
    await composer.getByTestId('mark-create').click();
    await composer.waitFor({ state: 'detached' });
    await selectQuote(1, '专题');
    await proof.mark('replace', { text: '主题' });
    await expect.poll(() => marks().length).toBe(2);

    const comment = markOf((m) => m.kind === 'comment');
    const replace = markOf((m) => m.kind === 'replace');
    expect(comment).toMatchObject({ author: '校对 李敏', round: 1, status: 'open', body: '48人还是46人？请核实。', anchor: { path: [0], quote: '党员48人' } });
    expect(replace).toMatchObject({ text: '主题', anchor: { path: [1], quote: '专题' } });
    await expect(proof.drawn()).resolves.toEqual({ [comment.id]: '党员48人', [replace.id]: '专题' });
    // The correction shows after the struck text, outside the text itself.
    expect(await proof.widgets()).toEqual([{ id: replace.id, kind: 'replace', text: '主题' }]);
    expect(await editor.texts()).toEqual([LEAD, SECOND, THIRD]);
    await expect(proof.itemIds()).resolves.toEqual([comment.id, replace.id]);
    await editor.screenshot('proofreading-marks');
  });

  it('keeps marks on their text through edits before, inside and after them, and after a reload', async () => {
    const comment = markOf((m) => m.kind === 'comment');
    const replace = markOf((m) => m.kind === 'replace');
    // Before: at the start of the paragraph.
    await editor.select(0, 0);
    await app.page.keyboard.insertText('【本报讯】');
    // Inside: 48 → 46.
    const lead = (await editor.texts())[0]!;
    const at = lead.indexOf('48');
    await editor.select(0, at, at + 2);
    await ime.type('sishiliu', '46');
    // After: right after the marked words.
    const after = (await editor.texts())[0]!.indexOf('参与');
    await editor.select(0, after);
    await ime.type('gongtong', '共同');
    // A new paragraph before the 改正's paragraph.
    await editor.selectEnd(0);
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.insertText('新加的一段。');

    const expectedLead = `【本报讯】${LEAD.replace('48人参与', '46人共同参与')}`;
    expect(await editor.texts()).toEqual([expectedLead, '新加的一段。', SECOND, THIRD]);
    await expect(proof.drawn()).resolves.toEqual({ [comment.id]: '党员46人', [replace.id]: '专题' });

    await app.page.getByTestId('field-headline').click(); // blur: save now
    const version = await editor.waitSaved(2);
    await expect.poll(() => harness.store.annotations.get(comment.id).anchor.version).toBe(version);
    expect(harness.store.annotations.get(comment.id).anchor).toMatchObject({ path: [0], offset: expectedLead.indexOf('党员46人'), quote: '党员46人' });
    expect(harness.store.annotations.get(replace.id).anchor).toMatchObject({ path: [2], offset: SECOND.indexOf('专题'), quote: '专题' });

    await app.page.reload();
    await editor.waitOpen(storyId);
    await proof.panel.waitFor();
    await expect.poll(() => proof.drawn()).toEqual({ [comment.id]: '党员46人', [replace.id]: '专题' });
  });

  it('finds marks again after the story was edited elsewhere, and shows one whose text is gone as orphaned', async () => {
    const comment = markOf((m) => m.kind === 'comment');
    const replace = markOf((m) => m.kind === 'replace');
    const current = stored();
    // Another tool rewrote the story: a paragraph dropped, the commented words rewritten.
    const rewritten = body(current.body.map((b) => (b.type === 'photo' ? '' : b.children.map((c) => c.text).join('')))[0]!.replace('党员46人', '46名党员'), SECOND, THIRD);
    harness.store.stories.save(storyId, current.version, { body: rewritten });
    await app.page.reload();
    await editor.waitOpen(storyId);
    await proof.panel.waitFor();
    await expect.poll(() => proof.drawn()).toEqual({ [replace.id]: '专题' });
    await proof.item(comment.id).getByTestId('mark-orphaned').waitFor();
    await expect.poll(() => harness.store.annotations.get(comment.id).anchor.orphaned).toBe(true);
    expect(harness.store.annotations.get(replace.id).anchor).toMatchObject({ path: [1], quote: '专题' });
  });

  it('accepts a 改正 into the text (saved with a new version) and rejects a deletion', async () => {
    const replace = markOf((m) => m.kind === 'replace');
    await selectQuote(2, '专项');
    await proof.mark('delete');
    await expect.poll(() => marks().filter((m) => m.kind === 'delete').length).toBe(1);
    const deletion = markOf((m) => m.kind === 'delete');
    const before = await editor.version();

    await proof.action(replace.id, 'accept');
    await expect.poll(() => harness.store.annotations.get(replace.id).status).toBe('accepted');
    expect((await editor.texts())[1]).toBe(SECOND.replace('专题', '主题'));
    expect(stored().version).toBeGreaterThan(before);
    expect(stored().body[1]).toEqual({ type: 'paragraph', children: [{ text: SECOND.replace('专题', '主题') }] });

    await proof.action(deletion.id, 'reject');
    await expect.poll(() => harness.store.annotations.get(deletion.id).status).toBe('rejected');
    expect((await editor.texts())[2]).toBe(THIRD);
    await expect(proof.drawn()).resolves.toEqual({});
    // Decided marks are listed under their status.
    await app.page.getByTestId('filter-status').selectOption('accepted');
    await expect(proof.itemIds()).resolves.toEqual([replace.id]);
    await app.page.getByTestId('filter-status').selectOption('open');
  });

  it('in proofing, typing makes suggestions (Latin, IME, Backspace, Enter) and the text changes only when they are accepted', async () => {
    await app.page.getByTestId('tool-send-proofing').click();
    await app.page.getByTestId('proofing-banner').waitFor();
    await expect.poll(() => stored().status).toBe('proofing');
    expect(harness.store.statusHistory.list(storyId).map((c) => [c.from, c.to, c.author, c.round])).toEqual([['editing', 'proofing', '校对 李敏', 1]]);
    const textsBefore = await editor.texts();

    // Latin typing and an IME word at the same point: one insertion suggestion.
    const at = textsBefore[2]!.indexOf('开展');
    await editor.select(2, at);
    await app.page.keyboard.type('A1');
    await ime.type('zhuanmen', '专门');
    // Backspace twice further on: a deletion.
    const end = textsBefore[1]!.indexOf('进行');
    await editor.select(1, end);
    await app.page.keyboard.press('Backspace');
    await app.page.keyboard.press('Backspace');
    // Enter: a new paragraph suggested.
    await editor.select(0, 5);
    await app.page.keyboard.press('Enter');
    await settle(500);

    expect(await editor.texts()).toEqual(textsBefore);
    await expect
      .poll(() => marks().filter((m) => m.status === 'open' && m.kind !== 'comment').map((m) => [m.kind, m.anchor.quote, m.text]))
      .toEqual([
        ['insert', '', 'A1专门'],
        ['delete', '骑手', ''],
        ['split', '', ''],
      ]);
    const insertion = markOf((m) => m.kind === 'insert');
    const widgets = await proof.widgets();
    expect(widgets.find((w) => w.id === insertion.id)).toEqual({ id: insertion.id, kind: 'insert', text: 'A1专门' });
    expect(widgets.some((w) => w.kind === 'split')).toBe(true);
    expect(await editor.texts()).toEqual(textsBefore);
    await editor.screenshot('proofreading-suggest-mode');

    // The head is read-only in proofing; formatting is refused.
    await expect(app.page.getByTestId('field-kicker').isDisabled()).resolves.toBe(true);
    await expect(app.page.getByTestId('tool-bold').isDisabled()).resolves.toBe(true);

    // Accept all that is open and shown: the text changes, once, and is saved.
    await app.page.getByTestId('accept-all').click();
    await expect.poll(() => marks().filter((m) => m.status === 'accepted').length).toBe(4);
    const expected = [textsBefore[0]!.slice(0, 5), textsBefore[0]!.slice(5), textsBefore[1]!.replace('骑手进行', '进行'), textsBefore[2]!.replace('开展', 'A1专门开展')];
    expect(await editor.texts()).toEqual(expected);
    await expect.poll(() => stored().body.map((b) => (b.type === 'photo' ? '' : b.children.map((c) => c.text).join('')))).toEqual(expected);
  });

  it('typing through the IME right beside a decorated range keeps the text exact and the decoration in place', async () => {
    // A comment on 培训 (the third paragraph is now the fourth).
    await app.page.getByTestId('take-back').click();
    await app.page.getByTestId('proofing-banner').waitFor({ state: 'detached' });
    await expect.poll(() => stored().status).toBe('editing');
    await selectQuote(3, '培训');
    await proof.mark('query', { note: '培训还是训练？' });
    await expect.poll(() => marks().filter((m) => m.kind === 'query').length).toBe(1);
    const query = markOf((m) => m.kind === 'query');
    const text = (await editor.texts())[3]!;
    const start = text.indexOf('培训');

    // Right after the decorated range, right before it, then inside it.
    await editor.select(3, start + 2);
    await ime.type('xingdong', '行动计划');
    await editor.select(3, start);
    await ime.type('zhuanye', '专业');
    await editor.select(3, start + 2 + 1);
    await ime.type('pei', '培');
    const now = (await editor.texts())[3]!;
    expect(now).toBe(`${text.slice(0, start)}专业培培训行动计划${text.slice(start + 2)}`);
    expect(now.split('行动计划')).toHaveLength(2);
    await expect(proof.drawn()).resolves.toEqual({ [query.id]: '培培训' });
    await editor.waitSaved();
    await expect.poll(() => harness.store.annotations.get(query.id).anchor.quote).toBe('培培训');

    // And in proofing: the IME commit becomes a suggestion, the text and the decoration stay.
    await app.page.getByTestId('tool-send-proofing').click();
    await app.page.getByTestId('proofing-banner').waitFor();
    await editor.select(3, start + 2 + 3);
    await ime.type('jihua', '计划');
    await settle(300);
    expect((await editor.texts())[3]).toBe(now);
    await expect(proof.drawn()).resolves.toEqual({ [query.id]: '培培训' });
    await expect.poll(() => marks().filter((m) => m.kind === 'insert' && m.status === 'open').map((m) => m.text)).toEqual(['计划']);
    await expect(app.page.evaluate(() => document.querySelector('[data-testid=body-editor]')?.textContent?.includes('计划计划'))).resolves.toBe(false);

    // Over a selection: the IME's word becomes a 改正 of the selected words; the text and DOM stay.
    const lead = (await editor.texts())[1]!;
    const from = lead.indexOf('近年来');
    await editor.select(1, from, from + 3);
    await ime.type('jinnian', '近年');
    await settle(300);
    expect((await editor.texts())[1]).toBe(lead);
    await expect.poll(() => marks().filter((m) => m.kind === 'replace' && m.status === 'open').map((m) => [m.anchor.quote, m.text])).toEqual([['近年来', '近年']]);
    const replacement = markOf((m) => m.kind === 'replace' && m.status === 'open');
    await expect.poll(async () => (await proof.drawn())[replacement.id]).toBe('近年来');
    expect((await proof.widgets()).find((w) => w.id === replacement.id)?.text).toBe('近年');
    await editor.screenshot('proofreading-ime');
  });

  it('threads replies, filters by person and round, and lists the status history', async () => {
    const query = markOf((m) => m.kind === 'query');
    await proof.action(query.id, 'reply');
    await proof.item(query.id).getByTestId('reply-text').fill('已核实，是培训。');
    await proof.action(query.id, 'send-reply');
    await expect.poll(() => marks().filter((m) => m.replyTo === query.id).map((m) => m.body)).toEqual(['已核实，是培训。']);
    await proof.action(query.id, 'resolve');
    await expect.poll(() => harness.store.annotations.get(query.id).status).toBe('resolved');

    await proof.setUser('编辑 王');
    await app.page.getByTestId('filter-status').selectOption('all');
    await app.page.getByTestId('filter-author').selectOption('校对 李敏');
    const all = await proof.itemIds();
    expect(all.length).toBeGreaterThan(3);
    await app.page.getByTestId('filter-round').selectOption('2');
    // Marks made after the second send to proofing belong to 二校.
    await expect(proof.itemIds()).resolves.toEqual(marks().filter((m) => m.replyTo === null && m.round === 2).map((m) => m.id));
    await app.page.getByTestId('filter-round').selectOption('');
    const history = await app.page.getByTestId('status-history').locator('li').allInnerTexts();
    expect(history).toHaveLength(3);
    expect(history[2]).toContain('开始二校');
    await editor.screenshot('proofreading-panel');
  });

  it('shows a mark made in one window in another window on the same story', async () => {
    const other = await harness.openApp({ locale: 'zh-CN' });
    const otherEditor = new EditorPage(other.page);
    const otherProof = new ProofPage(other.page);
    await other.page.evaluate((id) => (window.location.hash = `#/story/${id}`), storyId);
    await otherEditor.waitOpen(storyId);
    const before = marks().length;
    await selectQuote(2, '主题辅导');
    await proof.mark('comment', { note: '两个窗口' });
    await expect.poll(() => marks().length).toBe(before + 1);
    const made = markOf((m) => m.body === '两个窗口');
    await expect.poll(async () => (await otherProof.drawn())[made.id]).toBe('主题辅导');
    expect(other.problems).toEqual([]);
    await other.context.close();
  });

  it('ran without console errors or CSP violations', () => {
    expect(app.problems).toEqual([]);
  });
});
