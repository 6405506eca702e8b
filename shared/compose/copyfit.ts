import type { PageDocument, StoryCopyfit, StoryFrame } from '../model/page';
import type { ParagraphStyle } from '../typeset/types';
import type { StoryFit } from './compose-types';

/**
 * Automatic copyfit (缩字/扩字/撑行), the "fit to frames" command for one story. It tries, in
 * order and within the limits the page editor sets:
 *
 * 1. tracking of the body text (not bylines or subheads), up to ±limit/1000 em;
 * 2. the space subheads take (小标题占行): a subhead set in two grid lines (a blank one above
 *    and its own) may take one, or, expanding, three (a blank line below too, so it stays
 *    centred) or four — at most `subheadLines` lines each;
 * 3. paragraph spacing (段间距): blank grid lines between paragraphs, at most `paragraphLines`
 *    per gap — taken from paragraphs that have space after (pull quotes) when overset, added
 *    between body paragraphs when underset.
 *
 * Overset: the fewest subhead lines, then the fewest paragraph lines, that fit at the tightest
 * tracking, then the least tightening that still fits with them. Underset: the most loosening
 * that sets every line (扩字), then lines added to subheads, then between paragraphs, while the
 * foot is still empty and nothing is pushed out (撑行). Everything stays on the baseline grid:
 * spacing changes in whole grid lines, spread evenly through the story.
 *
 * The result is a `copyfit` value for the story's first frame (applied by story-layout.ts through
 * `copyfitStyles`) and what changed as `{ code, params }` (worded by the window); the page desk
 * sets it as one undoable change. Composition is passed in, so this file stays pure.
 */

export interface CopyfitLimits {
  /** Largest tracking change either way, 1/1000 em (50 = 5 % of the em). */
  tracking: number;
  /** Grid lines each subhead's space may lose or gain (0–2; default 1). */
  subheadLines?: number;
  /** Grid lines each paragraph gap may lose or gain (0–2; default 1). */
  paragraphLines?: number;
}

/** One thing "fit to frames" changed; `lines` < 0 took lines away, > 0 added them. */
export type CopyfitChange =
  | { code: 'tracking'; params: { value: number } }
  | { code: 'subhead-lines'; params: { lines: number; subheads: number } }
  | { code: 'paragraph-lines'; params: { lines: number; gaps: number } };

/** How the story stands afterwards, and why when it still does not fit. */
export type CopyfitResult =
  | { code: 'fits'; params: Record<string, never> }
  | { code: 'over-at-limits'; params: { lines: number } }
  | { code: 'under-at-limits'; params: { lines: number } };

export interface CopyfitState {
  linesOver: number;
  linesUnder: number;
}

export interface CopyfitOutcome {
  /** The story's first frame: where `copyfit` goes. */
  frameId: string;
  storyId: string;
  before: CopyfitState;
  after: CopyfitState;
  /** The value for the first frame's `copyfit` (null: none). */
  copyfit: StoryCopyfit | null;
  changes: CopyfitChange[];
  result: CopyfitResult;
  /** Nothing overset after the change. */
  fits: boolean;
}

const isSubhead = (s: ParagraphStyle) => s.name === 'subhead';
const isByline = (s: ParagraphStyle) => s.name === 'byline';

/** Paragraphs whose spacing copyfit may change (indices into the story's paragraphs). */
interface Targets {
  /** Subheads that have space above to lose, and subheads that may gain (not the story's first paragraph). */
  shrinkSubheads: number[];
  growSubheads: number[];
  /** Paragraphs with space after to lose (pull quotes), and body paragraphs followed by body text. */
  shrinkGaps: number[];
  growGaps: number[];
}

function targetsOf(styles: ParagraphStyle[]): Targets {
  const t: Targets = { shrinkSubheads: [], growSubheads: [], shrinkGaps: [], growGaps: [] };
  styles.forEach((s, i) => {
    if (isSubhead(s)) {
      if (s.spaceBefore > 0) t.shrinkSubheads.push(i);
      if (i > 0) t.growSubheads.push(i);
    } else if (!isByline(s)) {
      if (s.spaceAfter > 0) t.shrinkGaps.push(i);
      const next = styles[i + 1];
      if (next && !isSubhead(next) && !isByline(next) && s.spaceAfter === 0 && next.spaceBefore === 0) t.growGaps.push(i);
    }
  });
  return t;
}

/** `lines` spread evenly over `items` (Bresenham): item i gets ⌊(i+1)·k/n⌋ − ⌊i·k/n⌋. */
function spread(items: number[], lines: number): Map<number, number> {
  const out = new Map<number, number>();
  const n = items.length;
  const k = Math.abs(lines);
  if (!n || !k) return out;
  items.forEach((index, i) => {
    const share = Math.floor(((i + 1) * k) / n) - Math.floor((i * k) / n);
    if (share) out.set(index, Math.sign(lines) * share);
  });
  return out;
}

/** The story's paragraph styles with its copyfit applied (one style per paragraph, in order). */
export function copyfitStyles(styles: ParagraphStyle[], fit: StoryCopyfit | undefined): ParagraphStyle[] {
  if (!fit) return styles;
  // An older page file's `subheadSpace: 0` takes every subhead's blank line away.
  const base = fit.subheadSpace === 0 ? styles.map((s) => (isSubhead(s) && s.spaceBefore > 0 ? { ...s, spaceBefore: 0 } : s)) : styles;
  const targets = targetsOf(base);
  const sub = fit.subheadLines ? spread(fit.subheadLines < 0 ? targets.shrinkSubheads : targets.growSubheads, fit.subheadLines) : new Map<number, number>();
  const gap = fit.paragraphLines ? spread(fit.paragraphLines < 0 ? targets.shrinkGaps : targets.growGaps, fit.paragraphLines) : new Map<number, number>();
  return base.map((s, i) => {
    if (isByline(s)) return s;
    if (isSubhead(s)) {
      const d = sub.get(i);
      if (!d) return s;
      if (d < 0) return { ...s, spaceBefore: Math.max(0, s.spaceBefore + d) };
      // Grown, a subhead stays centred in its space: the first line goes below it (占三行), the next above.
      return { ...s, spaceBefore: s.spaceBefore + Math.floor(d / 2), spaceAfter: s.spaceAfter + Math.ceil(d / 2) };
    }
    const d = gap.get(i);
    const spaced = d ? { ...s, spaceAfter: Math.max(0, s.spaceAfter + d) } : s;
    return fit.tracking ? { ...spaced, char: { ...spaced.char, tracking: spaced.char.tracking + fit.tracking } } : spaced;
  });
}

function stateOf(fit: StoryFit | undefined): CopyfitState {
  if (!fit) return { linesOver: 0, linesUnder: 0 };
  return { linesOver: fit.overset ? Math.max(1, fit.copyfit.linesOver) : 0, linesUnder: fit.overset ? 0 : fit.copyfit.linesUnder };
}

/** Largest integer t in [lo, hi] with ok(t), given ok(lo); ok is taken as monotone (true up to some t). */
function largest(lo: number, hi: number, ok: (t: number) => boolean): number {
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Smallest k in [1, max] with ok(k), or max when none. */
function fewest(max: number, ok: (k: number) => boolean): number {
  for (let k = 1; k < max; k++) if (ok(k)) return k;
  return max;
}

const clampLimit = (value: number | undefined, fallback: number, max: number) => Math.max(0, Math.min(max, Math.round(value ?? fallback)));

/**
 * Fits the story of `frameId` (any frame of its thread) to its frames. `fitOf` composes a page
 * document and returns that story's fit (the FrameReport's `story`); `styles` are the story's
 * paragraph styles in order (story-paragraphs.ts), which say where the subheads and gaps are.
 */
export function fitStory(
  doc: PageDocument,
  frameId: string,
  limits: CopyfitLimits,
  fitOf: (doc: PageDocument, storyId: string) => StoryFit | undefined,
  styles: ParagraphStyle[],
): CopyfitOutcome {
  const frame = doc.frames.find((f): f is StoryFrame => f.kind === 'story' && f.id === frameId);
  if (!frame) throw new Error(`No story frame "${frameId}" on the page`);
  const storyId = frame.storyId;
  const headId = fitOf(doc, storyId)?.chain[0] ?? frame.id;
  const limit = clampLimit(limits.tracking, 0, 100);
  const perSubhead = clampLimit(limits.subheadLines, 1, 2);
  const perGap = clampLimit(limits.paragraphLines, 1, 2);
  const targets = targetsOf(styles);
  const room = {
    shrinkSubheads: targets.shrinkSubheads.reduce((sum, i) => sum + Math.min(perSubhead, styles[i]!.spaceBefore), 0),
    growSubheads: targets.growSubheads.length * perSubhead,
    shrinkGaps: targets.shrinkGaps.reduce((sum, i) => sum + Math.min(perGap, styles[i]!.spaceAfter), 0),
    growGaps: targets.growGaps.length * perGap,
  };

  const value = (tracking: number, subheadLines: number, paragraphLines: number): StoryCopyfit | null =>
    tracking === 0 && subheadLines === 0 && paragraphLines === 0
      ? null
      : { tracking, ...(subheadLines ? { subheadLines } : {}), ...(paragraphLines ? { paragraphLines } : {}) };
  // Each setting is composed once: the searches below ask for some more than once.
  const seen = new Map<string, CopyfitState>();
  const trial = (tracking: number, subheadLines: number, paragraphLines: number): CopyfitState => {
    const key = `${tracking}:${subheadLines}:${paragraphLines}`;
    let state = seen.get(key);
    if (!state) {
      const fit = value(tracking, subheadLines, paragraphLines);
      const frames = doc.frames.map((f) => {
        if (f.kind !== 'story' || f.id !== headId) return f;
        const { copyfit: _old, ...rest } = f;
        return fit ? { ...rest, copyfit: fit } : rest;
      });
      state = stateOf(fitOf({ ...doc, frames }, storyId));
      seen.set(key, state);
    }
    return state;
  };
  const fitsAt = (t: number, s: number, p: number) => trial(t, s, p).linesOver === 0;

  const before = trial(0, 0, 0);
  let [tracking, subheadLines, paragraphLines] = [0, 0, 0];
  if (before.linesOver > 0) {
    if (!fitsAt(-limit, 0, 0) && room.shrinkSubheads > 0) subheadLines = -fewest(room.shrinkSubheads, (k) => fitsAt(-limit, -k, 0));
    if (!fitsAt(-limit, subheadLines, 0) && room.shrinkGaps > 0) paragraphLines = -fewest(room.shrinkGaps, (k) => fitsAt(-limit, subheadLines, -k));
    // The least tightening that fits with those lines: the largest tracking (closest to 0) still fitting.
    tracking = fitsAt(-limit, subheadLines, paragraphLines) ? largest(-limit, 0, (t) => fitsAt(t, subheadLines, paragraphLines)) : -limit;
  } else if (before.linesUnder > 0) {
    if (limit > 0) tracking = largest(0, limit, (t) => fitsAt(t, 0, 0));
    while (subheadLines < room.growSubheads && trial(tracking, subheadLines, 0).linesUnder > 0 && fitsAt(tracking, subheadLines + 1, 0)) subheadLines++;
    while (paragraphLines < room.growGaps && trial(tracking, subheadLines, paragraphLines).linesUnder > 0 && fitsAt(tracking, subheadLines, paragraphLines + 1)) paragraphLines++;
  }
  tracking ||= 0; // never −0 (a limit of 0)
  const copyfit = value(tracking, subheadLines, paragraphLines);
  const after = trial(tracking, subheadLines, paragraphLines);
  const changes: CopyfitChange[] = [];
  if (tracking) changes.push({ code: 'tracking', params: { value: tracking } });
  if (subheadLines) {
    const subheads = spread(subheadLines < 0 ? targets.shrinkSubheads : targets.growSubheads, subheadLines).size;
    changes.push({ code: 'subhead-lines', params: { lines: subheadLines, subheads } });
  }
  if (paragraphLines) {
    const gaps = spread(paragraphLines < 0 ? targets.shrinkGaps : targets.growGaps, paragraphLines).size;
    changes.push({ code: 'paragraph-lines', params: { lines: paragraphLines, gaps } });
  }
  const result: CopyfitResult =
    after.linesOver > 0
      ? { code: 'over-at-limits', params: { lines: after.linesOver } }
      : after.linesUnder > 0
        ? { code: 'under-at-limits', params: { lines: after.linesUnder } }
        : { code: 'fits', params: {} };
  return { frameId: headId, storyId, before, after, copyfit, changes, result, fits: after.linesOver === 0 };
}
