import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PROOF_MARKS } from '../../main/sample/sample-proof-round';
import { BROADSHEET } from '../../shared/compose/templates';
import type { PageDocument } from '../../shared/model/page';
import { startHarness, type AppWindow, type Harness } from './harness/harness';
import { PageDesk } from './harness/page-desk';

// The proof layer in the page workspace, in Chromium on the real handlers and SQLite store: the
// sample page opened from the page list comes with its first proof round; the proof layer shows
// those marks on the page with notes in the margins, a mark made meanwhile appears at once, and
// the proof PDF carries the marks as PDF annotations while the print PDF carries none.

/** The annotations of each page of a PDF, as pikepdf reads them: subtype and author. */
function pdfAnnotations(file: string): Array<Array<{ subtype: string; author: string }>> {
  const script = [
    'import json, sys, pikepdf',
    'pdf = pikepdf.open(sys.argv[1])',
    'print(json.dumps([[{"subtype": str(a.get("/Subtype", "")), "author": str(a.get("/T", ""))} for a in (p.obj.get("/Annots") or [])] for p in pdf.pages]))',
  ].join('\n');
  const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Array<Array<{ subtype: string; author: string }>>;
}

describe('proof marks on the page', () => {
  let harness: Harness;
  let app: AppWindow;
  let desk: PageDesk;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    app = await harness.openApp({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    page = app.page;
    desk = new PageDesk(page, BROADSHEET);
  });

  afterAll(async () => {
    await harness?.close();
  });

  const proofItems = () => page.locator('[data-testid=proof-layer] [data-testid=proof-item]').count();
  const noteCount = async () => Number(await page.getByTestId('proof-layer').getAttribute('data-notes'));

  it('opens the sample page and shows its proof round over the page', async () => {
    await page.getByTestId('nav-pages').click();
    await page.getByTestId('page-list').waitFor();
    await page.getByTestId('open-sample').click();
    await desk.workspace.waitFor();
    await desk.waitComposed();
    await expect(page.getByTestId('proof-layer').count()).resolves.toBe(0);

    await page.getByTestId('proof-toggle').check();
    await page.getByTestId('proof-layer').waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(noteCount).toBe(SAMPLE_PROOF_MARKS);
    expect(Number(await page.getByTestId('proof-layer').getAttribute('data-unplaced'))).toBe(0);
    // Every mark draws its strokes plus a leader, a note box and the note's text.
    expect(await proofItems()).toBeGreaterThanOrEqual(SAMPLE_PROOF_MARKS * 3);
    expect(await page.getByTestId('proof-count').innerText()).toBe(`${SAMPLE_PROOF_MARKS} 处标记`);
    // The notes say what the proofreader wrote, in the margin beside the page.
    const noteTexts = await page.locator('[data-testid=proof-layer] text').allTextContents();
    expect(noteTexts.join('')).toContain('【一校·改正】痛点');
    const svg = page.getByTestId('page-svg');
    expect(Number(await svg.getAttribute('data-pad-left'))).toBeGreaterThan(Number(await svg.getAttribute('data-pad')));
    // Fit keeps the page and its notes in view.
    await page.getByTestId('zoom-select').selectOption('fit');
    await desk.screenshot('page-proof-layer');
  });

  it('shows a mark made meanwhile at once, and hides the layer when told', async () => {
    const before = await noteCount();
    const pageId = (await desk.workspace.getAttribute('data-page-id'))!;
    const document = harness.store.pages.get(pageId).document as unknown as PageDocument;
    const storyId = document.frames.flatMap((f) => (f.kind === 'story' ? [f.storyId] : []))[0]!;
    const { anchor } = harness.store.annotations.listByStory(storyId).find((m) => m.replyTo === null)!;
    // Made through the command, as the editor in another window would, so the page hears `annotations.changed`.
    const made = await page.evaluate(
      async ([id, at]) => (await window.banmian!.invoke['annotations.create']({ storyId: id, anchor: at, kind: 'comment', body: '再看一遍', author: '校对 张华', round: 2 })).ok,
      [storyId, anchor] as const,
    );
    expect(made).toBe(true);
    await expect.poll(noteCount, { timeout: 10_000 }).toBe(before + 1);
    await page.getByTestId('proof-toggle').uncheck();
    await page.getByTestId('proof-layer').waitFor({ state: 'detached' });
    await page.getByTestId('proof-toggle').check();
    await expect.poll(noteCount, { timeout: 10_000 }).toBe(before + 1);
  });

  it('marks the page directly: a drag across body glyphs, 改正 with its correction, and the mark stands there', async () => {
    const before = await noteCount();
    const pageId = (await desk.workspace.getAttribute('data-page-id'))!;
    const stored = harness.store.pages.get(pageId).document as unknown as PageDocument;
    const lead = stored.frames.find((f) => f.kind === 'story')!;
    const storyId = lead.kind === 'story' ? lead.storyId : '';
    await page.evaluate(() => window.localStorage.setItem('banmian.userName', '校对 王芳'));
    // A body line of the lead story as drawn: its characters and their x, turned into screen points.
    const line = await page.evaluate((frameId) => {
      const svg = document.querySelector('[data-testid=page-svg]')!;
      const scale = Number(svg.getAttribute('data-scale'));
      const pad = Number(svg.getAttribute('data-pad'));
      const padLeft = Number(svg.getAttribute('data-pad-left'));
      const box = svg.getBoundingClientRect();
      for (const node of document.querySelectorAll(`[data-testid=display-list] text.dl-text[data-frame="${frameId}"]`)) {
        if (!/^\d+$/.test(node.getAttribute('data-block') ?? '')) continue;
        const text = Array.from(node.textContent ?? '');
        const xs = [node, ...node.querySelectorAll('tspan')].flatMap((n) => (n.getAttribute('x') ?? '').split(' ').filter(Boolean).map(Number));
        if (text.length < 12 || xs.length !== text.length) continue;
        const size = Number(node.getAttribute('font-size'));
        const y = Number(node.getAttribute('y')) - size * 0.35;
        const at = (i: number) => ({ x: box.x + (xs[i]! + padLeft) * scale + (((xs[i + 1] ?? xs[i]! + size) - xs[i]!) * scale) / 2, y: box.y + (y + pad) * scale });
        return { text, from: at(3), to: at(6) };
      }
      return null;
    }, lead.id);
    expect(line).not.toBeNull();
    await page.mouse.move(line!.from.x, line!.from.y);
    await page.mouse.down();
    await page.mouse.move(line!.to.x, line!.to.y, { steps: 4 });
    await page.mouse.up();
    const quote = line!.text.slice(3, 7).join('');
    await expect(page.getByTestId('glyph-selection').getAttribute('data-quote')).resolves.toBe(quote);
    await page.getByTestId('page-mark-popover').waitFor();
    // The frame was not dragged away: no layout change was recorded.
    expect(stored.frames.find((f) => f.id === lead.id)!.area).toEqual((harness.store.pages.get(pageId).document as unknown as PageDocument).frames.find((f) => f.id === lead.id)!.area);
    await page.getByTestId('page-mark-kind').selectOption('replace');
    await page.getByTestId('page-mark-text').fill('改后的字');
    await page.getByTestId('page-mark-note').fill('版面上标的');
    await page.getByTestId('page-mark-create').click();
    await page.getByTestId('page-mark-popover').waitFor({ state: 'detached' });
    const made = harness.store.annotations.listByStory(storyId).find((m) => m.body === '版面上标的')!;
    expect(made).toMatchObject({ kind: 'replace', text: '改后的字', author: '校对 王芳', round: 1 });
    expect(made.anchor.quote).toBe(quote);
    await expect.poll(noteCount, { timeout: 10_000 }).toBe(before + 1);
  });

  it('exports the proof PDF with its marks as PDF annotations; the print PDF has none', async () => {
    await page.getByTestId('export-proof').click();
    const result = page.locator('[data-testid=proof-export-result][data-state=done]');
    await result.waitFor({ timeout: 60_000 });
    const proofPath = (await result.getAttribute('data-path'))!;
    expect(path.dirname(proofPath)).toBe(harness.exportsDir);
    expect(path.basename(proofPath)).toMatch(/校样\.pdf$/);
    const proofAnnots = pdfAnnotations(proofPath);
    expect(proofAnnots).toHaveLength(1);
    const markup = proofAnnots[0]!.filter((a) => a.subtype !== '/Popup');
    expect(markup.length).toBeGreaterThanOrEqual(SAMPLE_PROOF_MARKS + 1);
    expect(markup.some((a) => a.author === '校对 李敏')).toBe(true);
    await page.getByTestId('proof-export-dismiss').click();

    await page.getByTestId('export-pdf').click();
    await page.getByTestId('export-confirm').click();
    const printed = page.getByTestId('export-result');
    await printed.waitFor({ timeout: 60_000 });
    const printPath = (await printed.getAttribute('data-path'))!;
    expect(path.dirname(printPath)).toBe(harness.exportsDir);
    expect(printPath).not.toBe(proofPath);
    expect(pdfAnnotations(printPath)).toEqual([[]]);
    await page.getByTestId('export-close').click();
    expect(app.problems).toEqual([]);
  });
});
