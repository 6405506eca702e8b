import { ANCHOR_CONTEXT, type AnnotationAnchorInput } from '../../../../shared/model/annotation';
import type { DisplayItem, GlyphRun, Rect } from '../../../../shared/model/display-list';

/**
 * Marking the laid-out page: a drag across set glyphs becomes a stretch of one story body block
 * ({storyId, block, start, end, quote}), the same coordinates an editor's mark is anchored in.
 * Only story body text (numeric blocks) can be marked; headlines, captions and the like cannot.
 */

export interface GlyphHit {
  storyId: string;
  block: number;
  /** Offset in the block's plain text of the glyph's first character. */
  offset: number;
  /** Offset just after the glyph's characters. */
  end: number;
}

export interface GlyphSelection {
  storyId: string;
  block: number;
  start: number;
  end: number;
  /** The selected glyphs' text, joined in text order. */
  quote: string;
  /** The text of the lines the selection touches, in order (context when the block's text is not at hand). */
  lineText: string;
  /** Offset in the block of the first character of `lineText`. */
  lineStart: number;
  /** Highlight boxes, one per line, in page points. */
  boxes: Rect[];
}

type BodyRun = GlyphRun & { source: { storyId: string; block: number } };

function bodyRuns(items: readonly DisplayItem[]): BodyRun[] {
  return items.filter((item): item is BodyRun => item.kind === 'glyphs' && item.glyphs.length > 0 && typeof item.source?.storyId === 'string' && typeof item.source.block === 'number');
}

/** Right edge of glyph i: the next glyph's left edge, or one em for the last. */
function rightOf(run: GlyphRun, i: number): number {
  const next = run.glyphs[i + 1];
  const glyph = run.glyphs[i]!;
  return next && next.x > glyph.x ? next.x : glyph.x + run.size;
}

/** The line's vertical band: ascent and descent of CJK type, roughly. */
function band(run: GlyphRun): { top: number; bottom: number } {
  return { top: run.y - run.size * 0.9, bottom: run.y + run.size * 0.25 };
}

/** The body glyph under a page point (pt), or null when there is none (a gap, a headline, a photo). */
export function glyphAt(items: readonly DisplayItem[], x: number, y: number): GlyphHit | null {
  for (const run of bodyRuns(items)) {
    const { top, bottom } = band(run);
    if (y < top || y > bottom) continue;
    for (let i = 0; i < run.glyphs.length; i++) {
      const glyph = run.glyphs[i]!;
      if (x >= glyph.x && x < rightOf(run, i)) return { storyId: run.source.storyId, block: run.source.block, offset: glyph.offset, end: glyph.offset + glyph.text.length };
    }
  }
  return null;
}

/**
 * The selection from a drag that began at `from` and ended at `to` (page points): both ends must
 * lie on glyphs of the same story block; everything between them in the block's text is selected.
 */
export function selectGlyphs(items: readonly DisplayItem[], from: { x: number; y: number }, to: { x: number; y: number }): GlyphSelection | null {
  const a = glyphAt(items, from.x, from.y);
  const b = glyphAt(items, to.x, to.y);
  if (!a || !b || a.storyId !== b.storyId || a.block !== b.block) return null;
  const start = Math.min(a.offset, b.offset);
  const end = Math.max(a.end, b.end);
  const runs = bodyRuns(items).filter((run) => run.source.storyId === a.storyId && run.source.block === a.block);
  const chosen: Array<{ offset: number; text: string }> = [];
  const lines: Array<{ offset: number; text: string }> = [];
  const boxes: Rect[] = [];
  for (const run of runs) {
    let left = Infinity;
    let right = -Infinity;
    for (let i = 0; i < run.glyphs.length; i++) {
      const glyph = run.glyphs[i]!;
      if (glyph.offset < start || glyph.offset >= end) continue;
      chosen.push(glyph);
      left = Math.min(left, glyph.x);
      right = Math.max(right, rightOf(run, i));
    }
    if (left === Infinity) continue;
    const { top, bottom } = band(run);
    boxes.push({ x: left, y: top, width: right - left, height: bottom - top });
    lines.push({ offset: run.glyphs[0]!.offset, text: run.glyphs.map((g) => g.text).join('') });
  }
  if (chosen.length === 0) return null;
  chosen.sort((p, q) => p.offset - q.offset);
  lines.sort((p, q) => p.offset - q.offset);
  const first = chosen[0]!;
  const last = chosen[chosen.length - 1]!;
  return {
    storyId: a.storyId,
    block: a.block,
    start: first.offset,
    end: last.offset + last.text.length,
    quote: chosen.map((g) => g.text).join(''),
    lineText: lines.map((l) => l.text).join(''),
    lineStart: lines[0]!.offset,
    boxes,
  };
}

/**
 * The anchor of a selection: the quote and a little context on each side, from the block's text
 * when it is at hand (and still holds the quote there), otherwise from the set lines.
 */
export function selectionAnchor(selection: GlyphSelection, blockText?: string, version = 0): AnnotationAnchorInput {
  const fromBlock = blockText !== undefined && blockText.slice(selection.start, selection.end) === selection.quote;
  const text = fromBlock ? blockText : selection.lineText;
  const base = fromBlock ? 0 : selection.lineStart;
  const start = selection.start - base;
  const end = selection.end - base;
  return {
    path: [selection.block],
    offset: selection.start,
    quote: selection.quote,
    before: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    after: text.slice(end, end + ANCHOR_CONTEXT),
    version,
  };
}
