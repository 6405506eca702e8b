import type { Cmyk } from '../model/color';
import type { PlacedGlyph } from '../model/display-list';
import { collect } from './collect';
import { compressAdjacent } from './compress';
import { fallbackChain, styleInFace } from './fallback';
import type { Measurer } from './measurer';
import { BREAK_ALLOWED, BREAK_MANDATORY, BREAK_TOKEN, type Atom } from './prepared';
import { prohibitionRules } from './prohibition';
import { segment } from './segment';
import { applyTokenBreaks, findTokens } from './tokens';
import type { ParagraphInput } from './types';
import { joinedVerticalDash, verticalGlyph, verticalOrients, type VerticalGlyphInfo, type VerticalOrient } from './vertical-forms';

/**
 * Vertical writing (竖排) for headlines, 引题, banners and short text frames: a paragraph set in
 * columns read top to bottom, the columns right to left. The same stages as a horizontal line
 * where they apply — collect, segment (the clreq prohibitions hold in vertical lines too),
 * tokens, fallback faces, 标点挤压 between adjacent marks — then vertical glyph forms and
 * orientations (vertical-forms.ts), a greedy breaker (optionally balanced: a headline of 14
 * characters in a 10-em column sets 7 + 7, not 10 + 4) and placement along each column.
 *
 * A line-start opening bracket loses its blank top half; a line-end closing or stop mark may
 * lose its blank bottom half to fit (先挤进). Between upright Chinese and a rotated Western word
 * the paragraph's CJK–Latin space applies, as in horizontal text.
 */

export interface VerticalOptions {
  /** Length of a column, pt. */
  height: number;
  /** Even out the columns' lengths (headlines); default false (fill each column, text frames). */
  balance?: boolean;
  /** The length `distribute` and `justify` spread a column to, pt; default `height`. */
  spread?: number;
}

export interface VerticalGlyph {
  gid: number;
  text: string;
  /** Offset of the glyph's first character in the paragraph text (UTF-16). */
  offset: number;
  face: string;
  size: number;
  color?: Cmyk;
  /** 着重号: composition draws a dot beside the glyph (right of the column, clreq). */
  emphasis?: 'dots';
  orient: VerticalOrient;
  /**
   * The glyph's origin (left end of its baseline, as in horizontal text), pt: `x` from the
   * column's centre line, `y` down from the column's top. A rotated glyph turns 90° clockwise
   * about its origin.
   */
  x: number;
  y: number;
  /** The glyph's horizontal advance, pt. */
  advance: number;
}

export interface VerticalColumn {
  /** Source span [start, end) in the paragraph text. */
  start: number;
  end: number;
  /** pt from the column's top to the end of its last glyph's set box. */
  length: number;
  /** Largest type size in the column: the column's width is one em of it. */
  size: number;
  glyphs: VerticalGlyph[];
  /** The column's content was longer than `height` and could not be broken (a long unbreakable word). */
  overflow: boolean;
}

export interface VerticalLayout {
  text: string;
  columns: VerticalColumn[];
}

interface Cell {
  atom: Atom;
  info: VerticalGlyphInfo;
  orient: VerticalOrient;
  face: string;
  size: number;
  color?: Cmyk;
  emphasis?: 'dots';
  /** Length along the line after compression, pt (0 for all but the first digit of a 纵中横 group). */
  length: number;
  /** Space before this atom, pt (tracking of the previous atom, CJK–Latin space). */
  gap: number;
  canTop: number;
  canBottom: number;
  trimTop: number;
  visible: boolean;
}

const isBreak = (b: number): boolean => b === BREAK_ALLOWED || b === BREAK_TOKEN || b === BREAK_MANDATORY;

function cellsOf(input: ParagraphInput, measurer: Measurer): { text: string; cells: Cell[]; breaks: Uint8Array } {
  const { text, styles, atoms } = collect(input);
  const style = input.style;
  const breaks = segment(atoms, text, prohibitionRules(style.prohibition));
  applyTokenBreaks(atoms, findTokens(atoms, text), breaks);
  const orient = verticalOrients(atoms);
  const n = atoms.length;
  const canL = new Float64Array(n);
  const canR = new Float64Array(n);
  const trimL = new Float64Array(n);
  const trimR = new Float64Array(n);
  const cells: Cell[] = [];
  for (let i = 0; i < n; i++) {
    const atom = atoms[i]!;
    let cs = styles[atom.style]!;
    const visible = atom.cls !== 'hard-break' && atom.cls !== 'invisible';
    let face = cs.face;
    let info: VerticalGlyphInfo = { gid: 0, length: 0, width: 0, trimTop: 0, trimBottom: 0 };
    if (visible) {
      const o = atom.cls === 'space' ? 'rotated' : orient[i]!;
      const doubled = atom.cls === 'dash' && (atoms[i - 1]?.cls === 'dash' || atoms[i + 1]?.cls === 'dash');
      info = (doubled && o === 'upright' ? joinedVerticalDash(measurer, face) : null) ?? verticalGlyph(measurer, face, atom, o);
      if (info.gid === 0 && atom.cls !== 'space') {
        for (const fallback of fallbackChain(cs)) {
          if (fallback === cs.face) continue;
          let found: VerticalGlyphInfo;
          try {
            found = verticalGlyph(measurer, fallback, atom, o);
          } catch {
            continue; // a fallback face that cannot be opened: preflight names the character
          }
          if (found.gid === 0) continue;
          atom.style = styleInFace(styles, cs, fallback);
          cs = styles[atom.style]!;
          face = fallback;
          info = found;
          break;
        }
      }
      // A space between Chinese words is a pause of half an em; inside Western text, its own width.
      if (atom.cls === 'space' && orient[i] === 'upright') info = { ...info, length: 0.5 };
    }
    const size = cs.size;
    canL[i] = info.trimTop * size;
    canR[i] = info.trimBottom * size;
    cells.push({
      atom,
      info,
      orient: orient[i]!,
      face,
      size,
      ...(cs.color ? { color: cs.color } : {}),
      ...(cs.emphasis ? { emphasis: cs.emphasis } : {}),
      length: info.length * size,
      gap: 0,
      canTop: 0,
      canBottom: 0,
      trimTop: 0,
      visible,
    });
  }
  compressAdjacent(atoms, { canL, canR, trimL, trimR });
  for (let i = 0; i < n; i++) {
    const cell = cells[i]!;
    cell.length -= trimL[i]! + trimR[i]!;
    cell.trimTop = trimL[i]!;
    cell.canTop = canL[i]!;
    cell.canBottom = canR[i]!;
  }
  // 纵中横: the group takes one em of the line, on its first digit.
  for (let i = 0; i < n; ) {
    if (cells[i]!.orient !== 'tcy') {
      i++;
      continue;
    }
    let j = i;
    while (j < n && cells[j]!.orient === 'tcy') j++;
    cells[i]!.length = cells[i]!.size;
    for (let k = i + 1; k < j; k++) cells[k]!.length = 0;
    i = j;
  }
  // Gaps: tracking after every unit (not inside —— / …… or 纵中横), and the CJK–Latin space.
  for (let i = 1; i < n; i++) {
    const a = cells[i - 1]!;
    const b = cells[i]!;
    if (!a.visible || !b.visible) continue;
    const joined = (a.atom.cls === 'dash' || a.atom.cls === 'ellipsis') && a.atom.cls === b.atom.cls;
    if (!(a.orient === 'tcy' && b.orient === 'tcy') && !joined) b.gap += (styles[a.atom.style]!.tracking / 1000) * a.size;
    const rotatedEdge = (a.orient === 'rotated') !== (b.orient === 'rotated');
    const cjkSide = a.orient === 'rotated' ? b : a;
    if (rotatedEdge && a.atom.cls !== 'space' && b.atom.cls !== 'space' && cjkSide.atom.cls === 'han') {
      b.gap += style.cjkLatinSpacing * style.char.size;
    }
  }
  return { text, cells, breaks };
}

/** Natural length of cells [a, b) as a column: trims at its start and end, trailing spaces hang. */
function columnLength(cells: readonly Cell[], a: number, b: number, trimStartBracket: boolean): number {
  let end = b;
  while (end > a && (cells[end - 1]!.atom.cls === 'space' || !cells[end - 1]!.visible)) end--;
  if (end === a) return 0;
  let length = 0;
  for (let i = a; i < end; i++) length += cells[i]!.length + (i > a ? cells[i]!.gap : 0);
  const first = cells[a]!;
  if (trimStartBracket && first.atom.cls === 'opening') length -= first.canTop;
  const last = cells[end - 1]!;
  if (last.atom.cls === 'closing' || last.atom.cls === 'stop' || last.atom.cls === 'comma') length -= last.canBottom;
  return length;
}

/** Column boundaries (atom indices) by a greedy fill to `height`; overflow marks a forced column. */
function breakColumns(cells: readonly Cell[], breaks: Uint8Array, height: number, trimStartBracket: boolean): { ends: number[]; overflow: boolean[] } {
  const n = cells.length;
  const ends: number[] = [];
  const overflow: boolean[] = [];
  const eps = 0.01;
  let a = 0;
  while (a < n) {
    let best = -1;
    let lastFit = -1;
    for (let b = a + 1; b <= n; b++) {
      const inGroup = b < n && cells[b]!.orient === 'tcy' && cells[b - 1]!.orient === 'tcy';
      const fits = columnLength(cells, a, b, trimStartBracket) <= height + eps;
      if (!fits) break;
      if (!inGroup) lastFit = b;
      if (b === n || isBreak(breaks[b]!)) best = b;
      if (b < n && breaks[b] === BREAK_MANDATORY) break;
    }
    let end = best;
    let forced = false;
    if (end < 0) {
      // Nothing breakable fits: break where it fits (or after one unit), and say so.
      end = lastFit > a ? lastFit : a + 1;
      while (end < n && cells[end]!.orient === 'tcy' && cells[end - 1]!.orient === 'tcy') end++;
      forced = true;
    }
    ends.push(end);
    overflow.push(forced && columnLength(cells, a, end, trimStartBracket) > height + eps);
    a = end;
  }
  return { ends, overflow };
}

/** Sets a paragraph in vertical columns of `height` pt. Pure: same input and fonts, same output. */
export function layoutVertical(input: ParagraphInput, options: VerticalOptions, measurer: Measurer): VerticalLayout {
  const { text, cells, breaks } = cellsOf(input, measurer);
  const style = input.style;
  const trimStart = style.trimLineStartBracket;
  let { ends, overflow } = breakColumns(cells, breaks, options.height, trimStart);
  if (options.balance && ends.length > 1 && !overflow.some(Boolean)) {
    // The shortest column length that still needs no more columns.
    const k = ends.length;
    let lo = columnLength(cells, 0, cells.length, trimStart) / k;
    let hi = options.height;
    for (let step = 0; step < 24 && hi - lo > 0.05; step++) {
      const mid = (lo + hi) / 2;
      const tried = breakColumns(cells, breaks, mid, trimStart);
      if (tried.ends.length <= k && !tried.overflow.some(Boolean)) hi = mid;
      else lo = mid;
    }
    ({ ends, overflow } = breakColumns(cells, breaks, hi, trimStart));
  }

  const columns: VerticalColumn[] = [];
  let a = 0;
  ends.forEach((end, index) => {
    const last = index === ends.length - 1;
    columns.push(placeColumn(cells, a, end, options.spread ?? options.height, style.align, last, trimStart, overflow[index]!, measurer));
    a = end;
  });
  return { text, columns };
}

/** Places cells [a, b) down a column: alignment along it, each glyph's origin. */
function placeColumn(
  cells: readonly Cell[],
  a: number,
  b: number,
  height: number,
  align: ParagraphInput['style']['align'],
  last: boolean,
  trimStart: boolean,
  overflow: boolean,
  measurer: Measurer,
): VerticalColumn {
  const natural = columnLength(cells, a, b, trimStart);
  const extra = Math.max(0, height - natural);
  // Gaps that may open for 均排: between units, never inside a rotated word, 纵中横, —— or …….
  const spread: number[] = [];
  let visibleEnd = b;
  while (visibleEnd > a && (cells[visibleEnd - 1]!.atom.cls === 'space' || !cells[visibleEnd - 1]!.visible)) visibleEnd--;
  for (let i = a + 1; i < visibleEnd; i++) {
    const p = cells[i - 1]!;
    const c = cells[i]!;
    if (!c.visible || c.length === 0) continue;
    if (p.orient === 'rotated' && c.orient === 'rotated' && p.atom.cls !== 'space' && c.atom.cls !== 'space') continue;
    if ((p.atom.cls === 'dash' || p.atom.cls === 'ellipsis') && p.atom.cls === c.atom.cls) continue;
    spread.push(i);
  }
  const distribute = align === 'distribute' || (align === 'justify' && !last);
  let pos = 0;
  let perGap = 0;
  if (distribute && spread.length) perGap = extra / spread.length;
  else if (align === 'center' || (distribute && !spread.length)) pos = extra / 2;
  else if (align === 'end') pos = extra;
  const spreadSet = new Set(spread);

  const glyphs: VerticalGlyph[] = [];
  let size = 0;
  let start = cells[a]?.atom.offset ?? 0;
  for (let i = a; i < b; i++) {
    const cell = cells[i]!;
    if (i > a) pos += cell.gap + (spreadSet.has(i) ? perGap : 0);
    let top = pos;
    if (i === a && trimStart && cell.atom.cls === 'opening') top -= cell.canTop;
    if (cell.visible) size = Math.max(size, cell.size);
    // Spaces are glyphs too (nothing drawn, the text copies out whole), as in horizontal lines.
    if (cell.visible) {
      const metrics = measurer.face(cell.face);
      const ascent = (metrics.ascent / metrics.unitsPerEm) * cell.size;
      const base = {
        gid: cell.info.gid,
        text: cell.atom.text,
        offset: cell.atom.offset,
        face: cell.face,
        size: cell.size,
        ...(cell.color ? { color: cell.color } : {}),
        ...(cell.emphasis ? { emphasis: cell.emphasis } : {}),
        advance: cell.info.width * cell.size,
      };
      if (cell.orient === 'upright') {
        glyphs.push({ ...base, orient: 'upright', x: -(cell.info.width * cell.size) / 2, y: top - cell.trimTop + ascent });
      } else if (cell.orient === 'rotated') {
        // The em box (ascent above the baseline, descent below) centred across the column.
        const middle = ((metrics.ascent + metrics.descent) / 2 / metrics.unitsPerEm) * cell.size;
        glyphs.push({ ...base, orient: 'rotated', x: -middle, y: top });
      } else if (i === a || cells[i - 1]!.orient !== 'tcy') {
        let j = i;
        let width = 0;
        while (j < b && cells[j]!.orient === 'tcy') width += cells[j++]!.info.width * cells[j - 1]!.size;
        let x = -width / 2;
        for (let k = i; k < j; k++) {
          const d = cells[k]!;
          glyphs.push({ ...base, gid: d.info.gid, text: d.atom.text, offset: d.atom.offset, advance: d.info.width * d.size, orient: 'tcy', x, y: top + ascent });
          x += d.info.width * d.size;
        }
      }
    }
    pos = top + cell.length; // a trimmed line-start bracket's box starts above the column
  }
  if (a < b) start = cells[a]!.atom.offset;
  const endOffset = b < cells.length ? cells[b]!.atom.offset : cells.length ? cells[b - 1]!.atom.offset + cells[b - 1]!.atom.text.length : 0;
  return { start, end: endOffset, length: Math.min(height, natural) + (overflow ? natural - height : 0), size, glyphs, overflow };
}

/** A vertical column's glyphs as display-list runs (one per face, size and colour), origin at the column's top centre. */
export interface VerticalRun {
  face: string;
  size: number;
  color?: Cmyk;
  glyphs: PlacedGlyph[];
}

export function verticalGlyphRuns(column: VerticalColumn, centreX: number, top: number): VerticalRun[] {
  const runs: VerticalRun[] = [];
  for (const g of column.glyphs) {
    let run = runs[runs.length - 1];
    if (!run || run.face !== g.face || run.size !== g.size || run.color !== g.color) {
      run = { face: g.face, size: g.size, ...(g.color ? { color: g.color } : {}), glyphs: [] };
      runs.push(run);
    }
    run.glyphs.push({
      gid: g.gid,
      x: centreX + g.x,
      y: top + g.y,
      text: g.text,
      offset: g.offset,
      ...(g.orient === 'upright' ? {} : { orient: g.orient }),
    });
  }
  return runs;
}

/** The text a column shows (for the lines file and tests). */
export function verticalColumnText(column: VerticalColumn): string {
  return column.glyphs.map((g) => g.text).join('');
}
