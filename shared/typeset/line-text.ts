import type { Cmyk } from '../model/color';
import type { PlacedGlyph } from '../model/display-list';
import { classify } from './char-classes';
import type { ParagraphLayout, TypesetLine } from './types';

/**
 * Helpers for composition and checks: the source text a line shows, and a line's runs moved
 * to page coordinates, ready to become display-list GlyphRuns.
 */

/** The source characters a line's glyphs show, in order (an added hyphen is not source text). */
export function lineText(line: TypesetLine): string {
  let text = '';
  for (const run of line.runs) for (const g of run.glyphs) if (g.offset >= 0) text += g.text;
  return text;
}

/**
 * The paragraph text as its glyphs show it: every character but hard line breaks and
 * invisible format characters (soft hyphen, zero-width space/joiners, BOM), which draw nothing.
 */
export function paragraphText(layout: ParagraphLayout): string {
  return layout.lines.map(lineText).join('');
}

/** The text with the characters that never get a glyph removed: what paragraphText gives back. */
export function visibleText(text: string): string {
  let out = '';
  for (const ch of text) {
    const cls = classify(ch, true);
    if (cls !== 'hard-break' && cls !== 'invisible') out += ch;
  }
  return out;
}

export interface PlacedRun {
  face: string;
  size: number;
  color?: Cmyk;
  emphasis?: 'dots';
  /** Synthetic bold stroke, em. */
  embolden?: number;
  /** Baseline, pt, in the caller's coordinates. */
  y: number;
  glyphs: PlacedGlyph[];
}

/** A line's runs with glyph x moved by `x` and baseline `y` (e.g. page coordinates). */
export function lineGlyphRuns(line: TypesetLine, x: number, y: number): PlacedRun[] {
  return line.runs.map((run) => {
    const placed: PlacedRun = {
      face: run.face,
      size: run.size,
      y,
      glyphs: run.glyphs.map((g) => ({ gid: g.gid, x: g.x + x, text: g.text, offset: g.offset })),
    };
    if (run.color) placed.color = run.color;
    if (run.emphasis) placed.emphasis = run.emphasis;
    if (run.embolden) placed.embolden = run.embolden;
    return placed;
  });
}
