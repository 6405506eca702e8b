import { describe, expect, it } from 'vitest';
import { itemKeys } from '../../../shared/compose/item-keys';
import type { DisplayItem, GlyphRun } from '../../../shared/model/display-list';

// Display items are sent to the screen once and then named by key: a key must change when
// anything that shows changes, and stay the same when nothing does.

const run = (x: number, text = '党建'): GlyphRun => ({
  kind: 'glyphs',
  face: 'noto-serif-sc-400',
  size: 9,
  color: [0, 0, 0, 1],
  overprint: true,
  y: 100,
  glyphs: [...text].map((ch, i) => ({ gid: 100 + i, x: x + i * 9, text: ch, offset: i })),
  source: { frameId: 'lead', storyId: 's', block: 3, line: 7, column: 1 },
});

describe('display item keys', () => {
  it('are equal for equal items and differ for any visible change', () => {
    const [a] = itemKeys([run(10)]);
    expect(itemKeys([run(10)])[0]).toBe(a);
    const changes: DisplayItem[] = [
      run(10.001),
      run(10, '党员'),
      { ...run(10), size: 9.5 },
      { ...run(10), y: 101 },
      { ...run(10), color: [0, 0, 0, 0] },
      { ...run(10), face: 'noto-sans-sc-700' },
      { ...run(10), source: { ...run(10).source!, line: 8 } },
    ];
    for (const changed of changes) expect(itemKeys([changed])[0]).not.toBe(a);
  });

  it('are unique on a page even when two items are the same', () => {
    const rule: DisplayItem = { kind: 'rule', x1: 0, y1: 10, x2: 100, y2: 10, width: 0.5, color: [0, 0, 0, 1] };
    const keys = itemKeys([rule, rule, run(10), rule]);
    expect(new Set(keys).size).toBe(4);
    expect(keys[1]).toBe(`${keys[0]}~1`);
  });
});
