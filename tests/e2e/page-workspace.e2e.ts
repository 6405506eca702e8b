import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli';
import { pageGeometry } from '../../main/export/page-geometry';
import { PHOTO, sampleFrames, STORY } from '../../main/sample/sample-layout';
import { sampleStories } from '../../main/sample/sample-page';
import { sampleResources } from '../../main/sample/sample-resources';
import { BROADSHEET } from '../../shared/compose/templates';
import type { Frame, PageDocument } from '../../shared/model/page';
import type { StoryFields } from '../../shared/model/story';
import { mmToPt } from '../../shared/model/units';
import { startHarness, type AppWindow, type Harness } from './harness/harness';
import { LibraryPage } from './harness/library-page';
import { PageDesk, type ScreenLine } from './harness/page-desk';

// The page workspace end to end, in Chromium on the real handlers and SQLite store: the sample
// page built from an empty broadsheet through the UI (stories dragged from the library, photos
// imported and captioned from their stories, a photo group with one credit, banners, rules),
// exported through the CLI's exporter, and the PDF's lines proven to be the lines on screen.

const KEYS: Record<string, string> = {
  [STORY.qinyang]: '沁阳市',
  [STORY.dawei]: '大位村',
  [STORY.zhu]: '朱光丽',
  [STORY.shanyang]: '山阳区',
  [STORY.daoqing]: '校史馆',
};

const hasPdftotext = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;

/** A field's value as it stands (inputs update as the document does). */
const value = (field: Locator) => field.inputValue();

describe('page workspace', () => {
  let harness: Harness;
  let app: AppWindow;
  let desk: PageDesk;
  let stories: Record<string, StoryFields>;
  let pageId = '';
  let pdfPath = '';
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    app = await harness.openApp({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    page = app.page;
    desk = new PageDesk(app.page, BROADSHEET);
    stories = await sampleStories();
    // The reporter copy comes in through the story library, as it does on the desk.
    const library = new LibraryPage(app.page);
    await library.importThroughInput([{ name: 'seed-page.txt', path: sampleResources().text }]);
    expect((await library.importOutcome()).kind).not.toBe('error');
  });

  afterAll(async () => {
    await harness?.close();
  });

  const storyCard = (storyKey: string) => page.locator('[data-testid=story-card]', { hasText: KEYS[storyKey]! });
  const photoCard = (asset: string) => page.locator(`[data-testid=photo-card][data-file-name="${asset}.jpg"]`);
  const captionOf = (asset: string) => Object.values(stories).flatMap((s) => s.body).find((b) => b.type === 'photo' && b.assetId === asset);

  async function placeStory(frame: Extract<Frame, { kind: 'story' }>): Promise<string> {
    await page.getByTestId('side-tab-stories').click();
    const id = await desk.dragOnto(storyCard(frame.storyId), frame.area.column, frame.area.line);
    await desk.setArea(frame.area);
    await page.getByTestId('body-columns').selectOption(String(frame.bodyColumns));
    if (frame.headline) {
      await desk.fill('headline-size', String(frame.headline.size));
      await desk.fill('deck-size', String(frame.headline.deckSize));
      if (frame.headline.depth) await desk.fill('headline-depth', String(frame.headline.depth));
    }
    return id;
  }

  async function placePhoto(asset: string, area: Frame['area']): Promise<string> {
    await page.getByTestId('side-tab-photos').click();
    const id = await desk.dragOnto(photoCard(asset), area.column, area.line);
    await desk.setArea(area);
    return id;
  }

  async function placeElement(kind: string, area: Frame['area']): Promise<string> {
    await page.getByTestId('side-tab-elements').click();
    const id = await desk.dragOnto(page.getByTestId(`element-${kind}`), area.column, area.line);
    await desk.setArea(area);
    return id;
  }

  it('builds the sample page from an empty broadsheet through the UI', async () => {
    await page.getByTestId('nav-pages').click();
    await desk.newBroadsheet({ edition: '2024-02-20', number: 3, name: '基层党建', section: '党建' });
    pageId = (await desk.workspace.getAttribute('data-page-id'))!;

    // Photos into the photo store.
    await page.getByTestId('side-tab-photos').click();
    await page.getByTestId('photo-input').setInputFiles(Object.values(PHOTO).map((asset) => path.join(sampleResources().photos, `${asset}.jpg`)));
    await expect.poll(() => page.getByTestId('photo-card').count()).toBe(5);

    // The story that is dropped lands where it is dropped, snapped to the grid.
    const target = sampleFrames();
    for (const frame of target) {
      if (frame.kind === 'story') {
        const id = await placeStory(frame);
        if (frame.id === 'lead') {
          expect(await page.getByTestId('area-column').inputValue()).toBe('1');
          expect(id).toMatch(/^story-\d+$/);
        }
      } else if (frame.kind === 'photo') {
        await placePhoto(frame.assetId, frame.area);
        const block = captionOf(frame.assetId)!;
        if (block.type !== 'photo') throw new Error('a photo block');
        await page.getByTestId('photo-caption-from').selectOption({ label: block.caption.slice(0, 40) });
        await expect.poll(() => page.getByTestId('photo-caption').inputValue()).toBe(block.caption);
      } else if (frame.kind === 'photo-group') {
        const ids: string[] = [];
        for (const cell of frame.photos) {
          ids.push(await placePhoto(cell.photo.assetId, { ...cell.area, column: frame.area.column + cell.area.column, line: frame.area.line + cell.area.line }));
        }
        await desk.select(ids[0]!);
        for (const id of ids.slice(1)) await desk.select(id, ['Shift']);
        await page.getByTestId('group-photos').click();
        await page.getByTestId('inspector-group').waitFor();
        await page.getByTestId('group-credit-from').selectOption(stories[STORY.dawei]!.photoCredit);
        for (const [i, cell] of frame.photos.entries()) {
          const block = captionOf(cell.photo.assetId)!;
          if (block.type !== 'photo') throw new Error('a photo block');
          await page.getByTestId(`cell-${i}-caption-from`).selectOption({ label: block.caption.slice(0, 40) });
        }
      } else if (frame.kind === 'banner') {
        await placeElement(frame.style === 'reverse' ? 'banner-reverse' : 'banner-tint', frame.area);
        await desk.fill('banner-text', frame.text);
      } else if (frame.kind === 'rule') {
        await placeElement(frame.orientation === 'vertical' ? 'rule-vertical' : 'rule-horizontal', frame.area);
      }
    }
    await desk.waitComposed();
    // 扩字 where the sample has it: "fit to frames" at the default 5 % limit, on the finished page.
    for (const frame of target) {
      if (frame.kind !== 'story' || !frame.copyfit) continue;
      const headline = page.locator('[data-testid=display-list] text[data-block=headline]', { hasText: stories[frame.storyId]!.headline.slice(0, 3) }).first();
      await desk.select((await headline.getAttribute('data-frame'))!);
      await desk.fill('fit-limit', '5');
      await page.getByTestId('fit-to-frames').click();
      await expect.poll(() => page.getByTestId('fit-result').textContent()).toMatch(/已调整：正文字距 \+\d(\.\d)?%/);
      await desk.waitComposed();
    }
    await desk.waitSaved();

    // What was built is the sample page's layout, frame for frame (ids and stacking order aside).
    const stored = harness.store.pages.get(pageId).document as unknown as PageDocument;
    const headlineOf = new Map(harness.store.stories.list().map((s) => [s.id, s.headline]));
    const sampleHeadline = (id: string) => stories[id]!.headline;
    const sorted = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(sorted) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)])) : value;
    const shape = (frame: Frame, headline: (id: string) => string): string => {
      const { id: _id, ...rest } = frame;
      if (rest.kind === 'story') return JSON.stringify(sorted({ ...rest, storyId: headline(rest.storyId) }));
      // Captions are linked to the stories' photo blocks (one source), named here by headline.
      const source = (photo: { source?: { storyId: string; photo: number } }) => (photo.source ? { source: { ...photo.source, storyId: headline(photo.source.storyId) } } : {});
      if (rest.kind === 'photo') return JSON.stringify(sorted({ ...rest, assetId: '', ...source(rest) }));
      if (rest.kind === 'photo-group') {
        const photos = rest.photos.map((c) => ({ ...c, photo: { ...c.photo, assetId: '', ...source(c.photo) } }));
        return JSON.stringify(sorted({ ...rest, photos, ...(rest.creditFrom ? { creditFrom: headline(rest.creditFrom) } : {}) }));
      }
      return JSON.stringify(sorted(rest));
    };
    const builtFrames = stored.frames.map((f) => shape(f, (id) => headlineOf.get(id) ?? id)).sort();
    const sample = (await import('../../main/sample/sample-page')).samplePageDocument;
    const expected = (await sample()).frames.map((f) => shape(f, sampleHeadline)).sort();
    expect(builtFrames).toEqual(expected);

    // Copyfit as the sample page has it: nothing over; preflight finds only the two RGB photos and
    // the CMYK photo above the newsprint ink limit.
    await expect.poll(() => page.locator('[data-testid=copyfit][data-tone=over]').count()).toBe(0);
    const preflight = page.getByTestId('status-preflight');
    await expect.poll(() => preflight.innerText()).toBe('预检：0 个错误，3 个警告');
    await desk.screenshot('page-workspace-built');
  });

  it('converts the RGB photos to CMYK and the CMYK photo for this press from the inspector, and preflight is clean', async () => {
    const group = (await page.locator('[data-kind=photo-group]').getAttribute('data-frame-id'))!;
    await desk.select(group);
    for (const cell of [0, 1]) {
      await page.getByTestId(`cell-${cell}-convert`).click();
      await page.getByTestId(`cell-${cell}-convert`).waitFor({ state: 'detached', timeout: 30_000 });
    }
    await desk.waitComposed();
    // Only the photo above the ink limit offers "convert for this press" (the grey portrait does not).
    let offered = 0;
    for (const id of await page.locator('[data-kind=photo]').evaluateAll((els) => els.map((e) => e.getAttribute('data-frame-id')!))) {
      await desk.select(id);
      const convert = page.getByTestId('photo-convert');
      if ((await convert.count()) === 0) continue;
      offered++;
      expect(await convert.innerText()).toBe('按本报印刷条件转换');
      await convert.click();
      await convert.waitFor({ state: 'detached', timeout: 30_000 });
    }
    expect(offered).toBe(1);
    await desk.waitComposed();
    await page.getByTestId('right-tab-preflight').click();
    await expect.poll(() => page.getByTestId('preflight-summary').innerText()).toBe('预检：无问题');
    await page.getByTestId('right-tab-inspector').click();
    await page.keyboard.press('Escape');
  });

  it('follows the press set in the page settings: a lower ink limit finds colours and photos above it', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('press-ink-limit').fill('200');
    await desk.waitComposed();
    await page.getByTestId('right-tab-preflight').click();
    const inkItems = page.locator('[data-testid=preflight-item]', { hasText: '总墨量超限' });
    await expect.poll(() => inkItems.count()).toBeGreaterThan(0);
    // The red banners (above 200 %) are errors; the converted photos (up to 240 %) warnings.
    await expect.poll(() => page.getByTestId('preflight-summary').innerText()).not.toBe('预检：无问题');
    await page.getByTestId('right-tab-inspector').click();
    await page.getByTestId('press-ink-limit').fill('240');
    await desk.waitComposed();
    await desk.waitSaved();
    expect((harness.store.pages.get(pageId).document as unknown as PageDocument).press).toEqual({ inkLimit: 240 });
    await page.getByTestId('right-tab-preflight').click();
    await expect.poll(() => page.getByTestId('preflight-summary').innerText()).toBe('预检：无问题');
    await page.getByTestId('right-tab-inspector').click();
  });

  it('exports the PDF with a preflight step, and the PDF’s lines are the lines on screen', async () => {
    await desk.waitSaved();
    await page.getByTestId('export-pdf').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-clean').waitFor();
    await desk.screenshot('page-workspace-export-preflight');
    await page.getByTestId('export-confirm').click();
    const result = page.getByTestId('export-result');
    await result.waitFor({ timeout: 60_000 });
    pdfPath = (await result.getAttribute('data-path'))!;
    expect(path.dirname(pdfPath)).toBe(harness.exportsDir);
    expect(path.basename(pdfPath)).toBe('2024-02-20 第3版 基层党建.pdf');
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByTestId('export-close').click();

    const screen = await desk.screenLines();
    // Over 300 (the lead in three 22-character columns, 山阳区 and 校史馆 in two of 27: fewer, longer lines).
    expect(screen.length).toBeGreaterThan(300);

    // The CLI composes the saved page from the database: the same lines, at the same places.
    const linesFile = path.join(harness.dataDir, 'lines.json');
    const code = await runCli(['compose', '--db', path.join(harness.dataDir, 'banmian.db'), '--page', pageId, '--lines', linesFile], { out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    const cli = (JSON.parse(readFileSync(linesFile, 'utf8')) as { lines: Array<{ frame: string; line: number; column: number; text: string; x: number; y: number; size: number }> }).lines;
    expect(cli).toHaveLength(screen.length);
    const onScreen = new Map(screen.map((l) => [`${l.frame}#${l.line}`, l]));
    for (const line of cli) {
      const drawn = onScreen.get(`${line.frame}#${line.line}`);
      expect(drawn, `${line.frame} line ${line.line}: ${line.text}`).toBeDefined();
      expect(drawn!.text).toBe(line.text);
      expect(drawn!.column).toBe(line.column);
      expect(Math.abs(drawn!.y - line.y)).toBeLessThan(0.002);
      // The lines file gives the first glyph's ink edge (punctuation trimmed), the screen its origin.
      expect(line.x - drawn!.x).toBeGreaterThanOrEqual(-0.002);
      expect(line.x - drawn!.x).toBeLessThan(line.size);
    }
    if (!hasPdftotext) return;

    // The PDF, read back by poppler: every word lies on a line of the screen, at its glyphs' x.
    const margin = pageGeometry({ width: mmToPt(BROADSHEET.trim.width), height: mmToPt(BROADSHEET.trim.height), bleed: mmToPt(BROADSHEET.bleed), items: [] }, 0).margin;
    const xml = spawnSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
    const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x: Number(m[1]) - margin,
      top: Number(m[2]) - margin,
      bottom: Number(m[4]) - margin,
      text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
    }));
    expect(words.length).toBeGreaterThan(300);
    const byLine = new Map<ScreenLine, typeof words>();
    for (const word of words) {
      // The line of the screen whose baseline band holds the word and that starts at or before it.
      const band = screen.filter((l) => word.top < l.y - 0.3 * l.size && l.y - 0.3 * l.size < word.bottom && l.x <= word.x + 0.01);
      const line = band.sort((a, b) => b.x - a.x)[0];
      expect(line, `PDF word “${word.text}” at ${word.x.toFixed(2)}, ${word.top.toFixed(2)} is on no line of the screen`).toBeDefined();
      byLine.set(line!, [...(byLine.get(line!) ?? []), word]);
    }
    const squash = (text: string) => text.replace(/\s/gu, '');
    for (const line of screen) {
      const found = (byLine.get(line) ?? []).sort((a, b) => a.x - b.x);
      expect(squash(found.map((w) => w.text).join('')), `${line.frame} line ${line.line}`).toBe(squash(line.text));
      if (squash(line.text)) expect(Math.abs(found[0]!.x - line.x), `${line.frame} line ${line.line}: x`).toBeLessThan(0.01);
    }
  });

  it('moves, resizes and nudges frames on the grid, and undoes it', async () => {
    const portrait = (await page.locator('[data-kind=photo]').first().getAttribute('data-frame-id'))!;
    await desk.select(portrait);
    const before = await page.getByTestId('area-line').inputValue();
    // Dragged by about two and a half lines: it snaps to two or three lines lower, never between.
    const box = (await page.locator(`[data-frame-id="${portrait}"] .frame-hit`).boundingBox())!;
    const scale = Number(await page.getByTestId('page-svg').getAttribute('data-scale'));
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 13.5 * scale * 2.4, { steps: 5 });
    // The outline is where the pointer is before the page is recomposed behind it.
    await page.mouse.up();
    await expect.poll(() => value(page.getByTestId('area-line'))).toBe(String(Number(before) + 2));
    await desk.waitComposed();
    // Resize from the bottom edge: one line deeper.
    const edge = (await page.locator('.handle-s').boundingBox())!;
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
    await page.mouse.down();
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2 + 13.5 * scale * 1.2, { steps: 3 });
    await page.mouse.up();
    // The sample's portrait is 12 lines deep (one less since widow/orphan control needs the line for the profile's text).
    await expect.poll(() => value(page.getByTestId('area-depth'))).toBe('13');
    await page.getByTestId('page-canvas').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => value(page.getByTestId('area-line'))).toBe(String(Number(before) + 1));
    await desk.screenshot('page-workspace-selected');
    for (let i = 0; i < 3; i++) await page.getByTestId('undo').click();
    await expect.poll(() => value(page.getByTestId('area-line'))).toBe(before);
    await expect.poll(() => value(page.getByTestId('area-depth'))).toBe('12');
    await desk.waitComposed();
    await desk.waitSaved();
  });

  it('crops a photo on the page: scaled with the wheel, dragged in its frame, done with Esc, undone', async () => {
    const portrait = (await page.locator('[data-kind=photo]').first().getAttribute('data-frame-id'))!;
    await desk.select(portrait);
    const scale = Number(await page.getByTestId('page-svg').getAttribute('data-scale'));
    const frameBox = (await page.locator(`[data-frame-id="${portrait}"] .frame-hit`).boundingBox())!;
    await page.mouse.dblclick(frameBox.x + frameBox.width / 2, frameBox.y + frameBox.height / 3);
    const image = page.getByTestId('crop-image');
    await image.waitFor();
    await page.getByTestId('crop-hint').waitFor();
    const rectOf = async () => Object.fromEntries(await Promise.all(['x', 'y', 'width', 'height'].map(async (k) => [k, Number(await image.getAttribute(k))] as const))) as Record<'x' | 'y' | 'width' | 'height', number>;
    const start = await rectOf();

    // The wheel scales the photo about the pointer; the frame shows less of it.
    await page.mouse.move(frameBox.x + frameBox.width / 2, frameBox.y + frameBox.height / 3);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await rectOf()).width).toBeGreaterThan(start.width * 1.4);
    await expect.poll(() => value(page.getByTestId('photo-fit'))).toBe('crop');
    const zoomed = await rectOf();
    expect(Number(await page.getByTestId('photo-crop-w').inputValue())).toBeLessThan(75);

    // Dragged left and up by 24 and 16 px: the photo follows the pointer, and the page is composed with it there.
    await page.mouse.move(frameBox.x + frameBox.width / 2, frameBox.y + frameBox.height / 3);
    await page.mouse.down();
    await page.mouse.move(frameBox.x + frameBox.width / 2 - 24, frameBox.y + frameBox.height / 3 - 16, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await rectOf()).x).toBeCloseTo(zoomed.x - 24 / scale, 1);
    expect((await rectOf()).y).toBeCloseTo(zoomed.y - 16 / scale, 1);
    await desk.waitComposed();
    const dragged = await rectOf();
    const drawn = await page.evaluate(() => {
      const overlay = document.querySelector('[data-testid=crop-image]')!;
      const x = Number(overlay.getAttribute('x'));
      const match = [...document.querySelectorAll('[data-testid=display-list] image')].find((i) => Math.abs(Number(i.getAttribute('x')) - x) < 0.01);
      return match ? Number(match.getAttribute('width')) : null;
    });
    expect(drawn).toBeCloseTo(dragged.width, 2);
    await desk.screenshot('page-workspace-crop');

    await page.keyboard.press('Escape');
    await page.getByTestId('crop-overlay').waitFor({ state: 'detached' });
    expect(await desk.selectedId()).toBe(portrait);
    // Two steps: the wheel run and the drag.
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await expect.poll(() => value(page.getByTestId('photo-fit'))).toBe('fill');
    await desk.waitComposed();
    await desk.waitSaved();
  });

  it('moves a frame off the grid with Alt held, and back onto it from the inspector', async () => {
    const portrait = (await page.locator('[data-kind=photo]').first().getAttribute('data-frame-id'))!;
    await desk.select(portrait);
    const column = await value(page.getByTestId('area-column'));
    const scale = Number(await page.getByTestId('page-svg').getAttribute('data-scale'));
    const box = (await page.locator(`[data-frame-id="${portrait}"] .frame-hit`).boundingBox())!;
    // 2 mm right and 1 mm down: less than a column and a line, so only the free offsets change.
    const mm = (72 / 25.4) * scale;
    await page.keyboard.down('Alt');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 2 * mm, box.y + box.height / 2 + 1 * mm, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Alt');
    await expect.poll(async () => Math.abs(Number(await value(page.getByTestId('area-dx'))) - 2)).toBeLessThan(0.25);
    expect(Math.abs(Number(await value(page.getByTestId('area-dy'))) - 1)).toBeLessThan(0.25);
    expect(await value(page.getByTestId('area-column'))).toBe(column);
    const moved = (await page.locator(`[data-frame-id="${portrait}"] .frame-hit`).boundingBox())!;
    expect(moved.x - box.x).toBeCloseTo(2 * mm, -0.5);
    // Typed in: 5 mm wider.
    await page.getByTestId('area-dw').fill('5');
    await expect.poll(async () => (await page.locator(`[data-frame-id="${portrait}"] .frame-hit`).boundingBox())!.width - box.width).toBeGreaterThan(5 * mm - 1);
    await page.getByTestId('area-snap').click();
    await expect.poll(() => value(page.getByTestId('area-dx'))).toBe('0');
    expect(await page.getByTestId('area-snap').count()).toBe(0);
    const back = (await page.locator(`[data-frame-id="${portrait}"] .frame-hit`).boundingBox())!;
    expect(back.x).toBeCloseTo(box.x, 0);
    expect(back.width).toBeCloseTo(box.width, 0);
    for (let i = 0; i < 3; i++) await page.getByTestId('undo').click();
    await expect.poll(() => value(page.getByTestId('area-dx'))).toBe('0');
    await desk.waitComposed();
    await desk.waitSaved();
  });

  it('reflows the page as a story is typed in the editor beside it', async () => {
    const profile = (await page.locator('[data-kind=story]').nth(1).getAttribute('data-frame-id'))!;
    // On its right-hand column, away from the portrait that stands in its first.
    const frameBox = (await page.locator(`[data-frame-id="${profile}"] .frame-hit`).boundingBox())!;
    await page.mouse.dblclick(frameBox.x + frameBox.width - 30, frameBox.y + frameBox.height * 0.6);
    const editor = page.getByTestId('side-editor');
    await editor.getByTestId('field-headline').waitFor();
    const headline = editor.getByTestId('field-headline');
    await headline.fill('朱光丽：用爱守护生命');
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid=display-list] text.dl-text')].some((t) => t.textContent === '朱光丽：用爱守护生命'),
      undefined,
      { timeout: 10_000 },
    );
    await desk.screenshot('page-workspace-editor');
    // A character the fonts' base parts lack (喆 is not in GB 2312) comes in a part of its own, in
    // the face the headline is set in, and the headline shows it once that part is loaded.
    await headline.fill('陶喆：用爱守护生命');
    const rare = await page.waitForFunction(
      () => {
        const run = [...document.querySelectorAll('[data-testid=display-list] text.dl-text')].find((t) => t.textContent === '陶喆：用爱守护生命');
        const family = run?.getAttribute('font-family');
        const face = [...document.fonts].find((f) => f.family.replace(/"/g, '') === family && /\bU\+5586\b/i.test(f.unicodeRange));
        return face?.status === 'loaded' ? { family, range: face.unicodeRange } : false;
      },
      undefined,
      { timeout: 10_000 },
    );
    expect(await rare.jsonValue()).toEqual({ family: 'bm-noto-sans-sc-700', range: 'U+5586' });
    await headline.fill('朱光丽：用爱守护生命');
    await page.getByTestId('side-editor-close').click();
    await editor.waitFor({ state: 'detached' });
  });

  it('shows a conflict when another window saved the page first, and keeps both until told', async () => {
    await desk.waitSaved();
    const record = harness.store.pages.get(pageId);
    const theirs = structuredClone(record.document) as unknown as PageDocument;
    theirs.page.section = '别处改的栏目';
    harness.store.pages.save(pageId, record.version, { document: theirs as unknown as Record<string, unknown>, section: '别处改的栏目' });
    // A change here now meets the other save.
    await page.keyboard.press('Escape');
    await page.getByTestId('page-name').fill('基层党建（改）');
    await page.getByTestId('page-conflict').waitFor({ timeout: 10_000 });
    expect((harness.store.pages.get(pageId).document as unknown as PageDocument).page.name).toBe('基层党建');
    await desk.screenshot('page-workspace-conflict');
    await page.getByTestId('conflict-keep-mine').click();
    await desk.waitSaved();
    expect((harness.store.pages.get(pageId).document as unknown as PageDocument).page.name).toBe('基层党建（改）');
  });

  it('sets a story’s headline vertically beside its text from the inspector, and undoes it', async () => {
    const horizontal = page.locator('[data-testid=display-list] text[data-block=headline]', { hasText: '朱光丽' }).first();
    const frameId = (await horizontal.getAttribute('data-frame'))!;
    await desk.select(frameId);
    await page.getByTestId('headline-vertical').check();
    const vertical = page.locator(`[data-testid=display-list] text.dl-vert[data-frame="${frameId}"][data-block=headline]`);
    await expect.poll(() => vertical.count()).toBeGreaterThan(0);
    await desk.waitComposed();
    expect((await vertical.allTextContents()).join('')).toContain('朱光丽');
    // A column standing upright at the frame's right edge: far taller than wide.
    const box = (await vertical.first().boundingBox())!;
    expect(box.height).toBeGreaterThan(3 * box.width);
    const frame = (await page.locator(`[data-frame-id="${frameId}"] .frame-hit`).boundingBox())!;
    expect(box.x + box.width).toBeGreaterThan(frame.x + frame.width - 2 * box.width);
    await desk.screenshot('page-workspace-vertical-headline');
    await page.getByTestId('undo').click();
    await expect.poll(() => vertical.count()).toBe(0);
    await desk.waitComposed();
    await desk.waitSaved();
  });

  it('sets the bylines in the 楷体 and centres the punctuation from the page style, and takes it back', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('typography-bylineFace').selectOption('lxgw-wenkai-400');
    await page.getByTestId('typography-punctuation').selectOption('centred');
    const bylines = page.locator('[data-testid=display-list] text[data-block^="byline"]');
    await expect.poll(async () => [...new Set(await bylines.evaluateAll((els) => els.map((e) => e.getAttribute('data-face'))))]).toEqual(['lxgw-wenkai-400']);
    // Centred marks come from the TC face: body runs of single marks in noto-serif-tc-400.
    const centred = page.locator('[data-testid=display-list] text[data-face="noto-serif-tc-400"]');
    await expect.poll(() => centred.count()).toBeGreaterThan(0);
    for (const text of await centred.allTextContents()) expect(text).toMatch(/^[。，、；：！？]+$/u);
    await desk.waitComposed();
    await desk.screenshot('page-workspace-page-style');
    await desk.waitSaved();
    expect((harness.store.pages.get(pageId).document as unknown as PageDocument).typography).toEqual({ bylineFace: 'lxgw-wenkai-400', punctuation: 'centred' });
    await page.getByTestId('typography-bylineFace').selectOption('');
    await page.getByTestId('typography-punctuation').selectOption('auto');
    await expect.poll(() => centred.count()).toBe(0);
    await desk.waitComposed();
    await desk.waitSaved();
    expect((harness.store.pages.get(pageId).document as unknown as PageDocument).typography).toEqual({});
  });

  it('fits an overset story to its frames from the inspector (缩字), says what changed, and undoes it', async () => {
    const headline = page.locator('[data-testid=display-list] text[data-block=headline]', { hasText: '朱光丽' }).first();
    const frameId = (await headline.getAttribute('data-frame'))!;
    await desk.select(frameId);
    // Two lines shallower than it is, so the story is overset whatever it was before.
    const depth = Number(await value(page.getByTestId('area-depth')));
    await desk.fill('area-depth', String(depth - 2));
    await expect.poll(() => page.getByTestId('copyfit-detail').textContent()).toContain('超出');
    await desk.waitComposed();
    const before = await page.getByTestId('copyfit-detail').textContent();
    await desk.fill('fit-limit', '5');
    await page.getByTestId('fit-to-frames').click();
    await expect.poll(() => page.getByTestId('fit-result').textContent()).toMatch(/已调整：正文字距 -\d(\.\d)?%/);
    await desk.waitComposed();
    // Tighter body text: fewer lines over than before.
    const overBy = (text: string | null) => Number(/超出 (\d+) 行/.exec(text ?? '')?.[1] ?? 0);
    await expect.poll(async () => overBy(await page.getByTestId('copyfit-detail').textContent())).toBeLessThan(overBy(before));
    await desk.screenshot('page-workspace-fit-to-frames');
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('copyfit-detail').textContent()).toBe(before);
    await page.getByTestId('undo').click();
    await expect.poll(() => value(page.getByTestId('area-depth'))).toBe(String(depth));
    await desk.waitComposed();
    await desk.waitSaved();
  });

  it('zooms to 200 % and back to the whole page', async () => {
    await page.getByTestId('zoom-select').selectOption('2');
    await expect.poll(() => page.getByTestId('page-svg').getAttribute('data-zoom')).toBe('2');
    await page.getByTestId('zoom-out').click();
    await expect.poll(() => page.getByTestId('page-svg').getAttribute('data-zoom')).toBe('1.5');
    await page.getByTestId('zoom-select').selectOption('fit');
    const zoom = Number(await page.getByTestId('page-svg').getAttribute('data-zoom'));
    expect(zoom).toBeLessThan(1);
  });

  it('lists pages by edition, duplicates one into another slot, and opens the sample page', async () => {
    await page.getByTestId('workspace-back').click();
    await page.getByTestId('page-list').waitFor();
    const row = page.locator(`[data-testid=page-row][data-page-id="${pageId}"]`);
    expect(await row.innerText()).toContain('第3版');
    await row.getByTestId('page-duplicate').click();
    await desk.fill('duplicate-number', '4');
    await page.getByTestId('duplicate-confirm').click();
    await expect.poll(() => page.locator('[data-testid=edition][data-edition="2024-02-20"] [data-testid=page-row]').count()).toBe(2);
    await page.getByTestId('open-sample').click();
    await desk.workspace.waitFor();
    await desk.waitComposed();
    // Our page holds 第3版 and its copy 第4版: the sample goes to the next free 版次.
    await expect.poll(() => page.locator('.desk-slot').innerText()).toBe('2024-02-20 第5版');
    await expect.poll(() => page.locator('[data-testid=copyfit][data-tone=over]').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });
});
