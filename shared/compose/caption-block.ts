import { CAPTION_STYLE, withStyle } from '../typeset/styles';
import { centredPunctuation, charStyleFor } from './story-typography';
import type { TypesetLine } from '../typeset/types';
import type { ComposeContext } from './compose-context';

/**
 * A caption (图片说明) with its credit (本报记者 杨珂 摄), under a photo: the caption justified
 * across the photo's width, the credit right-aligned — on the caption's last line when there is
 * room for it there (an em apart), else on a line of its own — as Chinese papers set them.
 */

export interface CaptionLine {
  block: 'caption' | 'credit';
  typeset: TypesetLine;
  /** Baseline, pt below the top of the caption block. */
  baseline: number;
}

export interface CaptionBlock {
  lines: CaptionLine[];
  /** Height of the block, pt, em box top of the first line to em box bottom of the last (0 when empty). */
  height: number;
}

/** Space between a photo and the caption under it, pt. */
export const CAPTION_GAP = 3;

export function setCaption(ctx: ComposeContext, caption: string, credit: string, width: number, frameId: string): CaptionBlock {
  // The page style may name the caption face (a 楷体) and centred punctuation for the whole page.
  const typography = ctx.doc.typography;
  const char = charStyleFor({ ...CAPTION_STYLE.char, face: typography?.captionFace ?? CAPTION_STYLE.char.face }, undefined, centredPunctuation(undefined, typography), (f) => ctx.face(f, frameId));
  const style = withStyle(CAPTION_STYLE, { char });
  const size = style.char.size;
  const captionLines = caption.trim() ? ctx.layout({ runs: [{ text: caption }], style }, width).lines : [];
  const creditLines = credit.trim()
    ? ctx.layout({ runs: [{ text: credit }], style: withStyle(style, { name: 'credit', align: 'end', minLastLineChars: 0 }) }, width).lines
    : [];
  const rows: CaptionLine[][] = captionLines.map((typeset) => [{ block: 'caption', typeset, baseline: 0 }]);
  const last = captionLines[captionLines.length - 1];
  const creditOnly = creditLines[0];
  if (last && creditOnly && creditLines.length === 1 && last.right + size + naturalWidth(creditOnly) <= width + 0.01) {
    rows[rows.length - 1]!.push({ block: 'credit', typeset: creditOnly, baseline: 0 });
  } else {
    for (const typeset of creditLines) rows.push([{ block: 'credit', typeset, baseline: 0 }]);
  }
  // The block runs from the first line's em box top to the last line's em box bottom, so a
  // caption at a frame's foot ends exactly where the body text of the next column ends.
  const leading = style.leading;
  const lines = rows.flatMap((row, r) => row.map((line) => ({ ...line, baseline: 0.88 * size + r * leading })));
  return { lines, height: rows.length ? (rows.length - 1) * leading + size : 0 };
}

/** Width of a line's text, from its first glyph's set box to its right edge. */
function naturalWidth(line: TypesetLine): number {
  const glyphs = line.runs.flatMap((r) => r.glyphs).filter((g) => g.offset >= 0 && g.text.trim() !== '');
  const first = glyphs[0];
  return first ? line.right - (first.x + first.trimLeft) : 0;
}
