import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { singleToken } from '../main/store/search-heads-ranking';
import { planQuery } from '../main/store/search-query';
import { TieredRanking } from '../main/store/search-tiers';
import { percentile } from './stats';

/**
 * Before and after the impact-ordered postings (story_search_heads), interleaved in one process
 * on one archive: `npx tsx bench/search-heads-compare.ts ARCHIVE.db` (a copy is used). For each
 * one-token query of the search benchmark, the top 20 story ids by the FTS5 tiers alone, then
 * with the postings for the upper tiers; three rounds. Prints the first round per query, the
 * median and p95 of all runs, and any query whose results differ.
 *
 * With `--tops`: before is that (the postings, FTS5 for the rest), after adds the kept best
 * stories of one-phrase queries (search-tops.ts, listed by a first untimed search), over all
 * 30 queries of the search benchmark.
 */

const tops = process.argv.includes('--tops');
const QUERIES = ['党建', '服务', '群众', '骑手', '社区', '村民', '学校', '治理', '支部', '校史', '书记', '太极',
  '5g', 'APP', 'GDP', 'ai', 'UNESCO', 'VR', 'CEO', '300', '2023', '1200', '48', '100', '2020',
  ...(tops ? ['王梦梦', '杜挺勇', '新兴领域', '校史馆', '党建 服务'] : [])];

const source = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (!source) throw new Error('usage: npx tsx bench/search-heads-compare.ts ARCHIVE.db');
const dir = mkdtempSync(join(tmpdir(), 'banmian-heads-compare-'));
copyFileSync(source, join(dir, 'archive.db'));
const db = new Database(join(dir, 'archive.db'));
const ranking = new TieredRanking(db);

function top20(query: string, after: boolean): { ms: number; ids: number[] } {
  const plan = planQuery(query)!;
  const t0 = performance.now();
  const ids: number[] = [];
  const token = tops || after ? singleToken(plan.terms) : null;
  for (const { row } of ranking.rows(plan.match, 20, token, tops && after ? plan.phrase : null)) {
    ids.push(row.seq);
    if (ids.length === 20) break;
  }
  return { ms: performance.now() - t0, ids };
}

const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');
console.log(`load average ${load()}`);
for (const query of QUERIES) top20(query, true);
const before: number[] = [];
const after: number[] = [];
for (let round = 0; round < 3; round += 1) {
  for (const query of QUERIES) {
    const a = top20(query, false);
    const b = top20(query, true);
    if (a.ids.join() !== b.ids.join()) console.log(`DIFFERENT: ${query}`);
    before.push(a.ms);
    after.push(b.ms);
    if (round === 0) console.log(`${query.padEnd(8)} ${a.ms.toFixed(1).padStart(8)} → ${b.ms.toFixed(2).padStart(8)} ms`);
  }
}
const f = (xs: number[]) => `median ${percentile(xs, 0.5).toFixed(1)} ms, p95 ${percentile(xs, 0.95).toFixed(1)} ms`;
console.log(`before: ${f(before)} | after: ${f(after)} | load average ${load()}`);
db.close();
rmSync(dir, { recursive: true, force: true });
