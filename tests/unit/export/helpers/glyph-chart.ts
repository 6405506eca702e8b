import type { DisplayDocument, DisplayItem, GlyphRun } from '../../../../shared/model/display-list';
import { catalogueFaceSource } from '../../../../main/export/fontkit-face';
import { K100 } from './glyph-runs';

export const CHART_SIZE = 16;
export const CHART_CELL = 24;
export const CHART_COLUMNS = 40;
export const CHART_MARGIN = 24;

export interface ChartCell {
  page: number;
  face: string;
  char: string;
  gid: number;
  /** Cell rectangle in pt from the trim box's top-left. */
  x: number;
  y: number;
}

/**
 * One page per face with every character in its own 24 pt cell at 16 pt (33 px per em at
 * 150 dpi: strokes of a CJK glyph are distinct). Cells let a test compare glyph by glyph.
 */
export function glyphChart(chars: string[], faces: string[]): { doc: DisplayDocument; cells: ChartCell[] } {
  const rows = Math.ceil(chars.length / CHART_COLUMNS);
  const width = CHART_COLUMNS * CHART_CELL + 2 * CHART_MARGIN;
  const height = rows * CHART_CELL + 2 * CHART_MARGIN;
  const cells: ChartCell[] = [];
  const pages = faces.map((face, page) => {
    const font = catalogueFaceSource(face).font;
    // One run per row: the writer must place every glyph at its own x (TJ adjustments).
    const items: DisplayItem[] = [];
    chars.forEach((char, i) => {
      const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
      const x = CHART_MARGIN + (i % CHART_COLUMNS) * CHART_CELL;
      const y = CHART_MARGIN + Math.floor(i / CHART_COLUMNS) * CHART_CELL;
      cells.push({ page, face, char, gid: glyph.id, x, y });
      const advance = (glyph.advanceWidth / font.unitsPerEm) * CHART_SIZE;
      if (i % CHART_COLUMNS === 0) {
        items.push({ kind: 'glyphs', face, size: CHART_SIZE, color: K100, overprint: true, y: y + CHART_CELL - 6, glyphs: [] });
      }
      const run = items[items.length - 1] as GlyphRun;
      run.glyphs.push({ gid: glyph.id, x: x + (CHART_CELL - advance) / 2, text: char, offset: i });
    });
    return { width, height, bleed: 0, items };
  });
  return { doc: { title: 'Glyph chart', pages }, cells };
}
