import { BLACK, type Cmyk } from '../model/color';
import type { DisplayItem, GlyphRun, Rect } from '../model/display-list';
import { lineGlyphRuns } from '../typeset/line-text';
import type { TypesetLine } from '../typeset/types';
import { verticalColumnText, verticalGlyphRuns, type VerticalColumn } from '../typeset/vertical';
import { lineContent, type Occupied } from './collisions';
import type { ComposedLine, ContentPart } from './compose-types';
import { emphasisDots, verticalEmphasisDots } from './emphasis-dots';

/**
 * The display list and the lines file, written together so they cannot disagree: every set
 * line becomes one ComposedLine and its glyph runs, which carry the same frame, line and column
 * in their RunSource.
 */

export interface LineSource {
  frameId: string;
  storyId?: string;
  block: number | string;
  column: number;
  /** Added to glyph offsets (a headline set in parts keeps offsets into the whole headline). */
  offsetBase?: number;
  /** Text colour; default black (K only, overprinting). */
  color?: Cmyk;
  /** Horizontal glyph scale (长/扁 headlines): the line was set to width / scaleX and is drawn scaleX wide. */
  scaleX?: number;
}

const isBlack = (c: Cmyk): boolean => c[0] === 0 && c[1] === 0 && c[2] === 0 && c[3] === 1;

export class PageOutput {
  readonly items: DisplayItem[] = [];
  readonly lines: ComposedLine[] = [];
  /** What each frame's content covers (every set line's em box, every photo): collisions are found in it. */
  readonly regions: Occupied[] = [];
  private readonly counters = new Map<string, number>();

  add(item: DisplayItem): void {
    this.items.push(item);
  }

  /** Places a vertical column (竖排) with its centre line at x and its top at y (page pt). */
  addVerticalColumn(column: VerticalColumn, x: number, y: number, source: LineSource): ComposedLine {
    const index = this.counters.get(source.frameId) ?? 0;
    this.counters.set(source.frameId, index + 1);
    const base = source.offsetBase ?? 0;
    for (const placed of verticalGlyphRuns(column, x, y)) {
      const color = source.color ?? placed.color ?? BLACK;
      this.items.push({
        kind: 'glyphs',
        face: placed.face,
        size: placed.size,
        color,
        overprint: isBlack(color),
        y: placed.glyphs[0]!.y!,
        glyphs: base ? placed.glyphs.map((g) => ({ ...g, offset: g.offset + base })) : placed.glyphs,
        vertical: true,
        source: {
          frameId: source.frameId,
          ...(source.storyId !== undefined ? { storyId: source.storyId } : {}),
          block: source.block,
          line: index,
          column: source.column,
        },
      });
    }
    this.items.push(...verticalEmphasisDots(column, x, y, (color) => source.color ?? color ?? BLACK));
    const composed: ComposedLine = {
      frameId: source.frameId,
      ...(source.storyId !== undefined ? { storyId: source.storyId } : {}),
      block: source.block,
      column: source.column,
      line: index,
      text: verticalColumnText(column),
      x: x - column.size / 2,
      y,
      width: column.size,
      size: column.size,
      vertical: true,
      height: column.length,
    };
    this.lines.push(composed);
    const content = lineContent(source.block);
    if (content && column.length > 0) {
      // A vertical column covers one em across its centre line, from its top down its length.
      const part: ContentPart = { frameId: source.frameId, content, ...(source.storyId !== undefined ? { storyId: source.storyId } : {}) };
      this.regions.push({ part, rect: { x: composed.x, y, width: column.size, height: column.length } });
    }
    return composed;
  }

  /** Records what an element covers that is not a set line (a photo, a banner's box). */
  occupy(part: ContentPart, rect: Rect): void {
    this.regions.push({ part, rect });
  }

  /** Places a set line with its left edge at x and its baseline at y (page pt). */
  addLine(line: TypesetLine, x: number, y: number, source: LineSource): ComposedLine {
    const index = this.counters.get(source.frameId) ?? 0;
    this.counters.set(source.frameId, index + 1);
    const base = source.offsetBase ?? 0;
    let text = '';
    let first: { x: number; trim: number } | undefined;
    let size = 0;
    for (const run of line.runs) {
      size = Math.max(size, run.size);
      for (const g of run.glyphs) {
        if (g.offset < 0) continue;
        text += g.text;
        if (!first && g.text.trim() !== '') first = { x: g.x, trim: g.trimLeft };
      }
    }
    const scale = source.scaleX ?? 1;
    const runs = lineGlyphRuns(line, x, y);
    if (scale !== 1) for (const run of runs) for (const g of run.glyphs) g.x = x + (g.x - x) * scale;
    runs.forEach((placed) => {
      const color = source.color ?? placed.color ?? BLACK;
      const run: GlyphRun = {
        kind: 'glyphs',
        face: placed.face,
        size: placed.size,
        color,
        // Black text overprints so misregistration never shows paper white; anything else knocks out.
        overprint: isBlack(color),
        y,
        glyphs: base ? placed.glyphs.map((g) => ({ ...g, offset: g.offset >= 0 ? g.offset + base : g.offset })) : placed.glyphs,
        ...(scale !== 1 ? { scaleX: scale } : {}),
        ...(placed.embolden ? { embolden: placed.embolden } : {}),
        source: {
          frameId: source.frameId,
          ...(source.storyId !== undefined ? { storyId: source.storyId } : {}),
          block: source.block,
          line: index,
          column: source.column,
        },
      };
      if (run.glyphs.length) this.items.push(run, ...emphasisDots(placed, color));
    });
    const left = first ? x + (first.x + first.trim) * scale : x;
    const composed: ComposedLine = {
      frameId: source.frameId,
      ...(source.storyId !== undefined ? { storyId: source.storyId } : {}),
      block: source.block,
      column: source.column,
      line: index,
      text,
      x: left,
      y,
      width: first ? x + line.right * scale - left : 0,
      size: size || line.ascent - line.descent,
    };
    this.lines.push(composed);
    const content = lineContent(source.block);
    if (content && first) {
      // The line's em boxes: 0.88 em above the baseline to 0.12 below, first glyph to last.
      const em = composed.size;
      const part: ContentPart = { frameId: source.frameId, content, ...(source.storyId !== undefined ? { storyId: source.storyId } : {}) };
      this.regions.push({ part, rect: { x: composed.x, y: y - 0.88 * em, width: composed.width, height: em } });
    }
    return composed;
  }
}
