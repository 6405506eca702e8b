/**
 * Stage 7 (break): an optimal line breaker in the manner of Knuth & Plass (and of
 * bramstein/typeset): a pure function over break candidates, with the cost of a candidate line
 * supplied by the caller — the breaker knows nothing of fonts, widths or scripts. It keeps, for
 * each candidate position, the cheapest way to reach it per line number (lines whose widths
 * differ — a first line, lines beside a photo — are told apart; from `uniformFrom` on all
 * lines are alike and are merged), and returns the cheapest path to the paragraph end.
 *
 * Demerits follow TeX: (linePenalty + badness)² + penalty², plus a surcharge for two
 * hyphenated lines in a row.
 */

export const STOP = 'stop';

/** Cost of setting [start, end) as line number `line`; null: cannot; STOP: nor can any longer line from start. */
export type LineCost = (start: number, end: number, line: number) => number | null | typeof STOP;

export interface BreakProblem {
  /** Candidate break positions, increasing; the last is the paragraph end. */
  positions: ArrayLike<number>;
  /** Penalty of breaking at each candidate (hyphen 50, emergency breaks large). */
  penalties: ArrayLike<number>;
  /** Hyphenated breaks (truthy). */
  flagged: ArrayLike<boolean | number>;
  /** Breaks that must be taken (truthy): hard line breaks and the paragraph end. */
  forced: ArrayLike<boolean | number>;
  /** From this line number on, every line has the same width. */
  uniformFrom: number;
  cost: LineCost;
  /** When a start can reach no end, let its first candidate through anyway (overfull) instead of giving up. */
  emergency?: boolean;
  /**
   * The least end position a line from `start` (line number `line`) could be set to: the breaker
   * does not ask `cost` for unforced candidates before it, which must be ones `cost` rejects (null).
   * Most candidates of a CJK paragraph are lines far too short; this keeps them out of the loop.
   */
  earliest?: (start: number, line: number) => number;
}

export const LINE_PENALTY = 10;
export const DOUBLE_HYPHEN_DEMERITS = 10_000;
/** The last line should not be the tail of a hyphenated word (TeX's finalhyphendemerits). */
export const FINAL_HYPHEN_DEMERITS = 5000;
const FORCED_PROGRESS_COST = 1e8;

interface Node {
  pos: number;
  /** Candidates before this position cannot end a line from this node (BreakProblem.earliest). */
  from: number;
  line: number;
  total: number;
  prev: Node | null;
  flagged: boolean;
  produced: boolean;
  dead: boolean;
}

/** Returns the chosen break positions (each line's end, the last being the paragraph end), or null. */
export function findBreaks(problem: BreakProblem): number[] | null {
  const { positions, penalties, flagged, forced, cost, earliest } = problem;
  const uniformFrom = Math.max(1, problem.uniformFrom);
  const from0 = earliest ? earliest(0, 0) : 0;
  const active: Node[] = [{ pos: 0, from: from0, line: 0, total: 0, prev: null, flagged: false, produced: false, dead: false }];
  // Cheapest way to reach the current candidate per line class; nodes are made only for the
  // winners (one per class), after all active nodes have been tried.
  const bestTotal = new Float64Array(uniformFrom + 1).fill(Infinity);
  const bestPrev: (Node | null)[] = new Array<Node | null>(uniformFrom + 1).fill(null);
  const touched: number[] = [];
  for (let k = 0; k < positions.length; k++) {
    const pos = positions[k]!;
    const penalty = penalties[k]!;
    const penaltyDemerits = penalty >= 0 ? penalty ** 2 : -(penalty ** 2);
    const isFlagged = !!flagged[k];
    const isLast = k === positions.length - 1;
    const isForced = !!forced[k];
    let dead = 0;
    for (const node of active) {
      if (pos < node.from && !isForced) continue;
      let c = cost(node.pos, pos, node.line);
      if (c === STOP) {
        if (!(problem.emergency && !node.produced)) {
          node.dead = true;
          dead++;
          continue;
        }
        c = FORCED_PROGRESS_COST;
      }
      if (c === null) continue;
      let demerits = (LINE_PENALTY + c) ** 2 + penaltyDemerits;
      if (node.flagged && isFlagged) demerits += DOUBLE_HYPHEN_DEMERITS;
      if (node.flagged && isLast) demerits += FINAL_HYPHEN_DEMERITS;
      const total = node.total + demerits;
      const key = Math.min(node.line + 1, uniformFrom);
      if (bestPrev[key] === null) touched.push(key);
      if (total < bestTotal[key]!) {
        bestTotal[key] = total;
        bestPrev[key] = node;
      }
      node.produced = true;
    }
    if (isForced) active.length = 0;
    else if (dead > 0) {
      let w = 0;
      for (const node of active) if (!node.dead) active[w++] = node;
      active.length = w;
    }
    if (touched.length > 1) touched.sort((a, b) => a - b);
    for (const key of touched) {
      const prev = bestPrev[key]!;
      const line = prev.line + 1;
      const from = earliest ? earliest(pos, line) : 0;
      active.push({ pos, from, line, total: bestTotal[key]!, prev, flagged: isFlagged, produced: false, dead: false });
      bestTotal[key] = Infinity;
      bestPrev[key] = null;
    }
    touched.length = 0;
    if (active.length === 0) return null;
  }
  let best: Node | null = null;
  for (const node of active) if (!best || node.total < best.total) best = node;
  if (!best || best.pos !== positions[positions.length - 1]) return null;
  const ends: number[] = [];
  for (let node: Node | null = best; node && node.prev; node = node.prev) ends.push(node.pos);
  return ends.reverse();
}
