import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../main/store/migrations';
import { openStore } from '../main/store/open-store';
import type { Store } from '../main/store/store-types';
import type { Block, StoryFields } from '../shared/model/story';

/**
 * A newsroom archive for the search benchmark: `count` stories of real Chinese copy, the
 * sentences of the sample page (resources/sample/seed-page.txt) recombined — six paragraphs
 * of three to five sentences each, a headline from one of its clauses, one or two reporters
 * from a list of names — plus, now and then, a sentence with a Latin abbreviation or a year,
 * as news copy has. Deterministic (a seeded generator), built once and kept under
 * `.bench-cache/` (gitignored) by schema version and size.
 */

const ROOT = join(__dirname, '..');
export const CACHE_DIR = join(ROOT, '.bench-cache');

const NAMES = ['杜挺勇', '薛慧科', '王梦梦', '朱光丽', '李晓东', '张红梅', '陈建国', '刘思远', '赵雅琴', '孙立新', '周海燕', '吴国强'];
const SECTIONS = ['要闻', '党建', '经济', '社会', '文化', '体育', '图说基层党建'];
/** Sentences of the kind city dailies print, with the Latin words and figures readers search for. */
const EXTRA = [
  '全市新建5G基站1200个，重点场所实现5G网络全覆盖。',
  '市民可通过“i焦作”APP预约办理各类政务服务事项。',
  '一季度全市GDP同比增长6.1%，规模以上工业增加值增长8.3%。',
  '该项目引入AI巡检系统，设备故障发现时间缩短至5分钟以内。',
  '2023年以来，全市累计培训新型职业农民3000余人次。',
  '活动现场还设置了VR体验区，吸引不少市民驻足。',
  '据了解，该园区已入驻企业86家，其中CEO多为返乡创业青年。',
  '太极拳于2020年被联合国教科文组织（UNESCO）列入人类非物质文化遗产代表作名录。',
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampleSentences(): { sentences: string[]; clauses: string[] } {
  const text = readFileSync(join(ROOT, 'resources', 'sample', 'seed-page.txt'), 'utf8');
  const paragraphs = text.split(/\n+/u).map((line) => line.trim()).filter((line) => line.length >= 30);
  const sentences = paragraphs.flatMap((p) => p.match(/[^。！？]+[。！？]/gu) ?? []).filter((s) => s.length >= 8);
  const clauses = sentences.flatMap((s) => s.split(/[，。；：！？、]/u)).filter((c) => c.length >= 6 && c.length <= 18);
  return { sentences, clauses };
}

/** The stories of an archive of `count`, generated in order (story i is the same for every count). */
export function* archiveStories(count: number): Generator<Partial<StoryFields>> {
  const { sentences, clauses } = sampleSentences();
  const next = random(20261129);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  for (let i = 0; i < count; i += 1) {
    const body: Block[] = [];
    for (let p = 0; p < 6; p += 1) {
      const parts: string[] = [];
      const n = 3 + Math.floor(next() * 3);
      for (let s = 0; s < n; s += 1) parts.push(next() < 0.03 ? pick(EXTRA) : pick(sentences));
      body.push({ type: 'paragraph', children: [{ text: parts.join('') }] });
    }
    const names = next() < 0.3 ? [pick(NAMES), pick(NAMES)] : [pick(NAMES)];
    yield {
      section: pick(SECTIONS),
      headline: `${pick(clauses)}${next() < 0.5 ? `\u3000${pick(clauses)}` : ''}`,
      bylines: [{ role: 'reporter', label: '本报记者', names: [...new Set(names)] }],
      body,
    };
  }
}

/** The path of the cached archive of `count` stories, built first if missing. */
export function archivePath(count: number, log: (line: string) => void = () => {}): string {
  const version = MIGRATIONS.at(-1)!.version;
  const path = join(CACHE_DIR, `search-v${version}-${count}.db`);
  if (existsSync(path)) return path;
  mkdirSync(CACHE_DIR, { recursive: true });
  const building = `${path}.building`;
  rmSync(building, { force: true });
  // An archive of an older schema is migrated (seconds) rather than rebuilt (minutes).
  for (let older = version - 1; older >= 1; older--) {
    const old = join(CACHE_DIR, `search-v${older}-${count}.db`);
    if (!existsSync(old)) continue;
    log(`  migrating ${old} to schema ${version}`);
    copyFileSync(old, building);
    openStore(building, { photosDir: join(CACHE_DIR, 'photos') }).close();
    for (const suffix of ['-wal', '-shm']) rmSync(building + suffix, { force: true });
    renameSync(building, path);
    return path;
  }
  let minutes = 0;
  // One story a minute, the oldest first, so "newest first" has something to order.
  const start = Date.UTC(2025, 0, 1);
  const store: Store = openStore(building, { now: () => new Date(start + minutes++ * 60_000), photosDir: join(CACHE_DIR, 'photos') });
  const t0 = performance.now();
  let batch: Array<Partial<StoryFields>> = [];
  let written = 0;
  for (const story of archiveStories(count)) {
    batch.push(story);
    if (batch.length === 2000) {
      store.stories.createMany(batch);
      written += batch.length;
      batch = [];
      log(`  built ${written} of ${count} stories (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
  }
  if (batch.length) store.stories.createMany(batch);
  store.close();
  for (const suffix of ['-wal', '-shm']) rmSync(building + suffix, { force: true });
  renameSync(building, path);
  return path;
}
