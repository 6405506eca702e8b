import type { HeadlineLayout } from '../model/page';
import type { StoryFields } from '../model/story';
import { HEADLINE_STYLE, withStyle } from '../typeset/styles';
import type { Alignment, ParagraphStyle, TypesetLine } from '../typeset/types';
import type { ComposeContext } from './compose-context';

/**
 * The headline block of a story (标题组): 引题 (kicker) above, 主题 (headline) in its size and
 * face, 副题 (subtitle) below, each across the frame's full width, stacked at their own leading
 * and then rounded up to whole grid lines so the body below stays on the baseline grid.
 *
 * A headline too long for one line is split where a Chinese desk would split it — after the
 * colon of 「地名：事实」, else at a space between its two phrases — when both halves fit;
 * only otherwise is the engine left to break it.
 */

export type HeadField = 'kicker' | 'headline' | 'subtitle';

export interface HeadlineLine {
  field: HeadField;
  typeset: TypesetLine;
  /** Offset of this part in the field's text (the glyph offsets are relative to the part). */
  offsetBase: number;
  /** Baseline, pt below the block's top. */
  baseline: number;
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

function fitsOneLine(ctx: ComposeContext, text: string, style: ParagraphStyle, width: number): boolean {
  const layout = ctx.layout({ runs: [{ text }], style }, width);
  return layout.lines.length === 1 && layout.lines[0]!.overflow <= 0.01;
}

/** The text as one part, or two parts split after a colon or at a space (balanced, both fitting). */
export function headlineParts(ctx: ComposeContext, text: string, style: ParagraphStyle, width: number): Part[] {
  if (fitsOneLine(ctx, text, style, width)) return [{ text, offset: 0 }];
  const candidates: { first: Part; second: Part; colon: boolean }[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    const ch = text[i]!;
    if (ch === '：' || ch === ':') {
      candidates.push({ first: { text: text.slice(0, i + 1), offset: 0 }, second: { text: text.slice(i + 1), offset: i + 1 }, colon: true });
    } else if (ch === ' ' || ch === '\u3000') {
      candidates.push({ first: { text: text.slice(0, i), offset: 0 }, second: { text: text.slice(i + 1), offset: i + 1 }, colon: false });
    }
  }
  let best: { parts: Part[]; score: number } | undefined;
  for (const c of candidates) {
    if (!c.first.text.trim() || !c.second.text.trim()) continue;
    if (!fitsOneLine(ctx, c.first.text, style, width) || !fitsOneLine(ctx, c.second.text, style, width)) continue;
    const balance = Math.abs([...c.first.text].length - [...c.second.text].length);
    const score = balance - (c.colon ? 100 : 0);
    if (!best || score < best.score) best = { parts: [c.first, c.second], score };
  }
  return best?.parts ?? [{ text, offset: 0 }];
}

export function setHeadlineBlock(
  ctx: ComposeContext,
  story: StoryFields,
  layout: HeadlineLayout,
  width: number,
  frameId: string,
): HeadlineBlock {
  const pitch = ctx.geometry.pitch;
  const align = ALIGN[layout.align];
  const deckFace = ctx.face(layout.deckFace ?? DEFAULT_DECK_FACE, frameId);
  const headFace = ctx.face(layout.face, frameId);
  const fields: { field: HeadField; text: string; size: number; face: string; leading: number }[] = [
    { field: 'kicker', text: story.kicker, size: layout.deckSize, face: deckFace, leading: DECK_LEADING },
    { field: 'headline', text: story.headline, size: layout.size, face: headFace, leading: HEADLINE_LEADING },
    { field: 'subtitle', text: story.subtitle, size: layout.deckSize, face: deckFace, leading: DECK_LEADING },
  ];
  const lines: HeadlineLine[] = [];
  let y = 0;
  let previous: number | null = null;
  for (const f of fields) {
    if (!f.text.trim()) continue;
    const advance = f.size * f.leading;
    const style = withStyle(HEADLINE_STYLE, { name: f.field, char: { face: f.face, size: f.size }, leading: advance, align });
    // Between fields: a quarter of the smaller size, so kicker, headline and subtitle read as one group.
    if (previous !== null) y += 0.25 * Math.min(previous, f.size);
    for (const part of headlineParts(ctx, f.text, style, width)) {
      for (const typeset of ctx.layout({ runs: [{ text: part.text }], style }, width).lines) {
        lines.push({ field: f.field, typeset, offsetBase: part.offset, baseline: y + (advance - f.size) / 2 + EM_ASCENT * f.size });
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
