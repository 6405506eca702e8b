export interface HighlightSegment {
  text: string;
  marked: boolean;
}

/**
 * Splits a search snippet into plain and highlighted runs. Ranges are [start, end) offsets
 * into the snippet string (UTF-16, as the store slices it); they may arrive unsorted,
 * overlapping or out of bounds, and none of that may drop or repeat a character.
 */
export function highlightSegments(snippet: string, ranges: ReadonlyArray<readonly [number, number]>): HighlightSegment[] {
  const clamped = ranges
    .map(([start, end]) => [Math.max(0, Math.min(start, snippet.length)), Math.max(0, Math.min(end, snippet.length))] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const merged: Array<[number, number]> = [];
  for (const [start, end] of clamped) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }

  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) segments.push({ text: snippet.slice(at, start), marked: false });
    segments.push({ text: snippet.slice(start, end), marked: true });
    at = end;
  }
  if (at < snippet.length) segments.push({ text: snippet.slice(at), marked: false });
  return segments;
}
