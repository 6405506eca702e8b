import * as M_CharClasses from './char-classes';
import * as K from './prepared';
import type { Prepared } from './prepared';
import * as M_Spacing from './spacing';

// Module-local copies: under CommonJS transpilation (tsx) every imported binding is a getter call.
const { isCompressible } = M_CharClasses;
const { isVisibleAtom } = K;
const { MAX_GAP_EM } = M_Spacing;

// Module-local copies: under CommonJS transpilation (tsx, the bench runner) every access to an
// imported binding is a property getter, which the breaker's inner loop would pay millions of times.
const { BREAK_HYPHEN, GAP_CJK_LATIN, GAP_LETTER, GAP_PLAIN, SHRINK_BRACKET, SHRINK_CJK_LATIN, SHRINK_LEVELS, SHRINK_SPACE } = K;

/**
 * What a candidate line [s, e) measures, in O(1) from prefix sums: its natural width once the
 * line start and end are applied (an opening bracket at the start and full-width punctuation
 * at the end lose their blank half, GB/T 15834 §5.1.10 / clreq §3.1.6; trailing spaces hang
 * outside the measure; a hyphen is added at a hyphenated break), and how far it may shrink and
 * stretch at each of clreq's priority levels.
 */

export interface LineMetrics {
  /** The line's first atom and its last visible one; last < first for an empty line. */
  first: number;
  last: number;
  natural: number;
  /** Blank taken off the opening bracket that starts the line, and that atom (−1 if none). */
  startTrim: number;
  startAt: number;
  endTrim: number;
  hyphen: number;
  /** Shrink available per level (SHRINK_*), pt. */
  shrink: Float64Array;
  shrinkTotal: number;
  spaceStretch: number;
  cjkLatinStretch: number;
  plainGaps: number;
  /** Most a plain gap may grow before letter-spacing takes over, pt. */
  plainGapCap: number;
  letterGaps: number;
  cjkLatinGaps: number;
  spaces: number;
  units: number;
}

export function emptyMetrics(): LineMetrics {
  return {
    first: 0,
    last: -1,
    natural: 0,
    startTrim: 0,
    startAt: -1,
    endTrim: 0,
    hyphen: 0,
    shrink: new Float64Array(SHRINK_LEVELS),
    shrinkTotal: 0,
    spaceStretch: 0,
    cjkLatinStretch: 0,
    plainGaps: 0,
    plainGapCap: 0,
    letterGaps: 0,
    cjkLatinGaps: 0,
    spaces: 0,
    units: 0,
  };
}

export class LineMeasure {
  private readonly pWidth: Float64Array;
  private readonly pShrink: Float64Array[];
  private readonly gapShrinkAt: Float64Array;
  private readonly pSpaceStretch: Float64Array;
  private readonly pCjkStretch: Float64Array;
  private readonly pPlain: Int32Array;
  private readonly pLetter: Int32Array;
  private readonly pCjkCount: Int32Array;
  private readonly pSpaces: Int32Array;
  private readonly pUnits: Int32Array;
  private readonly lastVisible: Int32Array;
  private readonly firstShown: Int32Array;
  /** Shrink level of an atom's right blank when it ends a line (compressible punctuation), else −1. */
  private readonly endLevel: Int8Array;
  /** Atom is an opening bracket that can lose its left blank at a line start. */
  private readonly openAt: Uint8Array;
  readonly totalUnits: number;
  private readonly plainGapCap: number;

  constructor(private readonly p: Prepared) {
    this.plainGapCap = MAX_GAP_EM * p.em;
    const n = p.n;
    this.pWidth = new Float64Array(n + 1);
    this.pShrink = Array.from({ length: SHRINK_LEVELS }, () => new Float64Array(n + 1));
    this.gapShrinkAt = new Float64Array(n + 1);
    this.pSpaceStretch = new Float64Array(n + 1);
    this.pCjkStretch = new Float64Array(n + 1);
    this.pPlain = new Int32Array(n + 1);
    this.pLetter = new Int32Array(n + 1);
    this.pCjkCount = new Int32Array(n + 1);
    this.pSpaces = new Int32Array(n + 1);
    this.pUnits = new Int32Array(n + 1);
    this.lastVisible = new Int32Array(n + 1);
    this.firstShown = new Int32Array(n + 1);
    this.endLevel = new Int8Array(n).fill(-1);
    this.openAt = new Uint8Array(n);
    const shrinkHere = new Float64Array(SHRINK_LEVELS);
    this.lastVisible[0] = -1;
    for (let i = 0; i < n; i++) {
      const cls = p.atoms[i]!.cls;
      const kind = p.gapKind[i]!;
      this.pWidth[i + 1] = this.pWidth[i]! + p.width[i]! + p.gap[i]!;
      shrinkHere.fill(0);
      const level = p.shrinkLevel[i]!;
      if (level === SHRINK_SPACE) shrinkHere[level] = p.spaceShrink[i]!;
      else if (level >= 0) shrinkHere[level] = p.canL[i]! + p.canR[i]!;
      if (kind === GAP_CJK_LATIN) {
        shrinkHere[SHRINK_CJK_LATIN] = shrinkHere[SHRINK_CJK_LATIN]! + p.gapShrink[i]!;
        this.gapShrinkAt[i] = p.gapShrink[i]!;
      }
      for (let l = 0; l < SHRINK_LEVELS; l++) this.pShrink[l]![i + 1] = this.pShrink[l]![i]! + shrinkHere[l]!;
      this.pSpaceStretch[i + 1] = this.pSpaceStretch[i]! + p.spaceStretch[i]!;
      this.pCjkStretch[i + 1] = this.pCjkStretch[i]! + (kind === GAP_CJK_LATIN ? p.gapStretch[i]! : 0);
      this.pPlain[i + 1] = this.pPlain[i]! + (kind === GAP_PLAIN ? 1 : 0);
      this.pLetter[i + 1] = this.pLetter[i]! + (kind === GAP_LETTER ? 1 : 0);
      this.pCjkCount[i + 1] = this.pCjkCount[i]! + (kind === GAP_CJK_LATIN ? 1 : 0);
      this.pSpaces[i + 1] = this.pSpaces[i]! + (cls === 'space' ? 1 : 0);
      this.pUnits[i + 1] = this.pUnits[i]! + p.unit[i]!;
      this.lastVisible[i + 1] = isVisibleAtom(cls) ? i : this.lastVisible[i]!;
      if (isCompressible(cls) && p.canR[i]! > 0) this.endLevel[i] = p.shrinkLevel[i]!;
      if (cls === 'opening' && p.canL[i]! > 0) this.openAt[i] = 1;
    }
    // firstShown[s]: first atom at or after s that is not an invisible control.
    this.firstShown[n] = n;
    for (let i = n - 1; i >= 0; i--) {
      const cls = p.atoms[i]!.cls;
      this.firstShown[i] = cls === 'invisible' ? this.firstShown[i + 1]! : i;
    }
    this.totalUnits = this.pUnits[n]!;
  }

  /**
   * Fill `out` with the metrics of the line [s, e). `trimStart`: may an opening bracket at s
   * lose its blank half. Shrink levels are filled only with `withShrink` (the breaker needs
   * them only for lines longer than their measure); see shrinkFor.
   */
  measure(s: number, e: number, trimStart: boolean, out: LineMetrics, withShrink = true): LineMetrics {
    const p = this.p;
    const v = this.lastVisible[e]!;
    out.first = s;
    out.last = v;
    out.units = this.pUnits[e]! - this.pUnits[s]!;
    out.hyphen = e < p.n && p.breaks[e] === BREAK_HYPHEN ? p.hyphenWidth[e]! : 0;
    out.plainGapCap = this.plainGapCap;
    out.startAt = -1;
    if (v < s) {
      out.natural = out.hyphen;
      out.startTrim = 0;
      out.endTrim = 0;
      out.shrink.fill(0);
      out.shrinkTotal = 0;
      out.spaceStretch = out.cjkLatinStretch = 0;
      out.plainGaps = out.letterGaps = out.cjkLatinGaps = out.spaces = 0;
      return out;
    }
    const hi = v + 1;
    const f = this.firstShown[s]!;
    out.startTrim = trimStart && f <= v && this.openAt[f] === 1 ? p.canL[f]! : 0;
    if (out.startTrim > 0) out.startAt = f;
    out.endTrim = this.endLevel[v]! >= 0 ? p.canR[v]! : 0;
    out.natural = this.pWidth[hi]! - this.pWidth[s]! - p.gap[s]! + out.hyphen - out.startTrim - out.endTrim;
    out.spaceStretch = this.pSpaceStretch[hi]! - this.pSpaceStretch[s]!;
    out.cjkLatinStretch = this.pCjkStretch[hi]! - this.pCjkStretch[s]! - (p.gapKind[s] === GAP_CJK_LATIN ? p.gapStretch[s]! : 0);
    out.plainGaps = this.pPlain[hi]! - this.pPlain[s + 1]!;
    out.letterGaps = this.pLetter[hi]! - this.pLetter[s + 1]!;
    out.cjkLatinGaps = this.pCjkCount[hi]! - this.pCjkCount[s + 1]!;
    out.spaces = this.pSpaces[hi]! - this.pSpaces[s]!;
    if (withShrink) this.shrinkFor(out);
    return out;
  }

  /**
   * Prefix sums of the most each atom can add to a justified line: its width and the gap before
   * it, clipped at 0, plus all the stretch it brings (its space, its CJK–Latin gap, and a plain or
   * letter gap stretched to `plainMax` / `letterMax`). reach[e] − reach[s] bounds from above what
   * any line [s, e) can be stretched to, whatever its start and end trims (BreakProblem.earliest).
   */
  reachPrefix(plainMax: number, letterMax: number): Float64Array {
    const p = this.p;
    const reach = new Float64Array(p.n + 1);
    for (let i = 0; i < p.n; i++) {
      const kind = p.gapKind[i]!;
      let add = p.width[i]! + p.gap[i]!;
      if (add < 0) add = 0;
      add += p.spaceStretch[i]!;
      if (kind === GAP_CJK_LATIN) add += p.gapStretch[i]!;
      else if (kind === GAP_PLAIN) add += plainMax;
      else if (kind === GAP_LETTER) add += letterMax;
      reach[i + 1] = reach[i]! + add;
    }
    return reach;
  }

  /** Fill the shrink levels of metrics already measured (the start and end trims are not shrink any more). */
  shrinkFor(out: LineMetrics): LineMetrics {
    const s = out.first;
    const v = out.last;
    if (v < s) return out;
    const hi = v + 1;
    for (let l = 0; l < SHRINK_LEVELS; l++) {
      let value = this.pShrink[l]![hi]! - this.pShrink[l]![s]!;
      if (l === SHRINK_CJK_LATIN) value -= this.gapShrinkAt[s]!;
      out.shrink[l] = value;
    }
    if (out.startTrim > 0) out.shrink[SHRINK_BRACKET] = out.shrink[SHRINK_BRACKET]! - out.startTrim;
    const level = this.endLevel[v]!;
    if (level >= 0) out.shrink[level] = out.shrink[level]! - out.endTrim;
    let total = 0;
    for (let l = 0; l < SHRINK_LEVELS; l++) {
      if (out.shrink[l]! < 1e-9) out.shrink[l] = 0;
      total += out.shrink[l]!;
    }
    out.shrinkTotal = total;
    return out;
  }
}
