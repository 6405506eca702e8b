import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../main/store/open-store';
import { SearchHeads } from '../main/store/search-heads';
import * as searchIndex from '../main/store/search-index';
import { SearchTops } from '../main/store/search-tops';
import { percentile } from './stats';

/**
 * Where a save's time goes at newsroom scale: `npx tsx bench/search-save-parts.ts ARCHIVE.db`
 * (a copy is used). Saves 40 stories one paragraph each, as `npm run bench search` does, and
 * times the whole save and, inside it, the index's parts: the story's column texts
 * (tokenising), FTS5's delete and insert, the heads rows, the kept lists. CPU time of this
 * thread (`process.cpuUsage`, user + system) beside wall time, so a loaded machine reads true.
 */
const source = process.argv[2];
if (!source) throw new Error('usage: npx tsx bench/search-save-parts.ts ARCHIVE.db');
const dir = mkdtempSync(join(tmpdir(), 'banmian-save-parts-'));
copyFileSync(source, join(dir, 'banmian.db'));
const store = openStore(join(dir, 'banmian.db'), { photosDir: join(dir, 'photos') });
const parts = new Map<string, number[]>();
let current: Map<string, number> | null = null;

function cpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Wraps `owner[name]` to add its CPU time to `label` while a save is timed. */
function timed<T extends object>(owner: T, name: keyof T & string, label: string): void {
  const original = owner[name] as unknown as (...args: unknown[]) => unknown;
  (owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    const t0 = cpu();
    try {
      return original.apply(this, args);
    } finally {
      if (current) current.set(label, (current.get(label) ?? 0) + cpu() - t0);
    }
  };
}

timed(SearchHeads.prototype, 'put', 'heads rows');
timed(SearchTops.prototype, 'put', 'kept lists');
timed(searchIndex.SearchIndex.prototype, 'put', 'index (all of it)');

// A search per word first, so its lists exist as on a desk that has been open a while.
for (const query of ['党建', '服务', '群众', '骑手', '社区', '5g', 'APP', '300', '2023', '王梦梦', '新兴领域']) store.search.search(query);
const ids = store.stories.list({ section: '文化' }).slice(0, 40).map((story) => story.id);
const wall: number[] = [];
const cpus: number[] = [];
for (const [n, id] of ids.entries()) {
  const story = store.stories.get(id);
  const body = story.body.map((block, i) =>
    i === 1 && block.type === 'paragraph' ? { ...block, children: [{ text: `${block.children[0]!.text}（第${n}次修改）` }] } : block,
  );
  current = new Map();
  const c0 = cpu();
  const t0 = performance.now();
  store.stories.save(story.id, story.version, { body });
  wall.push(performance.now() - t0);
  cpus.push(cpu() - c0);
  for (const [label, ms] of current) parts.set(label, [...(parts.get(label) ?? []), ms]);
  current = null;
}
const f = (xs: number[]) => `median ${percentile(xs, 0.5).toFixed(2)}  p95 ${percentile(xs, 0.95).toFixed(2)}  min ${Math.min(...xs).toFixed(2)} ms`;
console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}; ${ids.length} saves`);
console.log(`save, wall:        ${f(wall)}`);
console.log(`save, CPU:         ${f(cpus)}`);
for (const [label, xs] of parts) console.log(`  ${label.padEnd(18)} ${f(xs)} (CPU)`);
store.close();
rmSync(dir, { recursive: true, force: true });
