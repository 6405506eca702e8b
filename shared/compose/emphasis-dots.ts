import type { Cmyk } from '../model/color';
import type { BoxItem } from '../model/display-list';
import type { PlacedRun } from '../typeset/line-text';
import type { VerticalColumn } from '../typeset/vertical';

/**
 * 着重号 (clreq §3.6 "Emphasis marks"): in horizontal writing a dot under each emphasised
 * character, centred on its em box, below the line's em box; in vertical writing a dot to the
 * right of each, centred on its em box down the column; none beside punctuation, spaces or
 * Western text (rotated words, 纵中横 digits). The dots are vector shapes in the display list (round boxes), not text: the
 * screen and the PDF draw the same dots, and copying the text gives it without them.
 */

/** Ideographs (and 〇) take a dot; punctuation, kana, Latin and digits do not. */
const IDEOGRAPH = /^\p{Script=Han}/u;

/** Dot diameter and the gap between the em box's foot and the dot, em. */
const DOT = 0.15;
const GAP = 0.1;
/** The ideographic em box's foot below the baseline, em (Noto CJK: −120/1000). */
const EM_BOX_FOOT = 0.12;

export function emphasisDots(run: PlacedRun, color: Cmyk): BoxItem[] {
  if (run.emphasis !== 'dots') return [];
  const d = DOT * run.size;
  const top = run.y + (EM_BOX_FOOT + GAP) * run.size;
  const dots: BoxItem[] = [];
  for (const g of run.glyphs) {
    if (g.offset < 0 || !IDEOGRAPH.test(g.text)) continue;
    // Centred on the glyph's em box (the glyph's advance is one em: the run's size).
    dots.push({ kind: 'box', rect: { x: g.x + (run.size - d) / 2, y: top, width: d, height: d }, fill: color, round: true });
  }
  return dots;
}

/**
 * The dots of a vertical column placed with its centre line at `centreX` and its top at `top`
 * (as PageOutput.addVerticalColumn places it), each in its glyph's colour: right of the column's
 * em box, at the height of each upright ideograph's em box centre.
 */
export function verticalEmphasisDots(column: VerticalColumn, centreX: number, top: number, color: (glyphColor: Cmyk | undefined) => Cmyk): BoxItem[] {
  const dots: BoxItem[] = [];
  for (const g of column.glyphs) {
    if (g.emphasis !== 'dots' || g.orient !== 'upright' || g.offset < 0 || !IDEOGRAPH.test(g.text)) continue;
    const d = DOT * g.size;
    // An upright glyph's origin is on its baseline, the em box's foot EM_BOX_FOOT below it.
    const middle = top + g.y + (EM_BOX_FOOT - 0.5) * g.size;
    dots.push({ kind: 'box', rect: { x: centreX + (0.5 + GAP) * g.size, y: middle - d / 2, width: d, height: d }, fill: color(g.color), round: true });
  }
  return dots;
}
