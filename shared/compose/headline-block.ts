import type { HeadlineLayout } from '../model/page';
import type { StoryFields } from '../model/story';
import { HEADLINE_STYLE, withStyle } from '../typeset/styles';
import type { Alignment, ParagraphStyle, TypesetLine } from '../typeset/types';
import { balanceHeadline, headlineParagraphs, type LineFit } from '../typeset/headline-breaks';
import type { ComposeContext } from './compose-context';
import { centredPunctuation, charStyleFor } from './story-typography';

/**
 * The headline block of a story (标题组): 引题 (kicker) above, 主题 (headline) in its size and
 * face, 副题 (subtitle) below, each across the frame's full width, stacked at their own leading
 * and then rounded up to whole grid lines so the body below stays on the baseline grid.
 *
 * Each field breaks where the editor put a manual break (Shift+Enter), and a line too long for
 * the frame breaks where a desk would: at a phrase or word boundary, into lines of similar
 * length (headline-breaks.ts); only a word wider than the frame is left to the engine.
 */

export type HeadField = 'kicker' | 'headline' | 'subtitle';

export interface HeadlineLine {
  field: HeadField;
  typeset: TypesetLine;
  /** Offset of this part in the field's text (the glyph offsets are relative to the part). */
  offsetBase: number;
  /** Baseline, pt below the block's top. */
  baseline: number;
  /** Horizontal glyph scale (长/扁): the line was set to the frame width / scaleX. */
  scaleX: number;
}

export interface HeadlineBlock {
  lines: HeadlineLine[];
  /** Grid lines the block takes. */
  depth: number;
}

export const DEFAULT_DECK_FACE = 'noto-serif-sc-700';
/** Line advance as a multiple of the size: tight for the headline, looser for the decks. */
const HEADLINE_LEADING = 1.2;
const DECK_LEADING = 1.35;
/** Ideographic em box: 0.88 em above the baseline in the Noto CJK faces. */
const EM_ASCENT = 0.88;

const ALIGN: Record<HeadlineLayout['align'], Alignment> = { left: 'start', center: 'center', 'justify-all': 'distribute' };

interface Part {
  text: string;
  offset: number;
}

function fitsOneLine(ctx: ComposeContext, text: string, style: ParagraphStyle, width: number): LineFit {
  const line = ctx.layout({ runs: [{ text }], style: { ...style, align: 'start' } }, width).lines;
  const fits = line.length === 1 && line[0]!.overflow <= 0.01;
  return { fits, width: fits ? line[0]!.right : Infinity };
}

/**
 * The lines of a headline field: one part per line, split at its manual breaks ("\n") and then
 * at phrase or word boundaries into balanced lines (headline-breaks.ts). A paragraph that cannot
 * be broken at a boundary (a word wider than the frame) is one part the engine breaks.
 */
export function headlineParts(ctx: ComposeContext, text: string, style: ParagraphStyle, width: number): Part[] {
  const parts: Part[] = [];
  for (const para of headlineParagraphs(text)) {
    const body = text.slice(para.start, para.end);
    if (!body.trim()) continue;
    const spans = balanceHeadline(body, width, (s, e) => fitsOneLine(ctx, body.slice(s, e), style, width));
    if (!spans) {
      parts.push({ text: body, offset: para.start });
      continue;
    }
    for (const span of spans) parts.push({ text: body.slice(span.start, span.end), offset: para.start + span.start });
  }
  return parts;
}

export function setHeadlineBlock(
  ctx: ComposeContext,
  story: StoryFields,
  layout: HeadlineLayout,
  width: number,
  frameId: string,
): HeadlineBlock {
  const pitch = ctx.geometry.pitch;
  // 长/扁: set to the width the unscaled glyphs have, drawn scaled back to the frame's width.
  const scaleX = (layout.scale ?? 100) / 100;
  const measure = width / scaleX;
  const align = ALIGN[layout.align];
  const language = story.language;
  const centred = centredPunctuation(language, ctx.doc.typography);
  const resolve = (faceId: string) => ctx.face(faceId, frameId);
  const deckChar = charStyleFor({ face: layout.deckFace ?? DEFAULT_DECK_FACE, size: layout.deckSize, tracking: 0 }, language, centred, resolve);
  const headChar = charStyleFor({ face: layout.face, size: layout.size, tracking: 0 }, language, centred, resolve);
  const deckFace = deckChar.face;
  const headFace = headChar.face;
  const fields: { field: HeadField; text: string; size: number; face: string; punctuationFace: string | undefined; leading: number }[] = [
    { field: 'kicker', text: story.kicker, size: layout.deckSize, face: deckFace, punctuationFace: deckChar.punctuationFace, leading: DECK_LEADING },
    { field: 'headline', text: story.headline, size: layout.size, face: headFace, punctuationFace: headChar.punctuationFace, leading: HEADLINE_LEADING },
    { field: 'subtitle', text: story.subtitle, size: layout.deckSize, face: deckFace, punctuationFace: deckChar.punctuationFace, leading: DECK_LEADING },
  ];
  const lines: HeadlineLine[] = [];
  let y = 0;
  let previous: number | null = null;
  for (const f of fields) {
    if (!f.text.trim()) continue;
    const advance = f.size * f.leading;
    const char = f.punctuationFace ? { face: f.face, size: f.size, punctuationFace: f.punctuationFace } : { face: f.face, size: f.size };
    const style = withStyle(HEADLINE_STYLE, { name: f.field, char, leading: advance, align });
    // Between fields: a quarter of the smaller size, so kicker, headline and subtitle read as one group.
    if (previous !== null) y += 0.25 * Math.min(previous, f.size);
    for (const part of headlineParts(ctx, f.text, style, measure)) {
      for (const typeset of ctx.layout({ runs: [{ text: part.text }], style }, measure).lines) {
        lines.push({ field: f.field, typeset, offsetBase: part.offset, baseline: y + (advance - f.size) / 2 + EM_ASCENT * f.size, scaleX });
        y += advance;
      }
    }
    previous = f.size;
  }
  if (!lines.length) return { lines, depth: layout.depth ?? 0 };
  // Air below the block: half a grid line, on top of the space the body's first line has above its em box.
  const needed = Math.ceil((y + 0.5 * pitch) / pitch - 0.01);
  const depth = Math.max(needed, layout.depth ?? 0);
  // The stack sits in the middle of its grid lines, nudged up so the air below outweighs the air above.
  const shift = Math.max(0, (depth * pitch - y) / 2 - 0.25 * pitch);
  for (const line of lines) line.baseline += shift;
  return { lines, depth };
}
