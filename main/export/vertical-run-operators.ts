import type { GlyphRun, PlacedGlyph } from '../../shared/model/display-list';
import type { ContentBuilder } from './content-builder';
import type { FaceUsage } from './face-usage';
import { writeGlyphRun } from './glyph-run-operators';
import { pdfNumber, roundTo } from './pdf-number';

/**
 * A vertical run (竖排) as PDF text. Upright glyphs go down the column in the face's vertical
 * writing mode (the Identity-V font of font-dictionaries.ts): one TJ per stretch of glyphs on
 * one centre line, so a reader extracts and selects the column as one vertical line. The pen of
 * writing mode 1 is the glyph's vertical origin, the top centre of its em box (/DW2: `vy` above
 * the baseline, one em down per glyph); TJ numbers move it down the line. 纵中横 digits are set
 * as a horizontal run at their origins; rotated Western glyphs with a text matrix turned 90°
 * clockwise. Every glyph lands on its display-list origin.
 */

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
const ADJUST_DIGITS = 2;

export interface VerticalFontNames {
  horizontal: string;
  vertical: string;
}

function writeUpright(content: ContentBuilder, glyphs: readonly PlacedGlyph[], size: number, name: string, usage: FaceUsage, pageHeight: number): void {
  const vy = usage.verticalOrigin;
  const cids = glyphs.map((g) => usage.cidOf(g.gid, g.text));
  // Pen (vertical origin) of each glyph in PDF space: the advance box's centre, vy above the baseline.
  const penX = roundTo(glyphs[0]!.x + (usage.widthOfCid(cids[0]!) * size) / 2000, 4);
  const penY = glyphs.map((g) => roundTo(pageHeight - g.y! + (vy * size) / 1000, 4));
  content.font(name, size);
  content.charSpacing(0);
  const parts: string[] = [];
  let hex = '';
  let pen = penY[0]!;
  for (let i = 0; i < glyphs.length; i++) {
    hex += hex4(cids[i]!);
    pen -= size; // /DW2's w1 is −1000: one em down
    const next = penY[i + 1];
    if (next === undefined) break;
    // ty = (w1 − Tj/1000)·size: a positive number moves the next glyph further down.
    const adjust = roundTo(((pen - next) * 1000) / size, ADJUST_DIGITS);
    if (adjust !== 0) {
      parts.push(`<${hex}>`, pdfNumber(adjust, ADJUST_DIGITS));
      hex = '';
      pen -= (adjust * size) / 1000;
    }
  }
  parts.push(`<${hex}>`);
  const show = parts.length === 1 ? `${parts[0]} Tj` : `[${parts.join('')}] TJ`;
  content.op(`BT 1 0 0 1 ${pdfNumber(penX, 4)} ${pdfNumber(penY[0]!, 4)} Tm ${show} ET`);
}

function writeRotated(content: ContentBuilder, glyph: PlacedGlyph, size: number, name: string, usage: FaceUsage, pageHeight: number): void {
  content.font(name, size);
  content.charSpacing(0);
  const cid = usage.cidOf(glyph.gid, glyph.text);
  // Text x along the column (down the page), text y to the right.
  content.op(`BT 0 -1 1 0 ${pdfNumber(glyph.x, 4)} ${pdfNumber(pageHeight - glyph.y!, 4)} Tm <${hex4(cid)}> Tj ET`);
}

export function writeVerticalRun(content: ContentBuilder, run: GlyphRun, names: VerticalFontNames, usage: FaceUsage, pageHeight: number): void {
  const size = roundTo(run.size);
  const glyphs = run.glyphs;
  for (let i = 0; i < glyphs.length; ) {
    const g = glyphs[i]!;
    if (g.orient === 'rotated') {
      writeRotated(content, g, size, names.horizontal, usage, pageHeight);
      i++;
      continue;
    }
    let j = i + 1;
    if (g.orient === 'tcy') {
      while (j < glyphs.length && glyphs[j]!.orient === 'tcy' && glyphs[j]!.y === g.y) j++;
      const across: GlyphRun = { kind: 'glyphs', face: run.face, size: run.size, color: run.color, overprint: run.overprint, y: g.y!, glyphs: glyphs.slice(i, j) };
      writeGlyphRun(content, across, names.horizontal, usage, pageHeight);
    } else {
      // One stretch: upright glyphs on the same centre line.
      const centre = (p: PlacedGlyph) => roundTo(p.x + (usage.widthOfCid(usage.cidOf(p.gid, p.text)) * size) / 2000, 3);
      while (j < glyphs.length && glyphs[j]!.orient === undefined && centre(glyphs[j]!) === centre(g)) j++;
      writeUpright(content, glyphs.slice(i, j), size, names.vertical, usage, pageHeight);
    }
    i = j;
  }
}
