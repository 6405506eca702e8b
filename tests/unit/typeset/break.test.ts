import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBreaks, LINE_PENALTY, STOP, type BreakProblem } from '../../../shared/typeset/break';

/**
 * The breaker alone, on a toy model (bramstein/typeset style): words of given widths
 * separated by stretchable spaces, lines of given widths; the cost is TeX's badness; a line
 * ending at a forced break or the end is free.
 */
function words(widths: number[], lineWidths: number[], forcedAt: number[] = []): BreakProblem {
  const positions = widths.map((_, i) => i + 1);
  const forced = positions.map((p) => p === widths.length || forcedAt.includes(p));
  const natural = (s: number, e: number) => widths.slice(s, e).reduce((a, b) => a + b, 0) + (e - s - 1);
  return {
    positions,
    penalties: positions.map(() => 0),
    flagged: positions.map(() => false),
    forced,
    uniformFrom: lineWidths.length,
    cost: (s, e, line) => {
      const width = lineWidths[Math.min(line, lineWidths.length - 1)]!;
      const w = natural(s, e);
      if (w > width) return STOP;
      if (forced[e - 1]) return 0;
      const stretch = e - s - 1;
      if (stretch === 0) return null;
      const ratio = (width - w) / stretch;
      return ratio > 3 ? null : 100 * ratio ** 3;
    },
  };
}

/** Every way to break, scored the breaker's way; the cheapest total, or null. */
function bruteForce(problem: BreakProblem): number | null {
  const n = problem.positions.length;
  let best: number | null = null;
  const walk = (start: number, line: number, total: number) => {
    for (let k = 0; k < n; k++) {
      const end = problem.positions[k]!;
      if (end <= start) continue;
      const c = problem.cost(start, end, line);
      if (c === STOP) break;
      if (c !== null) {
        const t = total + (LINE_PENALTY + c) ** 2;
        if (end === problem.positions[n - 1]) best = best === null ? t : Math.min(best, t);
        else walk(end, line + 1, t);
      }
      if (problem.forced[k]) break;
    }
  };
  walk(0, 0, 0);
  return best;
}

function demerits(problem: BreakProblem, ends: number[]): number {
  let start = 0;
  return ends.reduce((sum, end, line) => {
    const c = problem.cost(start, end, line) as number;
    start = end;
    return sum + (LINE_PENALTY + c) ** 2;
  }, 0);
}

describe('optimal line breaker', () => {
  it('finds the cheapest breaks of all (checked against every possibility)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 11 }), fc.integer({ min: 6, max: 14 }), (ws, width) => {
        const problem = words(ws, [width]);
        const ends = findBreaks(problem);
        const best = bruteForce(problem);
        if (best === null) expect(ends).toBeNull();
        else expect(demerits(problem, ends!)).toBeCloseTo(best, 6);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('uses each line’s own width (a first line beside a photo)', () => {
    expect(findBreaks(words([2, 2, 2, 2, 2, 2], [5, 8]))).toEqual([2, 5, 6]);
  });

  it('takes forced breaks', () => {
    expect(findBreaks(words([2, 2, 2, 2], [20], [2]))).toEqual([2, 4]);
  });

  it('gives up when nothing fits, or makes progress anyway in emergency mode', () => {
    const tooWide = words([12, 2], [10]);
    expect(findBreaks(tooWide)).toBeNull();
    expect(findBreaks({ ...tooWide, emergency: true })).toEqual([1, 2]);
  });
});
