/**
 * 着重号 on a free text frame: its `emphasis` ranges ([start, end) into the frame's text), kept
 * sorted and merged. The inspector toggles the textarea's selection, and moves the ranges with
 * the text when it is edited, so the dots stay on the characters they were put on.
 */

export type Range = readonly [number, number];

function merged(ranges: readonly Range[]): Array<[number, number]> {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Marks [start, end), or unmarks it when all of it is marked already. */
export function toggleEmphasis(ranges: readonly Range[] | undefined, start: number, end: number): Array<[number, number]> {
  const current = merged(ranges ?? []);
  if (end <= start) return current;
  const covered = current.some(([a, b]) => a <= start && b >= end);
  if (!covered) return merged([...current, [start, end]]);
  return merged(current.flatMap(([a, b]): Array<[number, number]> => (b <= start || a >= end ? [[a, b]] : [[a, start], [end, b]])));
}

/** The ranges after `before` was edited into `after`: the changed middle (common head and tail kept) loses its marks. */
export function emphasisAfterEdit(ranges: readonly Range[] | undefined, before: string, after: string): Array<[number, number]> {
  if (!ranges?.length) return [];
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const cut = before.length - tail; // [head, cut) of before became [head, after.length - tail) of after
  const shift = after.length - before.length;
  const moved = ranges.flatMap(([a, b]): Array<[number, number]> => {
    const parts: Array<[number, number]> = [];
    if (a < head) parts.push([a, Math.min(b, head)]);
    if (b > cut) parts.push([Math.max(a, cut) + shift, b + shift]);
    return parts;
  });
  return merged(moved);
}
