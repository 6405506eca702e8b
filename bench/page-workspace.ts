/**
 * Page workspace benchmark (issue 6 §7): the built-in sample page in the Chromium harness (the
 * built renderer, real handlers and SQLite store, the fonts served as the app serves them).
 *
 *   npx tsx bench/page-workspace.ts     (npm run bench:pages once package.json names it)
 *
 * Measured in the page with performance.now():
 * - open: from the click on a page's Open button in the page list to the first animation frame
 *   after the workspace shows the page composed, in its fonts (`pages.get`, the main process's
 *   first composition with the resources the window needs, the SVG's first paint). The first
 *   open of a window also loads the page's screen fonts (the base parts of its four faces and
 *   a part for its other characters, main/fonts/screen-fonts.ts); later opens find them. Twice:
 *   with the parts cut afresh (the first page the app ever opens) and found on disk.
 * - drag: the portrait frame dragged over the profile story, one grid line (and now and then a
 *   column) per pointer move, each move after the last has been drawn. Per move: pointermove →
 *   the next frame after the frame's outline has moved; pointermove → the next frame after the
 *   display list shows the page recomposed for that position (text rewrapped round the photo,
 *   copyfit updated). Run twice: composing in the window (what the app does), then with every
 *   change sent to the main process (`localStorage['banmian.composeInWindow'] = 'off'`), which is
 *   the IPC round trip plus composition the issue asks to report.
 * Targets: open ≤ 500 ms, drag p95 ≤ 16 ms. Set BANMIAN_E2E_SKIP_BUILD=1 to reuse dist/renderer.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { setup as buildRenderer } from '../tests/e2e/harness/global-setup';
import { startHarness } from '../tests/e2e/harness/harness';
import { percentile, summary } from './stats';

const OPENS = 7;
const MOVES = 80;

type Sample = { outline: number; composed: number; source: string };
type Global = { __open: { start: number; done: number }; __drag: { start: number; outline: number; samples: Sample[] } };

/** Waits (in the page) for the workspace to show its document composed, in its fonts, then a frame. */
async function installOpenProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = { start: -1, done: -1 };
    (window as unknown as Global).__open = state;
    document.addEventListener(
      'click',
      () => {
        state.start = performance.now();
        const check = () => {
          const ws = document.querySelector('[data-testid=page-workspace]');
          const ready = ws?.getAttribute('data-fonts-ready') === 'true' && ws.getAttribute('data-revision') === ws.getAttribute('data-composed-revision') && document.querySelector('[data-testid=display-list] text');
          if (ready) requestAnimationFrame(() => (state.done = performance.now() - state.start));
          else requestAnimationFrame(check);
        };
        check();
      },
      { capture: true, once: true },
    );
  });
}

async function openFromList(page: Page, id: string): Promise<number> {
  await page.evaluate(() => (location.hash = '#/pages'));
  await page.getByTestId('page-list').waitFor();
  await installOpenProbe(page);
  await page.locator(`[data-testid=page-row][data-page-id="${id}"] [data-testid=page-open]`).click();
  await page.waitForFunction(() => (window as unknown as Global).__open.done >= 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as Global).__open.done);
}

async function drag(page: Page): Promise<Sample[]> {
  await page.evaluate(() => {
    const probe = { start: -1, outline: -1, samples: [] as Array<{ outline: number; composed: number; source: string }> };
    (window as unknown as Global).__drag = probe;
    const ws = document.querySelector('[data-testid=page-workspace]')!;
    const overlay = document.querySelector('[data-testid=frame-overlay]')!;
    window.addEventListener('pointermove', () => {
      probe.start = performance.now();
      probe.outline = -1;
    }, true);
    // The outline: the dragged frame's rectangle changes (React commits the document on screen).
    new MutationObserver(() => {
      if (probe.start < 0 || probe.outline >= 0) return;
      const start = probe.start;
      probe.outline = 0;
      requestAnimationFrame(() => (probe.outline = performance.now() - start));
    }).observe(overlay, { attributes: true, subtree: true, attributeFilter: ['y', 'x', 'height'] });
    // The page recomposed for the document on screen.
    new MutationObserver(() => {
      if (probe.start < 0 || ws.getAttribute('data-revision') !== ws.getAttribute('data-composed-revision')) return;
      const start = probe.start;
      probe.start = -1;
      requestAnimationFrame(() => {
        const composed = performance.now() - start;
        const source = ws.getAttribute('data-compose-source') ?? '';
        const wait = () => (probe.outline > 0 ? probe.samples.push({ outline: probe.outline, composed, source }) : requestAnimationFrame(wait));
        wait();
      });
    }).observe(ws, { attributes: true, attributeFilter: ['data-composed-revision', 'data-revision'] });
  });
  const frame = page.locator('[data-frame-id=portrait] .frame-hit');
  const box = (await frame.boundingBox())!;
  const scale = Number(await page.getByTestId('page-svg').getAttribute('data-scale'));
  const line = 13.5 * scale;
  const column = 126 * scale;
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0, y0 + 4); // past the drag threshold
  for (let i = 1; i <= MOVES; i++) {
    const lines = (i % 24) + 1;
    const columns = Math.floor(i / 24) % 3;
    await page.mouse.move(x0 + columns * column, y0 + lines * line);
    await page.waitForFunction((n) => (window as unknown as Global).__drag.samples.length >= n, i, { timeout: 15_000 });
  }
  await page.mouse.up();
  await page.keyboard.press('Control+z');
  return page.evaluate(() => (window as unknown as Global).__drag.samples);
}

async function main(): Promise<void> {
  if (process.env.BANMIAN_E2E_SKIP_BUILD !== '1') await buildRenderer();
  const harness = await startHarness();
  try {
    const app = await harness.openApp({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    await page.evaluate('globalThis.__name = (fn) => fn');
    await page.evaluate(() => (location.hash = '#/pages'));
    await page.getByTestId('page-list').waitFor();
    let t = performance.now();
    await page.getByTestId('open-sample').click();
    await page.getByTestId('page-workspace').waitFor();
    const id = (await page.getByTestId('page-workspace').getAttribute('data-page-id'))!;
    await page.waitForFunction(() => document.querySelector('[data-testid=page-workspace]')?.getAttribute('data-fonts-ready') === 'true', undefined, { timeout: 60_000 });
    const firstSample = performance.now() - t;
    console.log(`Page workspace benchmark: the sample page; Chromium ${page.context().browser()?.version() ?? ''}`);
    console.log(`open the sample page the first time (stories, photos and previews into the store, fonts loaded): ${firstSample.toFixed(0)} ms (wall clock, once)`);

    // A fresh window with no screen fonts cut yet (the app's first page ever): its first open waits for them.
    await app.context.close();
    const partsDir = path.join(harness.dataDir, 'screen-fonts');
    for (const name of await readdir(partsDir)) await rm(path.join(partsDir, name));
    const fresh = await harness.openApp({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    // tsx keeps function names with a __name() helper that evaluate() callbacks would miss in the page.
    await fresh.context.addInitScript('globalThis.__name = (fn) => fn');
    await fresh.page.evaluate('globalThis.__name = (fn) => fn');
    const opens: number[] = [];
    for (let run = 0; run < OPENS; run++) opens.push(await openFromList(fresh.page, id));
    const partFiles = await readdir(partsDir);

    // Another new window: the parts are on disk, as for every window after the app's first page.
    const second = await harness.openApp({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    await second.page.evaluate('globalThis.__name = (fn) => fn');
    const secondWindowOpen = await openFromList(second.page, id);
    await second.context.close();

    await fresh.page.getByTestId('zoom-select').selectOption('1');
    await fresh.page.evaluate(() => document.querySelector('[data-frame-id=portrait]')?.scrollIntoView({ block: 'center', inline: 'center' }));
    await fresh.page.waitForTimeout(300);
    const inWindow = await drag(fresh.page);

    await fresh.page.evaluate(() => localStorage.setItem('banmian.composeInWindow', 'off'));
    t = performance.now();
    await fresh.page.reload();
    await fresh.page.getByTestId('page-workspace').waitFor();
    await fresh.page.waitForFunction(() => document.querySelector('[data-testid=page-workspace]')?.getAttribute('data-fonts-ready') === 'true', undefined, { timeout: 60_000 });
    await fresh.page.getByTestId('zoom-select').selectOption('1');
    await fresh.page.evaluate(() => document.querySelector('[data-frame-id=portrait]')?.scrollIntoView({ block: 'center', inline: 'center' }));
    await fresh.page.waitForTimeout(300);
    const inMain = await drag(fresh.page);
    await fresh.page.evaluate(() => localStorage.removeItem('banmian.composeInWindow'));

    // What a new window's first open waits for: the four faces' base parts, fetched and decoded (nothing in the window yet).
    const fontsWindow = await harness.openApp({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    await fontsWindow.page.evaluate('globalThis.__name = (fn) => fn');
    const fontLoad = await fontsWindow.page.evaluate(async () => {
      type Invoke = Record<string, (input: unknown) => Promise<{ ok: boolean; value: unknown }>>;
      const invoke = (window as unknown as { banmian: { invoke: Invoke } }).banmian.invoke;
      const faces = (await invoke['pages.fonts']!({})).value as string[];
      const start = performance.now();
      const parts = (await invoke['pages.screenFonts']!({ faces: Object.fromEntries(faces.map((f) => [f, { text: '', base: true }])) })).value as Record<string, { url: string; unicodeRange: string }[]>;
      await Promise.all(Object.entries(parts).flatMap(([face, list]) => list.map((p) => new FontFace(`bench-${face}`, `url("${p.url}")`, { unicodeRange: p.unicodeRange }).load())));
      return performance.now() - start;
    });

    console.log('');
    console.log(`screen font parts cut for the page: ${partFiles.length} (${partFiles.join(', ')})`);
    console.log(`the four faces' base parts alone, asked for, fetched and decoded in a new window: ${fontLoad.toFixed(0)} ms`);
    console.log(`open from the page list (click Open → page composed and painted in its fonts); the first run cuts and loads the screen fonts:`);
    console.log(`  runs: ${opens.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    console.log(`  a new window's first open, the parts on disk: ${secondWindowOpen.toFixed(0)} ms`);
    console.log(`  ${summary(opens)}`);
    const sources = (samples: Sample[]) => [...new Set(samples.map((x) => x.source))].join(', ');
    console.log(`drag, composing in the window (the app; composed in: ${sources(inWindow)}):`);
    console.log(`  pointermove → outline moved, next frame:      ${summary(inWindow.map((s) => s.outline))}`);
    console.log(`  pointermove → page recomposed, next frame:    ${summary(inWindow.map((s) => s.composed))}`);
    console.log(`drag, every change composed in the main process (IPC round trip + composition; composed in: ${sources(inMain)}):`);
    console.log(`  pointermove → outline moved, next frame:      ${summary(inMain.map((s) => s.outline))}`);
    console.log(`  pointermove → page recomposed, next frame:    ${summary(inMain.map((s) => s.composed))}`);
    const openWarm = percentile(opens.slice(1), 0.5);
    const p95 = percentile(inWindow.map((s) => s.composed), 0.95);
    const worst = Math.max(...opens, secondWindowOpen);
    console.log(`targets: open ≤ 500 ms ${worst <= 500 ? 'met (every run)' : openWarm <= 500 ? 'met after the first open (median)' : 'MISSED'}, drag p95 ≤ 16 ms ${p95 <= 16 ? 'met' : 'MISSED'}`);
    if (fresh.problems.length > 0) console.log('page problems:', fresh.problems);
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
