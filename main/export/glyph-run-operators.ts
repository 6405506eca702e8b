import { textSpaceGlyphs, type GlyphRun } from '../../shared/model/display-list';
import type { ContentBuilder } from './content-builder';
import type { FaceUsage } from './face-usage';
import { pdfNumber, roundTo } from './pdf-number';

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** TJ adjustments in 1/1000 em with two decimals: 0.0004 pt at 72 pt, and errors never add up. */
const ADJUST_DIGITS = 2;

/**
 * The character spacing (Tc) that explains most gaps between glyphs: a justified CJK line
 * spreads its slack evenly, so one Tc places the whole line and TJ needs no numbers.
 */
function commonSpacing(run: GlyphRun, advances: readonly number[]): number {
  const counts = new Map<number, number>();
  const gaps = run.glyphs.length - 1;
  for (let i = 0; i < gaps; i++) {
    const residual = roundTo(run.glyphs[i + 1]!.x - run.glyphs[i]!.x - advances[i]!);
    counts.set(residual, (counts.get(residual) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [residual, n] of counts) if (n > bestCount) [best, bestCount] = [residual, n];
  return bestCount * 2 >= gaps ? best : 0;
}

/**
 * Writes a glyph run so that every glyph starts exactly at its display-list x: a TJ array
 * of two-byte CIDs with position adjustments wherever the pen (font width + Tc) would
 * drift from the display list. The pen is tracked with the rounded numbers a reader will
 * use, so rounding never accumulates along a line.
 */
export function writeGlyphRun(content: ContentBuilder, scaled: GlyphRun, fontName: string, usage: FaceUsage, pageHeight: number): void {
  // A 长/扁 run is written in its text space and drawn through Tm's horizontal scale.
  const scale = roundTo(scaled.scaleX ?? 1, 4);
  const run = scale === 1 ? scaled : { ...scaled, glyphs: textSpaceGlyphs(scaled) };
  const glyphs = run.glyphs;
  if (glyphs.length === 0) return;
  // Compute with the numbers as written (Tf size, Tm x), or the pen drifts from what a reader does.
  const size = roundTo(run.size);
  const cids = glyphs.map((g) => usage.cidOf(g.gid, g.text));
  const advances = cids.map((cid) => (usage.widthOfCid(cid) * size) / 1000);
  const tc = glyphs.length > 1 ? commonSpacing(run, advances) : 0;

  content.font(fontName, size);
  content.charSpacing(tc);
  const x0 = roundTo(glyphs[0]!.x, 4);
  const parts: string[] = [];
  let hex = '';
  let pen = x0;
  for (let i = 0; i < glyphs.length; i++) {
    hex += hex4(cids[i]!);
    pen += advances[i]! + tc;
    const next = glyphs[i + 1];
    if (!next) break;
    const adjust = roundTo(((pen - next.x) * 1000) / size, ADJUST_DIGITS);
    if (adjust !== 0) {
      parts.push(`<${hex}>`, pdfNumber(adjust, ADJUST_DIGITS));
      hex = '';
      pen -= (adjust * size) / 1000;
    }
  }
  parts.push(`<${hex}>`);
  const show = parts.length === 1 ? `${parts[0]} Tj` : `[${parts.join('')}] TJ`;
  const tm = `${scale === 1 ? '1' : pdfNumber(scale, 4)} 0 0 1 ${pdfNumber(x0, 4)} ${pdfNumber(pageHeight - run.y)} Tm`;
  // Synthetic bold (GlyphRun.embolden): fill then stroke the outlines; the mode is reset inside BT/ET's q/Q.
  content.op(run.embolden ? `q 1 j BT 2 Tr ${tm} ${show} ET Q` : `BT ${tm} ${show} ET`);
}
