import type { DisplayPage, GlyphRun, PlacedGlyph, Rect } from '../model/display-list';
import type { Measurer } from '../typeset/measurer';

/**
 * Where a stretch of a story's text stands on a composed page: the boxes of its glyphs, one
 * rectangle per set line (a mark that runs over a line break has two), from the source
 * offsets the composition put on every glyph (RunSource + PlacedGlyph.offset).
 */

/** A stretch of one body block of one story: [start, end) in the block's plain text. */
export interface TextTarget {
  storyId: string;
  block: number;
  start: number;
  end: number;
}

/** The part of one set line a mark covers. */
export interface LineBox extends Rect {
  /** Baseline, pt from the trim's top. */
  baseline: number;
  frameId: string;
  line: number;
  column: number;
}

/** Glyph geometry the composition does not carry: the last glyph's width and the em box. */
export interface GlyphMetricsSource {
  /** Advance of a glyph showing `text` in `face` at `size`, pt. */
  advance(face: string, size: number, text: string): number;
  /** Ascent (positive) and descent (negative) of the face's em box, in em. */
  emBox(face: string): { ascent: number; descent: number };
}

/** Metrics from a Measurer (the real fonts): what main/ passes. */
export function measurerMetrics(measurer: Measurer): GlyphMetricsSource {
  return {
    advance(face, size, text) {
      const cp = text.codePointAt(0);
      if (cp === undefined) return 0;
      const metrics = measurer.face(face);
      return (measurer.glyph(face, cp).advance / metrics.unitsPerEm) * size;
    },
    emBox(face) {
      const metrics = measurer.face(face);
      return { ascent: metrics.ascent / metrics.unitsPerEm, descent: metrics.descent / metrics.unitsPerEm };
    },
  };
}

/** Without fonts: CJK glyphs are an em wide, others half; the ideographic em box (0.88 / -0.12). */
export const ROUGH_METRICS: GlyphMetricsSource = {
  advance: (_face, size, text) => (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u.test(text) ? size : size / 2),
  emBox: () => ({ ascent: 0.88, descent: -0.12 }),
};

interface PlacedOnLine {
  run: GlyphRun;
  glyph: PlacedGlyph;
  /** Right edge: the next glyph's x on the same line, or x + advance for the last. */
  right: number;
}

interface SetLine {
  key: string;
  baseline: number;
  frameId: string;
  line: number;
  column: number;
  glyphs: PlacedOnLine[];
  top: number;
  bottom: number;
}

/** The set lines of one block of one story on the page, in reading order, with their glyphs. */
export function blockLines(page: DisplayPage, storyId: string, block: number, metrics: GlyphMetricsSource = ROUGH_METRICS): SetLine[] {
  const lines = new Map<string, SetLine>();
  for (const item of page.items) {
    if (item.kind !== 'glyphs' || !item.source || item.source.storyId !== storyId || item.source.block !== block) continue;
    const { frameId, line, column } = item.source;
    const key = `${frameId}#${line}`;
    let set = lines.get(key);
    const em = metrics.emBox(item.face);
    if (!set) {
      set = { key, baseline: item.y, frameId, line, column, glyphs: [], top: Infinity, bottom: -Infinity };
      lines.set(key, set);
    }
    set.top = Math.min(set.top, item.y - em.ascent * item.size);
    set.bottom = Math.max(set.bottom, item.y - em.descent * item.size);
    for (const glyph of item.glyphs) set.glyphs.push({ run: item, glyph, right: 0 });
  }
  const out = [...lines.values()];
  for (const set of out) {
    set.glyphs.sort((a, b) => a.glyph.x - b.glyph.x);
    set.glyphs.forEach((placed, i) => {
      const next = set.glyphs[i + 1];
      const own = placed.glyph.x + metrics.advance(placed.run.face, placed.run.size, placed.glyph.text);
      // Justification puts space between glyphs; a mark covers it, so its boxes join up.
      placed.right = next ? Math.max(own, next.glyph.x) : own;
    });
  }
  // Reading order: by the first source offset each line shows.
  const firstOffset = (set: SetLine) => Math.min(...set.glyphs.filter((g) => g.glyph.offset >= 0).map((g) => g.glyph.offset), Infinity);
  return out.sort((a, b) => firstOffset(a) - firstOffset(b));
}

/**
 * The line boxes of [start, end) of a block: per set line, from the left edge of the first glyph
 * covered to the right edge of the last. A point (start === end) gives a zero-width box at the
 * caret position: before the glyph at `start`, or after the one ending there. Empty when the
 * text is not on this page (another page, overset).
 */
export function markBoxes(page: DisplayPage, target: TextTarget, metrics: GlyphMetricsSource = ROUGH_METRICS): LineBox[] {
  const lines = blockLines(page, target.storyId, target.block, metrics);
  const boxes: LineBox[] = [];
  const box = (set: SetLine, left: number, right: number): LineBox => ({
    x: left,
    y: set.top,
    width: Math.max(0, right - left),
    height: set.bottom - set.top,
    baseline: set.baseline,
    frameId: set.frameId,
    line: set.line,
    column: set.column,
  });

  if (target.start === target.end) {
    for (const set of lines) {
      const at = set.glyphs.find((g) => g.glyph.offset === target.start);
      if (at) return [box(set, at.glyph.x, at.glyph.x)];
    }
    for (const set of lines) {
      const before = set.glyphs.find((g) => g.glyph.offset >= 0 && g.glyph.offset + g.glyph.text.length === target.start);
      if (before) return [box(set, before.right, before.right)];
    }
    return [];
  }

  for (const set of lines) {
    const covered = set.glyphs.filter((g) => g.glyph.offset >= 0 && g.glyph.offset < target.end && g.glyph.offset + g.glyph.text.length > target.start);
    if (covered.length === 0) continue;
    const left = covered[0]!.glyph.x;
    const right = covered[covered.length - 1]!.right;
    boxes.push(box(set, left, right));
  }
  return boxes;
}
