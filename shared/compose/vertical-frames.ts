import { WHITE } from '../model/color';
import type { Rect } from '../model/display-list';
import type { BannerFrame, TextFrame } from '../model/page';
import { BANNER_STYLE, BODY_STYLE, withStyle } from '../typeset/styles';
import type { Alignment, ParagraphStyle } from '../typeset/types';
import { layoutVertical, type VerticalColumn } from '../typeset/vertical';
import type { ComposeContext } from './compose-context';
import type { FrameReport } from './compose-types';
import { freeTextParagraphs } from './free-text-paragraphs';
import type { LineSource } from './page-output';

/**
 * Banners and free text set vertically (竖排, a frame's `vertical: true`): columns read top to
 * bottom, right to left, from the frame's right edge (shared/typeset/vertical.ts sets them).
 * A vertical banner (栏目头 down the side of a page) is one column centred across its box,
 * spread (均排, at most an em between characters) or centred down it; free text is its
 * paragraphs in columns as deep as the frame, each paragraph starting a new column.
 */

/** Places columns right to left from `right`, `advance` apart; returns how many fit in `left`..`right`. */
function placeColumns(ctx: ComposeContext, columns: readonly VerticalColumn[], right: number, left: number, top: number, advance: number, source: LineSource): number {
  let placed = 0;
  for (const column of columns) {
    if (right - advance < left - 0.01) break;
    ctx.out.addVerticalColumn(column, right - advance / 2, top, source);
    right -= advance;
    placed++;
  }
  return placed;
}

export function composeVerticalBanner(ctx: ComposeContext, frame: BannerFrame, box: Rect, rect: Rect): FrameReport {
  const size = frame.size ?? BANNER_STYLE.char.size;
  const face = ctx.face(BANNER_STYLE.char.face, frame.id);
  const text = frame.text.trim();
  const style = (align: Alignment): ParagraphStyle => withStyle(BANNER_STYLE, { char: { face, size }, align });
  const natural = layoutVertical({ runs: [{ text }], style: style('start') }, { height: 100_000 }, ctx.measurer).columns[0]?.length ?? 0;
  const room = Math.max(size, box.height - 2 * size);
  const chars = [...text].length;
  const length = frame.align === 'center' ? natural : Math.min(room, natural + Math.max(0, chars - 1) * size);
  const set = layoutVertical({ runs: [{ text }], style: style(frame.align === 'center' ? 'start' : 'distribute') }, { height: Math.max(length, natural) }, ctx.measurer);
  const column = set.columns[0];
  const overset = set.columns.length !== 1 || !column || column.length > box.height + 0.01 || size > box.width + 0.01;
  if (column) {
    const top = box.y + (box.height - Math.max(length, column.length)) / 2;
    ctx.out.addVerticalColumn(column, box.x + box.width / 2, top, { frameId: frame.id, block: 'banner', column: 0, ...(frame.style === 'reverse' ? { color: WHITE } : {}) });
  }
  if (overset) ctx.issues.push({ severity: 'error', code: 'overset', frameId: frame.id, params: { frame: 'banner', text: frame.text } });
  return { frameId: frame.id, kind: 'banner', rect, lines: column ? 1 : 0, overset };
}

const TEXT_ALIGN: Record<TextFrame['align'], Alignment> = { left: 'start', center: 'center', right: 'end', justify: 'justify', 'justify-all': 'distribute' };

export function composeVerticalText(ctx: ComposeContext, frame: TextFrame, rect: Rect): FrameReport {
  const face = ctx.face(frame.face, frame.id);
  const style = withStyle(BODY_STYLE, { name: 'text', char: { face, size: frame.size }, align: TEXT_ALIGN[frame.align], firstLineIndent: 0, trimLineStartBracket: true });
  // Columns 1.5 em apart: the horizontal body's line spacing, turned.
  const advance = frame.size * 1.5;
  const columns = freeTextParagraphs(frame).flatMap((runs) => layoutVertical({ runs, style }, { height: rect.height }, ctx.measurer).columns);
  const placed = placeColumns(ctx, columns, rect.x + rect.width, rect.x, rect.y, advance, { frameId: frame.id, block: 'text', column: 0 });
  const overset = placed < columns.length || columns.some((c) => c.overflow);
  if (overset) ctx.issues.push({ severity: 'error', code: 'overset', frameId: frame.id, params: { frame: 'text', lines: columns.length - placed } });
  return { frameId: frame.id, kind: 'text', rect, lines: placed, overset };
}
