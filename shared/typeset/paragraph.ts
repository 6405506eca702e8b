import * as B from './break';
import type { BreakProblem, LineCost } from './break';
import type { LayoutCache } from './cache';
import type { LineWidths } from './types';
export type { LineWidths } from './types';
import * as J from './justify';
import type { Plan, Tolerance } from './justify';
import * as M_LineMetrics from './line-metrics';
import { LineMeasure } from './line-metrics';
import type { LineMetrics } from './line-metrics';
import type { Measurer } from './measurer';
import * as M_Place from './place';
import * as M_Prepare from './prepare';
import * as M_Prepared from './prepared';
import type { Prepared } from './prepared';
import type { LayoutQuality, LineAlignment, ParagraphInput, ParagraphLayout, TypesetLine } from './types';

/**
 * layoutParagraph: the whole pipeline for one paragraph — prepare (width-independent, cached
 * per text and style), break (optimal, per-line widths), then justify and place each line.
 *
 * Breaking is tried three times, each looser than the last: within the tolerance (no gap
 * over 0.45 em, every prohibition and 孤字不成行 kept); then with any stretch; and only if the
 * text cannot be set at all (a word wider than the column) with emergency breaks anywhere and
 * lines allowed to overflow, which the line reports in `overflow`.
 */

// Module-local copies: imported bindings are getters under CommonJS transpilation (see line-metrics.ts).
const { findBreaks, STOP } = B;
const { badness, emptyPlan, EMERGENCY, LOOSE, planDistributed, planJustified, planNatural, STRICT } = J;
const { emptyMetrics } = M_LineMetrics;
const { placeLine } = M_Place;
const { prepare } = M_Prepare;
const { BREAK_HYPHEN, BREAK_LAST_RESORT, BREAK_MANDATORY, BREAK_NONE, BREAK_TOKEN } = M_Prepared;

const HYPHEN_PENALTY = 50;
/** A break inside a URL, address or date-time: as bad as a hyphen, so a line breaks at a space when it can. */
const TOKEN_PENALTY = 50;
/**
 * Between letters of a URL (relaxed pass only): its square is about the demerits of a line with
 * 0.48 em gaps, so it is taken only where the alternative is a line spread past the gap limit.
 */
const LAST_RESORT_PENALTY = 800;
const EMERGENCY_PENALTY = 1000;
/** preferSpaceBreaks: a break elsewhere than at a space costs this (squared, on TeX's scale). */
const NOT_AT_SPACE_PENALTY = 100;
/** Fill leftover space of ragged lines: cost per em² short. */
const RAGGED_COST = 1;

function widthAt(widths: LineWidths, line: number): number {
  if (typeof widths === 'number') return widths;
  return widths[Math.min(line, widths.length - 1)] ?? 0;
}

function uniformFrom(widths: LineWidths): number {
  if (typeof widths === 'number' || widths.length <= 1) return 1;
  let k = widths.length - 1;
  while (k > 0 && widths[k - 1] === widths[k]) k--;
  return Math.max(1, k);
}

interface LineContext {
  p: Prepared;
  lm: LineMeasure;
  widths: LineWidths;
  indent: number;
}

/** How line [.., e) is aligned; `lastLike`: the last line or one ending at a hard break (never stretched). */
function lineAlign(ctx: LineContext, e: number): { align: LineAlignment; last: boolean; lastLike: boolean } {
  const { p } = ctx;
  const last = e >= p.n;
  const lastLike = last || (e > 0 && p.atoms[e - 1]!.cls === 'hard-break');
  const align = p.style.align;
  if (align === 'justify') return { align: lastLike ? 'start' : 'justify', last, lastLike };
  return { align, last, lastLike };
}

function plan(m: LineMetrics, target: number, align: LineAlignment, out: Plan): Plan {
  if (align === 'justify') return planJustified(m, target, out);
  if (align === 'distribute') return planDistributed(m, target, out);
  return planNatural(m, target, out);
}

function costFunction(ctx: LineContext, tol: Tolerance, keepLastLine: boolean): LineCost {
  const { p, lm } = ctx;
  const m = emptyMetrics();
  const scratch = emptyPlan();
  const minLast = p.style.minLastLineChars;
  const trimBrackets = p.style.trimLineStartBracket;
  const slack = 0.5 * p.maxSize + 0.01;
  const style = p.style;
  const strictPlain = tol.plainGap * p.em;
  const strictLetter = tol.letterGap * p.em;
  return (s, e, line) => {
    const lineIndent = s === 0 ? ctx.indent : 0;
    const target = widthAt(ctx.widths, line) - lineIndent;
    lm.measure(s, e, trimBrackets && !(s === 0 && ctx.indent > 0), m, false);
    if (m.natural > target) {
      lm.shrinkFor(m);
      if (m.natural - m.hyphen - m.shrinkTotal - slack > target) return STOP;
    }
    // Inline lineAlign (no object per candidate line: this runs tens of thousands of times).
    const last = e >= p.n;
    const lastLike = last || (e > 0 && p.atoms[e - 1]!.cls === 'hard-break');
    const align: LineAlignment = style.align === 'justify' ? (lastLike ? 'start' : 'justify') : style.align;
    if (align === 'justify' && m.natural < target) {
      // Most candidate lines are far too short: reject them before planning.
      const most =
        m.spaceStretch + m.cjkLatinStretch + (m.plainGaps ? m.plainGaps * strictPlain : 0) + (m.letterGaps ? m.letterGaps * strictLetter : 0);
      if (target - m.natural > most + 1e-9) return null;
    }
    // Ragged lines are priced on what they leave empty (centred and 均排 lines included, so they
    // come out balanced); a justified paragraph's last line is free to be short.
    const underflowCost = align === 'justify' ? -1 : lastLike && style.align === 'justify' ? 0 : RAGGED_COST;
    const planned = align === 'justify' ? planJustified(m, target, scratch) : planNatural(m, target, scratch);
    const cost = badness(planned, p.em, tol, underflowCost);
    if (cost === null) return null;
    if (keepLastLine && last && s > 0 && minLast > 0 && lm.totalUnits >= minLast && m.units < minLast) return null;
    return cost;
  };
}

/** Kept off every bound so that float rounding in the prefix sums never skips a line cost would take. */
const REACH_MARGIN = 1e-6;

/**
 * BreakProblem.earliest for a justified paragraph under a finite tolerance: a line shorter than
 * its measure by more than it may stretch is refused by the cost function, so the breaker need not
 * ask about any end before the first one whose widest stretch (LineMeasure.reachPrefix, plus the
 * widest hyphen and a negative gap at the start) reaches the measure.
 */
function earliestEnd(ctx: LineContext, tol: Tolerance): ((start: number, line: number) => number) | undefined {
  const { p } = ctx;
  if (p.style.align !== 'justify' || !Number.isFinite(tol.plainGap) || !Number.isFinite(tol.letterGap)) return undefined;
  const reach = ctx.lm.reachPrefix(tol.plainGap * p.em, tol.letterGap * p.em);
  let hyphen = 0;
  for (let i = 0; i <= p.n; i++) if (p.hyphenWidth[i]! > hyphen) hyphen = p.hyphenWidth[i]!;
  const n = p.n;
  return (start, line) => {
    const target = widthAt(ctx.widths, line) - (start === 0 ? ctx.indent : 0);
    const gapBack = p.gap[start]! < 0 ? -p.gap[start]! : 0;
    const need = reach[start]! + target - hyphen - gapBack - 1e-9 - REACH_MARGIN;
    if (reach[n]! < need) return n;
    let lo = start + 1;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reach[mid]! >= need) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

function breakProblem(ctx: LineContext, mode: 0 | 1 | 2): BreakProblem {
  const { p } = ctx;
  let count = 0;
  // The strict pass does not see last-resort breaks.
  const skip = (kind: number): boolean => mode < 2 && (kind === BREAK_NONE || (mode === 0 && kind === BREAK_LAST_RESORT));
  for (let i = 1; i <= p.n; i++) if (!skip(p.breaks[i]!)) count++;
  const positions = new Int32Array(count);
  const penalties = new Float64Array(count);
  const flagged = new Uint8Array(count);
  const forced = new Uint8Array(count);
  const spaces = p.style.preferSpaceBreaks;
  let k = 0;
  for (let i = 1; i <= p.n; i++) {
    const kind = p.breaks[i]!;
    if (skip(kind)) continue;
    let penalty =
      kind === BREAK_HYPHEN
        ? HYPHEN_PENALTY
        : kind === BREAK_TOKEN
          ? TOKEN_PENALTY
          : kind === BREAK_LAST_RESORT
            ? LAST_RESORT_PENALTY
            : kind === BREAK_NONE
              ? EMERGENCY_PENALTY
              : 0;
    if (spaces && kind !== BREAK_MANDATORY && p.atoms[i - 1]!.cls !== 'space') penalty += NOT_AT_SPACE_PENALTY;
    positions[k] = i;
    penalties[k] = penalty;
    flagged[k] = kind === BREAK_HYPHEN ? 1 : 0;
    forced[k] = kind === BREAK_MANDATORY ? 1 : 0;
    k++;
  }
  const tol = mode === 0 ? STRICT : mode === 1 ? LOOSE : EMERGENCY;
  return {
    positions,
    penalties,
    flagged,
    forced,
    uniformFrom: uniformFrom(ctx.widths),
    cost: costFunction(ctx, tol, mode < 2),
    emergency: mode === 2,
    earliest: earliestEnd(ctx, tol),
  };
}

/** The breaker's problem for a prepared paragraph at `widths` in pass `mode` (0 strict, 1 loose, 2 emergency). */
export function paragraphBreakProblem(p: Prepared, widths: LineWidths, mode: 0 | 1 | 2): BreakProblem {
  return breakProblem({ p, lm: new LineMeasure(p), widths, indent: p.style.firstLineIndent * p.em }, mode);
}

/** Break a prepared paragraph into lines and place them. */
export function setParagraph(p: Prepared, widths: LineWidths, measurer: Measurer): ParagraphLayout {
  const lm = new LineMeasure(p);
  const ctx: LineContext = { p, lm, widths, indent: p.style.firstLineIndent * p.em };
  if (p.n === 0) {
    const m = lm.measure(0, 0, false, emptyMetrics());
    const line = placeLine(
      p,
      { s: 0, e: 0, measure: widthAt(widths, 0), indent: ctx.indent, align: 'start', last: true, metrics: m, plan: emptyPlan(), loose: false },
      measurer,
    );
    return { text: p.text, lines: [line], quality: 'good' };
  }
  let ends: number[] | null = null;
  let quality: LayoutQuality = 'good';
  for (const mode of [0, 1, 2] as const) {
    ends = findBreaks(breakProblem(ctx, mode));
    quality = mode === 0 ? 'good' : mode === 1 ? 'relaxed' : 'emergency';
    if (ends) break;
  }
  if (!ends) throw new Error('line breaker found no solution even in emergency mode');
  const lines: TypesetLine[] = [];
  let s = 0;
  const metrics = emptyMetrics();
  const scratch = emptyPlan();
  ends.forEach((e, index) => {
    const measure = widthAt(widths, index);
    const indent = s === 0 ? ctx.indent : 0;
    const m = lm.measure(s, e, p.style.trimLineStartBracket && !(s === 0 && ctx.indent > 0), metrics);
    const { align: wanted, last } = lineAlign(ctx, e);
    const planned = plan(m, measure - indent, wanted, scratch);
    // A justified line with nothing to stretch (one character) is set flush left and flagged.
    const stuck = wanted === 'justify' && planned.underflow > 0.01;
    const align: LineAlignment = stuck ? 'start' : wanted;
    const finalPlan = stuck ? planNatural(m, measure - indent, planned) : planned;
    lines.push(placeLine(p, { s, e, measure, indent, align, last, metrics: m, plan: finalPlan, loose: stuck }, measurer));
    s = e;
  });
  return { text: p.text, lines, quality };
}

/**
 * Set one paragraph. `widths` gives each line's measure (pt); the first line's indent comes
 * off its measure. With a cache, an unchanged (text, style, widths) is not set again.
 */
export function layoutParagraph(
  input: ParagraphInput,
  widths: LineWidths,
  measurer: Measurer,
  cache?: LayoutCache,
): ParagraphLayout {
  if (!cache) return setParagraph(prepare(input, measurer), widths, measurer);
  return cache.layout(input, widths, measurer, () => {
    const p = cache.prepared(input, measurer, () => prepare(input, measurer));
    return setParagraph(p, widths, measurer);
  });
}
