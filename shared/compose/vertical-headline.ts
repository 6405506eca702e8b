import type { Rect } from '../model/display-list';
import type { HeadlineLayout, StoryFrame } from '../model/page';
import type { StoryFields } from '../model/story';
import { HEADLINE_STYLE, withStyle } from '../typeset/styles';
import type { Alignment } from '../typeset/types';
import { layoutVertical, type VerticalColumn } from '../typeset/vertical';
import type { ComposeContext } from './compose-context';
import { DEFAULT_DECK_FACE } from './headline-block';
import { faceForLanguage } from './story-typography';

/**
 * A vertical headline (竖排标题) beside its story, as Chinese front pages set one: 引题, 主题 and
 * 副题 in vertical columns at the right edge of the story's first frame, read right to left, as
 * deep as the frame; the body flows in the frame's columns to their left (the strip is an
 * obstacle to the text like a photo). The 主题's columns are balanced (14 characters in a
 * 10-em frame set 7 + 7); the headline's `align` places the text down the columns: left = top,
 * center = in the middle of the frame's depth, justify-all = 均排, every column spread to the
 * longest one's length.
 */

/** Column advance across the page as a multiple of the size: a little air between columns. */
const HEAD_COLUMN = 1.25;
const DECK_COLUMN = 1.4;

const ALIGN: Record<HeadlineLayout['align'], Alignment> = { left: 'start', center: 'center', 'justify-all': 'distribute' };

interface PlacedColumn {
  field: 'kicker' | 'headline' | 'subtitle';
  column: VerticalColumn;
  advance: number;
}

/** Sets the vertical headline block; returns the strip of the frame it takes (null when it has no text). */
export function setVerticalHeadline(ctx: ComposeContext, story: StoryFields, layout: HeadlineLayout, rect: Rect, frame: StoryFrame): Rect | null {
  const align = ALIGN[layout.align];
  // A zh-Hant story's headline in the Traditional cuts, as its horizontal headline and body are;
  // their vertical forms (vert) put 。， in the middle of the em, as Taiwan and Hong Kong set them.
  const deckFace = ctx.face(faceForLanguage(layout.deckFace ?? DEFAULT_DECK_FACE, story.language), frame.id);
  const headFace = ctx.face(faceForLanguage(layout.face, story.language), frame.id);
  const fields = [
    { field: 'kicker' as const, text: story.kicker, size: layout.deckSize, face: deckFace, pitch: DECK_COLUMN, balance: false },
    { field: 'headline' as const, text: story.headline, size: layout.size, face: headFace, pitch: HEAD_COLUMN, balance: true },
    { field: 'subtitle' as const, text: story.subtitle, size: layout.deckSize, face: deckFace, pitch: DECK_COLUMN, balance: false },
  ];
  const set = (spread?: number): PlacedColumn[] => {
    const placed: PlacedColumn[] = [];
    for (const f of fields) {
      if (!f.text.trim()) continue;
      const style = withStyle(HEADLINE_STYLE, { name: f.field, char: { face: f.face, size: f.size }, align: spread === undefined ? align : 'distribute', trimLineStartBracket: true });
      const layout = layoutVertical({ runs: [{ text: f.text.trim() }], style }, { height: rect.height, balance: f.balance, ...(spread ? { spread } : {}) }, ctx.measurer);
      const lead = f.text.length - f.text.trimStart().length;
      for (const column of layout.columns) {
        if (column.glyphs.length === 0) continue;
        placed.push({ field: f.field, column: lead ? shiftOffsets(column, lead) : column, advance: f.size * f.pitch });
      }
    }
    return placed;
  };
  let placed = set();
  // 均排: every column as long as the longest, as 均排 across makes every line as wide as the widest.
  if (align === 'distribute') placed = set(Math.max(0, ...placed.map((p) => p.column.length)));
  if (!placed.length) return null;
  if (placed.some((p) => p.column.overflow)) {
    ctx.issues.push({ severity: 'warning', code: 'overfull-line', frameId: frame.id, params: { storyId: frame.storyId, lines: placed.filter((p) => p.column.overflow).length } });
  }
  const width = placed.reduce((sum, p) => sum + p.advance, 0);
  let right = rect.x + rect.width;
  let depth = 0;
  for (const p of placed) {
    ctx.out.addVerticalColumn(p.column, right - p.advance / 2, rect.y, { frameId: frame.id, storyId: frame.storyId, block: p.field, column: 0 });
    right -= p.advance;
    depth = Math.max(depth, p.column.length);
  }
  // Top-aligned or spread, the strip is as deep as its longest column; centred, the whole frame.
  const height = align === 'center' ? rect.height : Math.min(rect.height, depth);
  return { x: rect.x + rect.width - width, y: rect.y, width, height };
}

function shiftOffsets(column: VerticalColumn, by: number): VerticalColumn {
  return { ...column, start: column.start + by, end: column.end + by, glyphs: column.glyphs.map((g) => ({ ...g, offset: g.offset + by })) };
}
