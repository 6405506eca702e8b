import type { FrameReport } from '../../../../shared/compose/compose-types';

/**
 * The copyfit badge of a frame, the way InCopy shows it: red when text is over (by how many
 * lines and characters), blue when the frames are short of text (how many lines are left
 * empty, about how many characters would fill them), green when the story fits exactly.
 * A story's figures are its whole thread's; the badge stands on the thread's last frame.
 */

export type CopyfitTone = 'over' | 'under' | 'fits';

export interface CopyfitBadge {
  tone: CopyfitTone;
  lines: number;
  chars: number;
}

/** The badge on the frame: a story's on the last frame of its thread only. */
export function copyfitBadge(report: FrameReport | undefined): CopyfitBadge | null {
  if (!report) return null;
  if (report.story) {
    const chain = report.story.chain;
    if (chain[chain.length - 1] !== report.frameId) return null;
  }
  return copyfitOf(report);
}

/** How a frame's text fits, wherever in its thread the frame stands. */
export function copyfitOf(report: FrameReport | undefined): CopyfitBadge | null {
  if (!report) return null;
  if (report.story) {
    const { copyfit } = report.story;
    if (copyfit.linesOver > 0 || copyfit.charsOver > 0 || report.story.overset) {
      return { tone: 'over', lines: Math.max(copyfit.linesOver, report.story.overset?.lines ?? 0), chars: Math.max(copyfit.charsOver, report.story.overset?.characters ?? 0) };
    }
    if (copyfit.linesUnder > 0) return { tone: 'under', lines: copyfit.linesUnder, chars: copyfit.charsUnder };
    return { tone: 'fits', lines: 0, chars: 0 };
  }
  if (report.overset) return { tone: 'over', lines: 0, chars: 0 };
  return null;
}
