import type { PageDocument, StoryCopyfit, StoryFrame } from '../model/page';
import type { ParagraphStyle } from '../typeset/types';
import type { StoryFit } from './compose-types';

/**
 * Automatic copyfit (缩字/扩字/撑行), the "fit to frames" command for one story. It tries, in
 * order and within the limit the page editor sets:
 *
 * 1. tracking of the body text (not bylines or subheads): the least tightening, down to
 *    −limit/1000 em, that takes an overset story in (缩字); for an underset one the most
 *    loosening, up to +limit, that still sets every line (扩字);
 * 2. overset only, when tracking alone cannot: subheads lose their blank line above, again with
 *    the least tightening that then fits.
 *
 * The result is a `copyfit` value for the story's first frame (applied by story-layout.ts through
 * `withCopyfit`) and a list of what changed; the page desk sets it as one undoable change.
 * Composition is passed in, so this file stays pure and the search is the same wherever it runs.
 */

export interface CopyfitLimits {
  /** Largest tracking change either way, 1/1000 em (50 = 5 % of the em). */
  tracking: number;
}

export type CopyfitChange = { kind: 'tracking'; value: number } | { kind: 'subhead-space'; value: 0 };

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
  /** Nothing overset after the change. */
  fits: boolean;
}

/** A paragraph style with the story's copyfit applied. */
export function withCopyfit(style: ParagraphStyle, byline: boolean, fit: StoryCopyfit | undefined): ParagraphStyle {
  if (!fit || byline) return style;
  if (style.name === 'subhead') return fit.subheadSpace === 0 && style.spaceBefore > 0 ? { ...style, spaceBefore: 0 } : style;
  return fit.tracking ? { ...style, char: { ...style.char, tracking: style.char.tracking + fit.tracking } } : style;
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

/**
 * Fits the story of `frameId` (any frame of its thread) to its frames. `fitOf` composes a page
 * document and returns that story's fit (the FrameReport's `story`).
 */
export function fitStory(
  doc: PageDocument,
  frameId: string,
  limits: CopyfitLimits,
  fitOf: (doc: PageDocument, storyId: string) => StoryFit | undefined,
): CopyfitOutcome {
  const frame = doc.frames.find((f): f is StoryFrame => f.kind === 'story' && f.id === frameId);
  if (!frame) throw new Error(`No story frame "${frameId}" on the page`);
  const storyId = frame.storyId;
  const headId = fitOf(doc, storyId)?.chain[0] ?? frame.id;
  const limit = Math.max(0, Math.min(100, Math.round(limits.tracking)));
  const trial = (fit: StoryCopyfit | null): CopyfitState => {
    const frames = doc.frames.map((f) => {
      if (f.kind !== 'story' || f.id !== headId) return f;
      const { copyfit: _old, ...rest } = f;
      return fit ? { ...rest, copyfit: fit } : rest;
    });
    return stateOf(fitOf({ ...doc, frames }, storyId));
  };
  const fitted = (tracking: number, subheadSpace?: 0): StoryCopyfit | null =>
    tracking === 0 && subheadSpace === undefined ? null : { tracking, ...(subheadSpace === 0 ? { subheadSpace } : {}) };

  const before = trial(null);
  let copyfit: StoryCopyfit | null = null;
  if (before.linesOver > 0) {
    copyfit = fitted(-limit, 0);
    for (const subheadSpace of [undefined, 0] as const) {
      const fits = (t: number) => trial(fitted(t, subheadSpace)).linesOver === 0;
      if (!fits(-limit)) continue;
      // The least tightening that fits: the largest tracking (closest to 0) still fitting.
      copyfit = fitted(largest(-limit, 0, fits), subheadSpace);
      break;
    }
  } else if (before.linesUnder > 0 && limit > 0) {
    copyfit = fitted(largest(0, limit, (t) => trial(fitted(t)).linesOver === 0));
  }
  const after = copyfit ? trial(copyfit) : before;
  const changes: CopyfitChange[] = [];
  if (copyfit?.tracking) changes.push({ kind: 'tracking', value: copyfit.tracking });
  if (copyfit?.subheadSpace === 0) changes.push({ kind: 'subhead-space', value: 0 });
  return { frameId: headId, storyId, before, after, copyfit, changes, fits: after.linesOver === 0 };
}
