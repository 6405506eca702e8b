import type { LineMetrics } from './line-metrics';
import * as K from './prepared';

// A module-local copy: imported bindings are getters under CommonJS transpilation (see line-metrics.ts).
const SHRINK_LEVELS = K.SHRINK_LEVELS;

/**
 * Stage 8 (justify): how a line is brought to its measure, in clreq's priority order
 * (clreq §3.8 "Line adjustment"):
 *
 * - too long → compress, level by level, each level fully before the next: Western spaces,
 *   interpuncts, brackets, pause/stop marks (their blank halves), then CJK–Latin spaces.
 *   (Line-end punctuation is already half-width; the break stage applied that.)
 * - too short → expand Western spaces, then CJK–Latin spaces, each up to the gap limit; then
 *   all gaps between Chinese characters equally (never inside —— or ……); letter-spacing inside
 *   Western words only when a line has nothing else.
 *
 * The plan is a set of fractions and per-gap amounts that placement applies atom by atom, and
 * a badness the breaker minimises.
 */

export interface Plan {
  /** Fraction of each shrink level used (0..1). */
  shrink: Float64Array;
  spaceStretch: number; // fraction
  cjkLatinStretch: number; // fraction
  /** pt added to every plain gap / letter gap / (均排) every adjustable gap and space. */
  plainExtra: number;
  letterExtra: number;
  evenExtra: number;
  /** Width the line still exceeds its measure by, and falls short of it by. */
  overflow: number;
  underflow: number;
}

export function emptyPlan(): Plan {
  return {
    shrink: new Float64Array(SHRINK_LEVELS),
    spaceStretch: 0,
    cjkLatinStretch: 0,
    plainExtra: 0,
    letterExtra: 0,
    evenExtra: 0,
    overflow: 0,
    underflow: 0,
  };
}

const EPS = 1e-6;

function resetPlan(plan: Plan): Plan {
  plan.shrink.fill(0);
  plan.spaceStretch = plan.cjkLatinStretch = plan.plainExtra = plan.letterExtra = plan.evenExtra = 0;
  plan.overflow = plan.underflow = 0;
  return plan;
}

function planShrink(m: LineMetrics, excess: number, plan: Plan): void {
  let need = excess;
  for (let l = 0; l < SHRINK_LEVELS && need > EPS; l++) {
    const cap = m.shrink[l]!;
    if (cap <= 0) continue;
    const take = Math.min(cap, need);
    plan.shrink[l] = take / cap;
    need -= take;
  }
  plan.overflow = need > EPS ? need : 0;
}

/** Justified line: exactly the measure, if the content allows. */
export function planJustified(m: LineMetrics, measure: number, plan: Plan): Plan {
  resetPlan(plan);
  const d = measure - m.natural;
  if (d < -EPS) {
    planShrink(m, -d, plan);
    return plan;
  }
  let need = d;
  if (need > EPS && m.spaceStretch > 0) {
    const take = Math.min(m.spaceStretch, need);
    plan.spaceStretch = take / m.spaceStretch;
    need -= take;
  }
  if (need > EPS && m.cjkLatinStretch > 0) {
    const take = Math.min(m.cjkLatinStretch, need);
    plan.cjkLatinStretch = take / m.cjkLatinStretch;
    need -= take;
  }
  // Chinese gaps take what they can up to the gap limit; then letter-spacing inside Western
  // words, up to the same limit; past that (a line that cannot be set well) all gaps equally.
  const cap = m.plainGapCap;
  if (need > EPS && m.plainGaps > 0) {
    plan.plainExtra = Math.min(need / m.plainGaps, cap);
    need -= plan.plainExtra * m.plainGaps;
  }
  if (need > EPS && m.letterGaps > 0) {
    plan.letterExtra = Math.min(need / m.letterGaps, cap);
    need -= plan.letterExtra * m.letterGaps;
  }
  if (need > EPS) {
    const gaps = m.plainGaps + m.letterGaps;
    if (gaps > 0) {
      const more = need / gaps;
      if (m.plainGaps > 0) plan.plainExtra += more;
      if (m.letterGaps > 0) plan.letterExtra += more;
    } else plan.underflow = need;
  }
  return plan;
}

/** Ragged line (start, centre, end, or a paragraph's last line): natural spacing, compressed only if too long. */
export function planNatural(m: LineMetrics, measure: number, plan: Plan): Plan {
  resetPlan(plan);
  const d = measure - m.natural;
  if (d < -EPS) planShrink(m, -d, plan);
  else plan.underflow = Math.max(0, d);
  return plan;
}

/** 均排: every gap (and space) gets the same extra so the line fills the measure; a lone glyph is centred. */
export function planDistributed(m: LineMetrics, measure: number, plan: Plan): Plan {
  resetPlan(plan);
  const d = measure - m.natural;
  if (d < -EPS) {
    planShrink(m, -d, plan);
    return plan;
  }
  const gaps = m.plainGaps + m.letterGaps + m.cjkLatinGaps + m.spaces;
  if (gaps > 0) plan.evenExtra = d / gaps;
  else plan.underflow = d;
  return plan;
}

export interface Tolerance {
  /** Largest extra per plain gap, em; Infinity when anything goes. */
  plainGap: number;
  /** Largest letter-spacing per letter gap, em. */
  letterGap: number;
  /** May a justified line fall short (nothing to stretch)? */
  allowShort: boolean;
  /** May a line exceed its measure? */
  allowOverflow: boolean;
}

export const STRICT: Tolerance = { plainGap: 0.45, letterGap: 0.04, allowShort: false, allowOverflow: false };
export const LOOSE: Tolerance = { plainGap: Infinity, letterGap: Infinity, allowShort: true, allowOverflow: false };
export const EMERGENCY: Tolerance = { plainGap: Infinity, letterGap: Infinity, allowShort: true, allowOverflow: true };

/**
 * Badness of a planned line, on TeX's scale (100 ≈ as loose as a line should get). Compressing
 * punctuation costs almost nothing (that is what 先挤进 asks: take a mark back in by compressing
 * before pushing a character out and stretching), stretching gaps costs by the cube of the
 * extra space. Returns null when the line breaks the tolerance.
 */
export function badness(plan: Plan, em: number, tol: Tolerance, raggedUnderflowCost: number): number | null {
  if (plan.overflow > 1e-4 && !tol.allowOverflow) return null;
  const s = plan.shrink;
  let cost = 100 * s[0]! ** 3 + 2 * (s[1]! ** 2 + s[2]! ** 2 + s[3]! ** 2) + 20 * s[4]! ** 3;
  cost += 100 * plan.spaceStretch ** 3 + 50 * plan.cjkLatinStretch ** 3;
  const plain = plan.plainExtra / em;
  const letter = plan.letterExtra / em;
  if (plain > tol.plainGap || letter > tol.letterGap) return null;
  cost += 100 * (plain / 0.25) ** 3 + 100 * (letter / 0.05) ** 3;
  if (plan.underflow > 0.01) {
    if (raggedUnderflowCost > 0) cost += raggedUnderflowCost * (plan.underflow / em) ** 2;
    else if (raggedUnderflowCost < 0) {
      if (!tol.allowShort) return null;
      cost += 100_000; // a justified line with nothing to stretch: worse than any loose line
    }
  }
  if (plan.overflow > 0.01) cost += 1e6 * (1 + plan.overflow / em);
  return cost;
}
