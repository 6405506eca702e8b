import type { GridArea, PageDocument, StoryFrame } from '../model/page';
import { composePage } from './compose-page';
import type { ComposeInputs } from './compose-types';
import { gridGeometry } from './grid-geometry';
import { storyChains, UNDERSET_LINES } from './story-layout';

/**
 * Sizes on drop: the depth (and, where that fits better, the text columns) a story frame needs
 * for the story it holds, found by setting it — columns × lines from the story's length at the
 * page's grid, not an estimate. A first frame is sized to the whole story; a continuation frame
 * (续排) to what the frames before it leave over. The frame is set alone with its thread, so
 * what lies under it on the page does not change its size (a collision says when it should).
 */

export interface StoryFrameFit {
  area: GridArea;
  bodyColumns: number;
  /** Grid lines over (0 when it fits) and left empty at the story's foot. */
  linesOver: number;
  linesUnder: number;
}

interface Trial extends StoryFrameFit {
  fits: boolean;
}

/** Sizes story frame `frameId` of the page (the last frame of its thread) to what its story needs. */
export function fitStoryFrame(doc: PageDocument, frameId: string, inputs: ComposeInputs): StoryFrameFit {
  const chain = storyChains(doc.frames).find((c) => c.some((f) => f.id === frameId));
  const frame = chain?.find((f) => f.id === frameId);
  if (!chain || !frame) throw new Error(`no story frame "${frameId}" on the page`);
  if (chain[chain.length - 1]!.id !== frameId) throw new Error(`story frame "${frameId}" is continued in another frame: size the last frame of the thread`);
  const { lines: pageLines } = gridGeometry(doc.template);
  const columns = doc.template.grid.columns;
  const room = Math.max(1, pageLines - frame.area.line);

  const trial = (span: number, bodyColumns: number, depth: number): Trial => {
    const column = Math.min(frame.area.column, columns - span);
    const area: GridArea = { ...frame.area, column, span, depth };
    const sized: StoryFrame = { ...frame, area, bodyColumns };
    const alone: PageDocument = { ...doc, frames: chain.map((f) => (f.id === frameId ? sized : f)) };
    const report = composePage(alone, inputs).frames.find((f) => f.frameId === frameId)?.story;
    const over = report?.overset ? Math.max(1, report.copyfit.linesOver) : 0;
    return { area, bodyColumns, linesOver: over, linesUnder: report && !report.overset ? report.copyfit.linesUnder : 0, fits: !!report && !report.overset };
  };
  /** The shallowest depth at which the story fits (binary search: a deeper frame never fits worse). */
  const shallowest = (span: number, bodyColumns: number): Trial => {
    let deepest = trial(span, bodyColumns, room);
    if (!deepest.fits) return deepest;
    let lo = 1;
    let hi = room;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const t = trial(span, bodyColumns, mid);
      if (t.fits) {
        hi = mid;
        deepest = t;
      } else lo = mid + 1;
    }
    return deepest.area.depth === lo ? deepest : trial(span, bodyColumns, lo);
  };

  // The frame as dropped first; then its columns split fewer (破栏) or its span one either way,
  // when that leaves less than UNDERSET_LINES empty where the frame as dropped would not.
  const span = frame.area.span;
  const candidates: [number, number][] = [[span, frame.bodyColumns]];
  if (frame.bodyColumns > 1) candidates.push([span, frame.bodyColumns - 1]);
  if (span < columns) candidates.push([span + 1, Math.min(span + 1, frame.bodyColumns + 1)]);
  if (span > 1) candidates.push([span - 1, Math.min(span - 1, frame.bodyColumns)]);
  let best: Trial | undefined;
  for (const [s, c] of candidates) {
    const t = shallowest(s, c);
    if (t.fits && t.linesUnder < UNDERSET_LINES) return strip(t);
    if (!best || (t.fits && !best.fits) || (t.fits === best.fits && (t.fits ? t.linesUnder < best.linesUnder : t.linesOver < best.linesOver))) best = t;
  }
  return strip(best!);
}

function strip({ fits: _fits, ...fit }: Trial): StoryFrameFit {
  return fit;
}
