import { loadavg } from 'node:os';
import { setup as buildRenderer } from '../tests/e2e/harness/global-setup';
import { startHarness } from '../tests/e2e/harness/harness';
import { archivePath } from './search-corpus';
import { summary } from './stats';

/**
 * App start, the window part (issue 14): the built renderer in the e2e harness's Chromium, on
 * the real handlers and a copy of the 100k-story benchmark archive (bench/search-corpus.ts;
 * BANMIAN_BENCH_ARCHIVE=FILE for another database). Each run opens a new window (its own
 * browser context, nothing cached) and measures from the start of the navigation to the first
 * animation frame in which the library shows its first rows and the whole library's count —
 * the window's own work plus the `stories.page` and `stories.facets` round trips it waits for.
 * The main-process part (opening the store, those two answers) is `npm run bench library`.
 * Not part of `npm run bench` (it needs Chromium): `npm run bench:start`.
 */

const RUNS = Number(process.env.BANMIAN_BENCH_RUNS ?? 7);

async function main(): Promise<void> {
  if (process.env.BANMIAN_E2E_SKIP_BUILD !== '1') await buildRenderer();
  const databaseFile = process.env.BANMIAN_BENCH_ARCHIVE ?? archivePath(100_000, (line) => console.error(line));
  const harness = await startHarness({ databaseFile });
  try {
    const total = harness.store.stories.facets().total;
    const wall: number[] = [];
    const inPage: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const t0 = performance.now();
      const app = await harness.openApp({ locale: 'zh-CN', viewport: { width: 1360, height: 860 } });
      // The page's clock starts with its navigation: the first frame with rows and the count shown.
      const shown = await app.page.waitForFunction(
        (count) => {
          const row = document.querySelector('[data-testid=story-table] tbody tr .headline');
          const status = document.querySelector('.statusbar')?.textContent ?? '';
          return row && status.includes(`共 ${count} 篇`) ? performance.now() : false;
        },
        total,
        { polling: 'raf', timeout: 60_000 },
      );
      inPage.push((await shown.jsonValue()) as number);
      wall.push(performance.now() - t0);
      if (app.problems.length) throw new Error(app.problems.join('\n'));
      await app.context.close();
    }
    console.log(`App start, window part: a library of ${total} stories; load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
    console.log(`navigation → first rows and the count shown (in the page): ${summary(inPage)}`);
    console.log(`new window → the same (harness wall clock, with the browser context): ${summary(wall)}`);
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
