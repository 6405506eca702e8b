import { readdirSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Benchmark, BenchResult } from './bench-types';
import { percentile } from './stats';

/**
 * `npm run bench [filter…] [--json]`: runs every benchmark exported (as `benchmarks`) by the
 * `bench/*.bench.ts` modules and prints median / p95 / min / max per benchmark, then the line a
 * module's optional `report()` gives (figures that are not timings, e.g. memory). A filter keeps
 * benchmarks whose file or name contains it. Timings are wall-clock (performance.now()).
 */

async function measure(file: string, bench: Benchmark): Promise<BenchResult> {
  await bench.setup?.();
  for (let i = 0; i < (bench.warmup ?? 5); i++) await bench.run();
  const iterations = bench.iterations ?? 30;
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await bench.run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const medianMs = percentile(times, 0.5);
  const result: BenchResult = {
    file,
    name: bench.name,
    iterations,
    medianMs,
    p95Ms: percentile(times, 0.95),
    minMs: times[0]!,
    maxMs: times[times.length - 1]!,
  };
  if (bench.targetMs !== undefined) {
    result.targetMs = bench.targetMs;
    result.met = medianMs <= bench.targetMs;
  }
  return result;
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

function table(results: BenchResult[]): string {
  const head = ['benchmark', 'runs', 'median ms', 'p95 ms', 'min ms', 'max ms', 'target ms'];
  const rows = results.map((r) => [
    r.name,
    String(r.iterations),
    fmt(r.medianMs),
    fmt(r.p95Ms),
    fmt(r.minMs),
    fmt(r.maxMs),
    r.targetMs === undefined ? '' : `${r.met ? '≤' : 'MISSED >'} ${r.targetMs}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const filters = args.filter((a) => !a.startsWith('--'));
  const dir = __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const results: BenchResult[] = [];
  const notes: string[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { benchmarks?: Benchmark[]; report?: () => string };
    let ran = false;
    for (const bench of mod.benchmarks ?? []) {
      if (filters.length && !filters.some((f) => file.includes(f) || bench.name.includes(f))) continue;
      results.push(await measure(file, bench));
      ran = true;
    }
    // A module may add a line of figures that are not timings (memory, sizes).
    const note = ran ? mod.report?.() : undefined;
    if (note) notes.push(note);
  }
  if (json) {
    console.log(JSON.stringify({ node: process.version, cpus: availableParallelism(), cpu: cpus()[0]?.model, results }, null, 2));
  } else {
    console.log(`node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model ?? 'cpu'}\n`);
    console.log(table(results));
    if (notes.length) console.log(`\n${notes.join('\n')}`);
  }
  if (results.some((r) => r.met === false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
