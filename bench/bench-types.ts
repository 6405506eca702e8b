/**
 * The shape of a benchmark. Any `bench/*.bench.ts` module exports a named `benchmarks` array
 * of these; `npm run bench` (bench/run.ts) finds and runs them all.
 */
export interface Benchmark {
  /** Shown in the table; prefix with the area, e.g. "typeset: …". */
  name: string;
  /** Runs once, untimed, before the warm-up (load fonts, build inputs). */
  setup?: () => void | Promise<void>;
  /** The timed work. Runs `warmup` times untimed, then `iterations` times timed. */
  run: () => void | Promise<void>;
  /** Timed runs (default 30). */
  iterations?: number;
  /** Untimed runs first, so the JIT and caches settle (default 5). */
  warmup?: number;
  /** Target for the median, ms; the table marks whether it is met. */
  targetMs?: number;
}

export interface BenchResult {
  file: string;
  name: string;
  iterations: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  targetMs?: number;
  met?: boolean;
}
