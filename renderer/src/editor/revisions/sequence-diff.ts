/**
 * Myers' O((N+M)·D) difference of two sequences, as runs of equal, deleted and inserted
 * items. Common prefix and suffix are taken off first (most revisions touch a few places).
 * Past `maxEdits` differences the middle is reported as one deletion and one insertion,
 * which keeps a diff of two unrelated texts quick.
 */
export type DiffKind = 'equal' | 'delete' | 'insert';

export interface DiffRun<T> {
  kind: DiffKind;
  items: T[];
}

export function diffSequences<T>(
  before: readonly T[],
  after: readonly T[],
  equals: (a: T, b: T) => boolean = Object.is,
  maxEdits = 1000,
): Array<DiffRun<T>> {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && equals(before[prefix]!, after[prefix]!)) prefix += 1;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    equals(before[before.length - 1 - suffix]!, after[after.length - 1 - suffix]!)
  ) {
    suffix += 1;
  }
  const a = before.slice(prefix, before.length - suffix);
  const b = after.slice(prefix, after.length - suffix);

  const runs: Array<DiffRun<T>> = [];
  const push = (kind: DiffKind, item: T) => {
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.items.push(item);
    else runs.push({ kind, items: [item] });
  };
  for (const item of before.slice(0, prefix)) push('equal', item);
  for (const [kind, item] of middle(a, b, equals, maxEdits)) push(kind, item);
  for (const item of before.slice(before.length - suffix)) push('equal', item);
  return runs;
}

function middle<T>(a: readonly T[], b: readonly T[], equals: (x: T, y: T) => boolean, maxEdits: number): Array<[DiffKind, T]> {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((item) => ['insert', item]);
  if (m === 0) return a.map((item) => ['delete', item]);

  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d += 1) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && equals(a[x]!, b[y]!)) {
        x += 1;
        y += 1;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
  }
  if (found < 0) return [...a.map((item): [DiffKind, T] => ['delete', item]), ...b.map((item): [DiffKind, T] => ['insert', item])];

  // Walk back through the saved frontiers.
  const steps: Array<[DiffKind, T]> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d -= 1) {
    const frontier = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = frontier[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
      x -= 1;
      y -= 1;
      steps.push(['equal', a[x]!]);
    }
    if (down) {
      y -= 1;
      steps.push(['insert', b[y]!]);
    } else {
      x -= 1;
      steps.push(['delete', a[x]!]);
    }
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    steps.push(['equal', a[x]!]);
  }
  return steps.reverse();
}
