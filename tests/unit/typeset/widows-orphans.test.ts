import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLayoutCache } from '../../../shared/typeset/cache';
import { flowStory, type FlowResult } from '../../../shared/typeset/flow';
import { columnsFromGrid, type TypesetFrame } from '../../../shared/typeset/frames';
import { BODY_PITCH, DEFAULT_STYLES, withStyle } from '../../../shared/typeset/styles';
import type { ParagraphInput } from '../../../shared/typeset/types';
import { measurer } from './fixtures/fonts';
import { chineseParagraph } from './fixtures/generators';
import { COLUMN_WIDTH, GUTTER } from './fixtures/seed-layout';

/**
 * Widows and orphans: a paragraph split between columns never leaves one line alone at the
 * foot of a column, nor one line alone at the head of the next — the flow leaves the foot
 * empty instead. Only a column too short to hold what the rule needs breaks it.
 */

const GRID = { firstBaseline: 0.75 * BODY_PITCH, pitch: BODY_PITCH };
const cache = createLayoutCache();
const frame = (id: string, columns: number, lines: number): TypesetFrame => ({
  id,
  columns: columnsFromGrid(columns, COLUMN_WIDTH, GUTTER),
  height: lines * BODY_PITCH,
  grid: GRID,
});
const body = (text: string, changes = {}): ParagraphInput => ({ runs: [{ text }], style: withStyle(DEFAULT_STYLES.body, changes) });

/** Each paragraph's parts, one per column it has lines in, as line counts; and whether its rest is overset. */
function parts(result: FlowResult): { paragraph: number; counts: number[]; overset: boolean }[] {
  const out: { paragraph: number; counts: number[]; overset: boolean }[] = [];
  let column = '';
  for (const line of result.lines) {
    const here = `${line.frameIndex}:${line.column}`;
    let last = out[out.length - 1];
    if (!last || last.paragraph !== line.paragraph) {
      last = { paragraph: line.paragraph, counts: [], overset: result.overset?.paragraph === line.paragraph };
      out.push(last);
      column = '';
    }
    if (here !== column) last.counts.push(0);
    last.counts[last.counts.length - 1]!++;
    column = here;
  }
  return out;
}

describe('widows and orphans', () => {
  it('never leaves a single line of a paragraph at a column foot or head (random texts and column depths)', () => {
    fc.assert(
      fc.property(fc.array(chineseParagraph, { minLength: 1, maxLength: 8 }), fc.integer({ min: 4, max: 24 }), fc.integer({ min: 1, max: 3 }), (texts, depth, columns) => {
        const result = flowStory(texts.map((t) => body(t)), [frame('f', columns, depth), frame('g', 1, depth)], measurer, { cache });
        for (const p of parts(result)) {
          if (p.counts.length < 2) continue;
          expect(p.counts[0], `paragraph ${p.paragraph} leaves one line at a column foot`).toBeGreaterThanOrEqual(2);
          if (!p.overset) expect(p.counts[p.counts.length - 1], `paragraph ${p.paragraph} carries one line to a column head`).toBeGreaterThanOrEqual(2);
        }
        // Nothing is lost: every line is placed or counted as overset.
        const placed = result.lines.length;
        const total = result.layouts.reduce((n, l) => n + l.lines.length, 0);
        if (!result.overset) expect(placed).toBe(total);
      }),
      { numRuns: 60, seed: 12 },
    );
  });

  it('leaves the foot empty rather than strand a line, and keeps lines in order', () => {
    // A paragraph of 3+ lines starting at the last grid line of a column goes whole to the next column.
    const one = '县城里的快递站点和外卖骑手都有了自己的“家”。';
    const long = '近年来，该市围绕各项中心工作，最大程度发挥新兴领域党建在团结凝聚群众、服务发展大局中的作用，探索出一条新路子。';
    const filler = Array.from({ length: 9 }, () => body(one, { firstLineIndent: 0 }));
    const probe = flowStory(filler, [frame('f', 2, 20)], measurer, { cache });
    const used = probe.lines.length;
    // Pad to one line short of the column foot, then a long paragraph.
    const pad = Array.from({ length: 19 - used }, () => body('短句。', { firstLineIndent: 0 }));
    const result = flowStory([...filler, ...pad, body(long)], [frame('f', 2, 20)], measurer, { cache });
    const last = result.lines.filter((l) => l.paragraph === filler.length + pad.length);
    expect(last.length).toBeGreaterThanOrEqual(3);
    expect(last.every((l) => l.column === 1)).toBe(true);
    expect(last[0]!.slot).toBe(0);
    // Turned off (orphans 1), the first line stays at the foot.
    const off = flowStory([...filler, ...pad, body(long, { orphans: 1, widows: 1 })], [frame('f', 2, 20)], measurer, { cache });
    expect(off.lines.filter((l) => l.paragraph === filler.length + pad.length)[0]!.column).toBe(0);
  });

  it('carries a second line over so the next column does not start with a widow', () => {
    const long = '近年来，该市围绕各项中心工作，最大程度发挥新兴领域党建在团结凝聚群众、服务发展大局中的作用。';
    const layout = flowStory([body(long)], [frame('f', 1, 40)], measurer, { cache });
    const n = layout.lines.length;
    expect(n).toBeGreaterThanOrEqual(4);
    // A column one line short of the whole paragraph: n-1 at the foot would leave 1 at the head.
    const result = flowStory([body(long)], [frame('f', 2, n - 1)], measurer, { cache });
    expect(result.lines.filter((l) => l.column === 0)).toHaveLength(n - 2);
    expect(result.lines.filter((l) => l.column === 1)).toHaveLength(2);
    expect(result.overset).toBeNull();
  });

  it('gives way only where a column is shorter than the rule needs', () => {
    const long = '近年来，该市围绕各项中心工作，最大程度发挥新兴领域党建在团结凝聚群众、服务发展大局中的作用。';
    const result = flowStory([body(long)], [frame('f', 6, 1)], measurer, { cache });
    expect(result.lines.every((l) => l.slot === 0)).toBe(true);
    expect(new Set(result.lines.map((l) => l.column)).size).toBe(result.lines.length);
  });
});
