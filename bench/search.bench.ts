import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../main/store/open-store';
import type { Store, StoryPageRequest } from '../main/store/store-types';
import type { WarmReport } from '../main/store/search-warm';
import type { Benchmark } from './bench-types';
import { archivePath } from './search-corpus';

/**
 * Search at newsroom scale (issue 14): an archive of 100,000 stories of real Chinese copy
 * (bench/search-corpus.ts; built once, ~10 minutes, then cached in .bench-cache/), copied to a
 * temp folder so saves do not change the cache. BANMIAN_BENCH_STORIES=1000000 for the 1M run.
 *
 * Each query benchmark cycles through its list, one query per timed run: the figures are over
 * all the list's queries. Queries are what a desk types: two-character words (common ones that
 * most stories hold, and rarer ones), a name, Latin words and numbers.
 *
 * In the order a desk meets them: the first search of each query on the archive as it comes
 * (nothing kept yet: FTS5 ranks each phrase's tiers once); the warm-up after opening again as
 * the app opens (search-warm.ts: until the archive's common words are kept); then the searches
 * of a desk that has been open a while (each query searched once, untimed, before the timed runs).
 */

/** Rows per page, as the library asks (renderer/src/library/use-library.ts). */
const PAGE = 200;
const COUNT = Number(process.env.BANMIAN_BENCH_STORIES ?? 100_000);
const QUERIES = {
  'two-character Chinese words': ['党建', '服务', '群众', '骑手', '社区', '村民', '学校', '治理', '支部', '校史', '书记', '太极'],
  'Latin words': ['5g', 'APP', 'GDP', 'ai', 'UNESCO', 'VR', 'CEO'],
  numbers: ['300', '2023', '1200', '48', '100', '2020'],
  'names and longer words': ['王梦梦', '杜挺勇', '新兴领域', '校史馆', '党建 服务'],
};

let store: Store | undefined;
let dir: string | undefined;
let warm: WarmReport | undefined;

function open(): Store {
  if (!store) {
    const source = archivePath(COUNT, (line) => console.error(line));
    dir = mkdtempSync(join(tmpdir(), 'banmian-search-bench-'));
    const path = join(dir, 'banmian.db');
    copyFileSync(source, path);
    store = openStore(path, { photosDir: join(dir, 'photos') });
    process.on('exit', () => {
      store?.close();
      rmSync(dir!, { recursive: true, force: true });
    });
  }
  return store;
}

/** Closes the store and opens it again as the app does, with the warm-up; resolves when the common words are kept. */
function reopenWarm(): Promise<void> {
  const path = open().path;
  store!.close();
  return new Promise((resolve) => {
    store = openStore(path, {
      photosDir: join(dir!, 'photos'),
      warmSearch: {
        onReady: (report) => {
          warm = report;
          resolve();
        },
      },
    });
  });
}

function cycling(list: string[]): () => void {
  let next = 0;
  return () => {
    open().search.search(list[next++ % list.length]!);
  };
}

const all = Object.values(QUERIES).flat();
const k = COUNT >= 1_000_000 ? '1M' : `${COUNT / 1000}k`;

export const benchmarks: Benchmark[] = [
  {
    name: `search ${k}: first search of each query on the archive as it comes (nothing kept: FTS5 ranks each phrase once)`,
    setup: () => void open(),
    run: cycling(all),
    warmup: 0,
    iterations: all.length,
  },
  {
    name: `search ${k}: warm-up after opening as the app does, until the common words are kept (worker thread; see the report)`,
    setup: () => void open(),
    run: reopenWarm,
    warmup: 0,
    iterations: 1,
  },
  ...Object.entries(QUERIES).map(([what, list]) => ({
    name: `search ${k}: ${what} (${list.join(' ')})`,
    setup: () => void open(),
    run: cycling(list),
    warmup: list.length,
    iterations: list.length * 5,
  })),
  {
    name: `search ${k}: all ${all.length} queries, top 20 with snippets`,
    setup: () => void open(),
    run: cycling(all),
    warmup: all.length,
    iterations: all.length * 5,
    targetMs: 10,
  },
  {
    name: `search ${k}: save a story (one paragraph changed; row, revision and index in one transaction)`,
    setup: () => void open(),
    run: (() => {
      let n = 0;
      let ids: string[] = [];
      return () => {
        const s = open();
        if (ids.length === 0) ids = s.stories.list({ section: '文化' }).slice(0, 50).map((story) => story.id);
        const story = s.stories.get(ids[n % ids.length]!);
        const body = story.body.map((block, i) =>
          i === 1 && block.type === 'paragraph' ? { ...block, children: [{ text: `${block.children[0]!.text}（第${++n}次修改）` }] } : block,
        );
        s.stories.save(story.id, story.version, { body });
      };
    })(),
    warmup: 5,
    iterations: 50,
    targetMs: 5,
  },
  // The library as the window reads it (issue 14): pages of 200 through `stories.page`, the
  // first with the filtered count, and the filter bar's counts (`stories.facets`).
  ...Object.entries({
    'first page, no filter': {},
    'filter by status (draft: every story)': { status: 'draft' },
    'filter by status (approved: none)': { status: 'approved' },
    'filter by section (党建)': { section: '党建' },
    'filter by date (since 2025-02-20)': { since: '2025-02-20' },
    'filter by status, section and date together': { status: 'draft', section: '文化', since: '2025-02-01' },
  } satisfies Record<string, Omit<StoryPageRequest, 'limit'>>).map(([what, filter]) => ({
    name: `library ${k}: ${what}, first page of 200 with the count`,
    setup: () => void open(),
    run: () => void open().stories.page({ ...filter, limit: PAGE }),
    warmup: 2,
    iterations: 20,
    targetMs: 50,
  })),
  {
    name: `library ${k}: scrolling, the next page of 200 (keyset), pages 2 to 101`,
    setup: () => void open(),
    run: (() => {
      let after: string | undefined;
      return () => {
        const page = open().stories.page({ limit: PAGE, ...(after ? { after } : {}) });
        after = page.next ?? undefined;
      };
    })(),
    warmup: 1,
    iterations: 100,
    targetMs: 50,
  },
  {
    name: `library ${k}: the filter bar's counts (by status, by section)`,
    setup: () => void open(),
    run: () => void open().stories.facets(),
    warmup: 2,
    iterations: 20,
    targetMs: 50,
  },
  {
    name: `library ${k}: app start, main-process part: open the store as the app does (schema check; integrity check in the background), the counts and the first page`,
    setup: () => void open(),
    run: () => {
      const again = openStore(join(dir!, 'banmian.db'), { photosDir: join(dir!, 'photos'), deferredCheck: { onResult: () => {} } });
      again.stories.facets();
      JSON.stringify(again.stories.page({ limit: PAGE }));
      again.close();
    },
    warmup: 1,
    iterations: 10,
    targetMs: 1000,
  },
];

export const report = (): string =>
  [
    warm ? `warm-up: ${warm.kept} common words listed and kept (${warm.common} in ≥ the threshold's stories) in ${(warm.ms / 1000).toFixed(1)} s${warm.stopped ? `, stopped: ${warm.stopped}` : ''}` : '',
    store ? `main process RSS with the ${k} archive open, after the runs above: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB` : '',
  ]
    .filter(Boolean)
    .join('\n');
