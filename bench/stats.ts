/** Nearest-rank percentile (p in 0..1) of unsorted samples; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index]!;
}

/** One line for a console report: p50, p95, max and the sample count. */
export function summary(values: readonly number[]): string {
  const f = (n: number) => n.toFixed(1).padStart(6);
  return `p50 ${f(percentile(values, 0.5))} ms   p95 ${f(percentile(values, 0.95))} ms   max ${f(Math.max(...values))} ms   (n=${values.length})`;
}
