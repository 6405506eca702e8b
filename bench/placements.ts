// Where library stories are placed, read from the pages' documents (PageRepository.placements,
// json_each over live pages' story frames): the cost of one library window's lookup and of a
// page save's status sync, on a store with many pages.
// Run: npx tsx bench/placements.ts [--pages 1000] [--frames 30]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../main/store/open-store';
import { BROADSHEET } from '../shared/compose/templates';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, type Frame } from '../shared/model/page';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, frames: { type: 'string', default: '30' } } });
const pages = Number(values.pages);
const perPage = Number(values.frames);
const dir = mkdtempSync(join(tmpdir(), 'banmian-placements-'));
const store = openStore(join(dir, 'bench.db'));
try {
  const stories = store.stories.createMany(Array.from({ length: pages * 4 }, (_, i) => ({ headline: `稿件 ${i}` })));
  store.transaction(() => {
    for (let p = 0; p < pages; p++) {
      const frames: Frame[] = Array.from({ length: perPage }, (_, f) =>
        f % 4 === 0
          ? { id: `s${f}`, kind: 'story', storyId: stories[(p * 4 + f / 4) % stories.length]!.id, area: { column: 0, span: 2, line: f, depth: 10 }, bodyColumns: 2 }
          : { id: `r${f}`, kind: 'rule', area: { column: 0, span: 4, line: f, depth: 1 }, orientation: 'horizontal', weight: 0.5, color: [0, 0, 0, 1] },
      );
      const document = { format: PAGE_FORMAT, version: PAGE_FORMAT_VERSION, page: { name: 'p', edition: `2024-${String(1 + (p % 12)).padStart(2, '0')}-${String(1 + Math.floor(p / 12) % 28).padStart(2, '0')}`, number: 1 + Math.floor(p / 336), section: '' }, template: BROADSHEET, stories: {}, assets: {}, frames };
      store.pages.create({ editionDate: document.page.edition, pageNumber: document.page.number, document: document as unknown as Record<string, unknown> });
    }
  });
  const window = stories.slice(0, 60).map((s) => s.id);
  const time = (runs: number, fn: () => void) => {
    fn();
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) fn();
    return (performance.now() - t0) / runs;
  };
  const windowMs = time(20, () => store.pages.placements(window));
  const oneMs = time(50, () => store.pages.placements([stories[7]!.id]));
  console.log(`${pages} pages × ${perPage} frames: a 60-row library window ${windowMs.toFixed(1)} ms, one story ${oneMs.toFixed(1)} ms`);
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
