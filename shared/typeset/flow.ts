import type { LayoutCache } from './cache';
import * as M_Frames from './frames';
import type { Slot, TypesetFrame } from './frames';
import type { Measurer } from './measurer';
import * as M_Paragraph from './paragraph';
import type { LineWidths } from './paragraph';
import type { ParagraphInput, ParagraphLayout, TypesetLine } from './types';

// Module-local copies: under CommonJS transpilation (tsx) every imported binding is a getter call.
const { frameSlots } = M_Frames;
const { layoutParagraph } = M_Paragraph;

/**
 * flowStory: sets a story's paragraphs through threaded frames (续排) — column after column,
 * frame after frame — on each frame's baseline grid, and reports what did not fit (overset)
 * and how far the story is from filling its frames (copyfit).
 *
 * - A line takes ceil(leading / pitch) grid lines; a multi-line one (a headline) is centred on
 *   its grid lines.
 * - Space before/after is whole grid lines, dropped at the top of a column; space after never
 *   carries into the next column.
 * - A paragraph may continue in the next column; its lines there take that column's width
 *   (the breaker sees every line's own width, so wrap-around needs nothing special).
 * - keepWithNext (subheads, 标题不落底 / 标题不分栏): a paragraph with keepWithNext > 0 is kept
 *   whole in one column, with the first keepWithNext lines of the next paragraph (all of them
 *   when it is shorter; a whole kept paragraph, itself kept, when it is one) under it in that
 *   column. When that cannot be done where it falls, the whole paragraph starts the next column
 *   (its space before dropped there); with no column left, the whole of it is overset. At the top
 *   of a column it stays even if it cannot be kept (it is taller than the column, or its text
 *   does not fit either): moving it would not help. The last paragraph of a story is kept whole.
 * - Widows and orphans (style.widows / style.orphans, default 2): no paragraph leaves a single
 *   line at a column's foot or carries a single line to the next column's head; the column's
 *   foot stays empty instead (see linePlaces).
 *
 * Frames and paragraph inputs are treated as immutable: the grid of a frames array and the
 * cache keys of an input are computed once per object.
 */

export interface FlowLine {
  frameId: string;
  frameIndex: number;
  column: number;
  /** First grid line the line occupies, and how many. */
  slot: number;
  slots: number;
  /** Left edge of the line box and baseline, pt, frame-relative. */
  x: number;
  baseline: number;
  paragraph: number;
  /** Line number within the paragraph. */
  line: number;
  typeset: TypesetLine;
}

export interface Overset {
  /** First paragraph and line that did not fit, and its offset in that paragraph's text. */
  paragraph: number;
  line: number;
  offset: number;
  /** Characters (not counting whitespace) that did not fit. */
  characters: number;
  /** Grid lines they would need at the last column's width. */
  lines: number;
}

export interface Copyfit {
  /** Usable grid lines in all frames. */
  linesAvailable: number;
  /** Grid lines taken (text, space before/after, lines skipped to keep a subhead with its text). */
  linesUsed: number;
  /** Over: grid lines and characters that did not fit. */
  linesOver: number;
  charsOver: number;
  /** Under: grid lines left empty, and about how many characters of the last paragraph's size would fill them. */
  linesUnder: number;
  charsUnder: number;
}

export interface FlowResult {
  lines: FlowLine[];
  /** Each paragraph's layout (lines as set, placed or not). */
  layouts: ParagraphLayout[];
  overset: Overset | null;
  copyfit: Copyfit;
}

export interface FlowOptions {
  cache?: LayoutCache;
}

/** Where one line goes: usable grid lines flat[start .. start+count-1], all in one column. */
interface Place {
  start: number;
  count: number;
}

/** All usable grid lines of the frames, in reading order, with what flowing needs precomputed. */
class Grid {
  readonly flat: Slot[] = [];
  /** Index in `flat` of the first usable grid line of each flat entry's column. */
  private readonly columnStart: number[] = [];
  /** Index in `flat` just past the last usable grid line of the entry's column. */
  private readonly columnEnd: number[] = [];
  /** Every usable grid line from here on has this one's width (no wrap, equal columns). */
  private readonly uniform: Uint8Array;

  constructor(frames: readonly TypesetFrame[]) {
    frames.forEach((frame, i) => {
      for (const column of frameSlots(frame, i)) {
        const start = this.flat.length;
        for (const slot of column) if (slot.span) this.flat.push(slot);
        for (let k = start; k < this.flat.length; k++) this.columnStart.push(start);
        for (let k = start; k < this.flat.length; k++) this.columnEnd.push(this.flat.length);
      }
    });
    const n = this.flat.length;
    this.uniform = new Uint8Array(n);
    for (let k = n - 1; k >= 0; k--) {
      const w = this.flat[k]!.span!.width;
      this.uniform[k] = k === n - 1 || (this.uniform[k + 1] === 1 && this.flat[k + 1]!.span!.width === w) ? 1 : 0;
    }
  }

  get size(): number {
    return this.flat.length;
  }

  /** Every usable grid line from f on has the same width. */
  isUniformFrom(f: number): boolean {
    return f >= this.flat.length || this.uniform[f] === 1;
  }

  isColumnTop(f: number): boolean {
    return f < this.flat.length && this.columnStart[f] === f;
  }

  columnEndOf(f: number): number {
    return this.columnEnd[f] ?? this.flat.length;
  }

  sameColumn(a: number, b: number): boolean {
    return b < this.flat.length && this.columnStart[a] === this.columnStart[b];
  }

  /** The next place for a line of `count` grid lines from f: consecutive grid lines in one column. */
  placeFrom(f: number, count: number): Place | null {
    let start = f;
    while (start + count <= this.flat.length) {
      let ok = true;
      for (let j = 1; j < count; j++) {
        const a = this.flat[start + j - 1]!;
        const b = this.flat[start + j]!;
        if (!this.sameColumn(start, start + j) || b.index !== a.index + 1) {
          ok = false;
          start += j;
          break;
        }
      }
      if (ok) return { start, count };
    }
    return null;
  }

  /** Width of a place: the narrowest of its grid lines; left edge: the rightmost start. */
  span(place: Place): { x: number; width: number } {
    let x = -Infinity;
    let right = Infinity;
    for (let j = 0; j < place.count; j++) {
      const s = this.flat[place.start + j]!.span!;
      x = Math.max(x, s.x);
      right = Math.min(right, s.x + s.width);
    }
    return { x, width: right - x };
  }

  /** Line widths for a paragraph of one-grid-line lines starting at f: a number when all are equal. */
  widthsFrom(f: number, maxLines: number, fallback: number): LineWidths {
    if (f >= this.flat.length) return fallback;
    if (this.uniform[f] === 1) return this.flat[f]!.span!.width;
    const end = Math.min(this.flat.length, f + maxLines);
    const widths: number[] = [];
    for (let k = f; k < end; k++) widths.push(this.flat[k]!.span!.width);
    return widths;
  }

  lastWidth(fallback: number): number {
    return this.flat[this.flat.length - 1]?.span?.width ?? fallback;
  }
}

/** Grids are kept per frames array: callers hand in the same (unchanged) array again on a relayout. */
const grids = new WeakMap<readonly TypesetFrame[], Grid>();

function gridFor(frames: readonly TypesetFrame[]): Grid {
  let grid = grids.get(frames);
  if (!grid) {
    grid = new Grid(frames);
    grids.set(frames, grid);
  }
  return grid;
}

function nonSpaceCount(text: string): number {
  let n = 0;
  for (const ch of text) if (ch.trim() !== '') n++;
  return n;
}

export function flowStory(
  paragraphs: readonly ParagraphInput[],
  frames: readonly TypesetFrame[],
  measurer: Measurer,
  options: FlowOptions = {},
): FlowResult {
  const grid = gridFor(frames);
  const fallbackWidth = frames[frames.length - 1]?.columns[0]?.width ?? 100;
  const lastWidth = grid.lastWidth(fallbackWidth);
  const pitchAt = (f: number, input: ParagraphInput): number => grid.flat[Math.min(f, grid.size - 1)]?.pitch ?? input.style.leading;
  const slotsPerLine = (input: ParagraphInput, f: number): number =>
    Math.max(1, Math.ceil(input.style.leading / pitchAt(f, input) - 0.01));

  /** Places for a paragraph's lines from f, as many as exist (at most maxLines). */
  function placesFrom(f: number, k: number, maxLines: number): Place[] {
    const places: Place[] = [];
    let at = f;
    while (places.length < maxLines) {
      const place = k === 1 ? (at < grid.size ? { start: at, count: 1 } : null) : grid.placeFrom(at, k);
      if (!place) break;
      places.push(place);
      at = place.start + place.count;
    }
    return places;
  }

  /**
   * Places for `count` one-grid-line lines from f, with widow and orphan control: a paragraph
   * that goes on in the next column leaves at least `orphans` lines at this column's foot (else
   * it starts the next column) and takes at least `widows` there (else more lines go with them).
   * A column that starts the paragraph's part keeps what it can hold: moving would not help, so
   * a column shorter than the rule needs breaks it. The story's last column has nothing to
   * carry into (what does not fit is overset).
   */
  function linePlaces(f: number, count: number, orphans: number, widows: number): Place[] {
    const places: Place[] = [];
    let at = f;
    let left = count;
    while (left > 0 && at < grid.size) {
      const end = grid.columnEndOf(at);
      const room = end - at;
      let take = Math.min(left, room);
      if (take < left && end < grid.size && !grid.isColumnTop(at)) {
        if (left - take < widows) take = Math.max(0, left - widows);
        if (places.length === 0 && take < orphans) take = 0;
      } else if (take < left && end < grid.size && left - take < widows && left - widows >= Math.max(1, places.length === 0 ? orphans : 1)) {
        // At a column's head: still carry lines over so the next column does not start with a widow.
        take = left - widows;
      }
      for (let k = 0; k < take; k++) places.push({ start: at + k, count: 1 });
      left -= take;
      at = end;
    }
    return places;
  }

  const skips = (places: readonly Place[]): boolean => places.some((p, i) => i > 0 && p.start !== places[i - 1]!.start + 1);

  function setAt(input: ParagraphInput, f: number): { layout: ParagraphLayout; places: Place[] } {
    const k = slotsPerLine(input, f);
    let maxLines = 1;
    for (const run of input.runs) maxLines += run.text.length;
    if (k === 1) {
      const orphans = Math.max(1, input.style.orphans ?? 2);
      const widows = Math.max(1, input.style.widows ?? 2);
      let layout = layoutParagraph(input, grid.widthsFrom(f, maxLines, lastWidth), measurer, options.cache);
      let places = linePlaces(f, layout.lines.length, orphans, widows);
      // Lines moved past a column's foot may land in a column of another width: set them again there.
      for (let pass = 0; pass < 3 && skips(places) && !grid.isUniformFrom(f); pass++) {
        const widths = [...places.map((p) => grid.flat[p.start]!.span!.width), lastWidth];
        const again = layoutParagraph(input, widths, measurer, options.cache);
        const placesAgain = linePlaces(f, again.lines.length, orphans, widows);
        const same = again.lines.length === layout.lines.length && placesAgain.every((p, i) => p.start === places[i]?.start);
        layout = again;
        places = placesAgain;
        if (same) break;
      }
      return { layout, places };
    }
    const places = placesFrom(f, k, maxLines);
    const widths = places.length ? places.map((p) => grid.span(p).width) : lastWidth;
    const layout = layoutParagraph(input, widths, measurer, options.cache);
    return { layout, places: places.slice(0, layout.lines.length) };
  }

  /** A paragraph set from `start`, the grid line where its space before (if any) ends. */
  interface Placement {
    start: number;
    layout: ParagraphLayout;
    places: Place[];
  }
  // Keeping sets the next paragraph ahead of time; the main loop then sets it at the same line.
  const tried = new Map<string, Placement>();
  function setFrom(index: number, f: number): Placement {
    const input = paragraphs[index]!;
    const start = input.style.spaceBefore > 0 && !grid.isColumnTop(f) ? Math.min(f + input.style.spaceBefore, grid.columnEndOf(f)) : f;
    const key = `${index}:${start}`;
    let placement = tried.get(key);
    if (!placement) {
      placement = { start, ...setAt(input, start) };
      tried.set(key, placement);
    }
    return placement;
  }

  /** The place (one column's grid lines) is in the column of grid line `column`. */
  const inColumn = (column: number, place: Place): boolean => grid.sameColumn(column, place.start + place.count - 1);

  /**
   * Whether a kept paragraph set as `at` is whole in one column with what it keeps with under it
   * there: the first keepWithNext lines of the next paragraph (all, if it has fewer), and, when
   * that one is kept too, the whole of it with its own next lines (a chain of headings).
   */
  function holdsTogether(index: number, at: Placement): boolean {
    const top = at.places[0];
    if (!top || at.places.length < at.layout.lines.length) return false;
    if (!at.places.every((p) => inColumn(top.start, p))) return false;
    if (index + 1 >= paragraphs.length) return true;
    const style = paragraphs[index]!.style;
    const last = at.places[at.places.length - 1]!;
    let after = last.start + last.count;
    if (style.spaceAfter > 0 && after < grid.size && !grid.isColumnTop(after)) after = Math.min(after + style.spaceAfter, grid.columnEndOf(after - 1));
    const next = setFrom(index + 1, after);
    const need = Math.min(style.keepWithNext, next.layout.lines.length);
    if (next.places.length < need || !next.places.slice(0, need).every((p) => inColumn(top.start, p))) return false;
    // Recursion stays inside this column, so it is no deeper than the column's grid lines.
    return paragraphs[index + 1]!.style.keepWithNext > 0 ? holdsTogether(index + 1, next) : true;
  }

  /** Where paragraph `index` goes from grid line f, keeping it with the next when its style says so. */
  function place(index: number, f: number): Placement {
    const here = setFrom(index, f);
    // A line taller than one grid line may have been pushed past the column's foot already.
    const top = here.places[0]?.start ?? here.start;
    if (paragraphs[index]!.style.keepWithNext <= 0 || top >= grid.size || grid.isColumnTop(top) || holdsTogether(index, here)) return here;
    const nextColumn = grid.columnEndOf(top);
    if (nextColumn < grid.size) return setFrom(index, nextColumn);
    // No column left to move to: the whole paragraph is overset rather than split or stranded.
    return { ...here, places: [] };
  }

  const lines: FlowLine[] = [];
  const layouts: ParagraphLayout[] = [];
  let f = 0; // next usable grid line
  let overset: { paragraph: number; line: number; offset: number } | null = null;
  let overLines = 0;
  let overChars = 0;

  paragraphs.forEach((input, index) => {
    const style = input.style;
    if (overset) {
      const layout = layoutParagraph(input, lastWidth, measurer, options.cache);
      layouts.push(layout);
      overLines += style.spaceBefore + layout.lines.length * slotsPerLine(input, grid.size - 1) + style.spaceAfter;
      overChars += nonSpaceCount(layout.text);
      return;
    }
    const { start, layout, places } = place(index, f);
    f = start;
    layouts.push(layout);

    layout.lines.forEach((typeset, line) => {
      if (overset) return;
      const place = places[line];
      if (!place) {
        overset = { paragraph: index, line, offset: typeset.start };
        overLines += (layout.lines.length - line) * slotsPerLine(input, grid.size - 1) + style.spaceAfter;
        overChars += nonSpaceCount(layout.text.slice(typeset.start));
        return;
      }
      const first = grid.flat[place.start]!;
      const lastSlot = grid.flat[place.start + place.count - 1]!;
      let baseline = first.baseline;
      if (place.count > 1) {
        const top = first.baseline - 0.75 * first.pitch;
        const bottom = lastSlot.baseline + 0.25 * lastSlot.pitch;
        baseline = (top + bottom) / 2 + (typeset.ascent + typeset.descent) / 2;
      }
      lines.push({
        frameId: first.frameId,
        frameIndex: first.frameIndex,
        column: first.column,
        slot: first.index,
        slots: place.count,
        x: place.count > 1 ? grid.span(place).x : first.span!.x,
        baseline,
        paragraph: index,
        line,
        typeset,
      });
      f = place.start + place.count;
    });
    if (!overset && style.spaceAfter > 0 && f < grid.size && !grid.isColumnTop(f)) {
      f = Math.min(f + style.spaceAfter, grid.columnEndOf(f - 1));
    }
  });

  const linesAvailable = grid.size;
  let linesUnder = 0;
  let charsUnder = 0;
  if (!overset) {
    const em = paragraphs[paragraphs.length - 1]?.style.char.size ?? 9;
    for (let k = f; k < grid.size; k++) {
      linesUnder++;
      charsUnder += Math.floor(grid.flat[k]!.span!.width / em + 1e-6);
    }
  }
  const set = overset as { paragraph: number; line: number; offset: number } | null;
  return {
    lines,
    layouts,
    overset: set ? { ...set, characters: overChars, lines: overLines } : null,
    copyfit: {
      linesAvailable,
      linesUsed: set ? linesAvailable : linesAvailable - linesUnder,
      linesOver: set ? overLines : 0,
      charsOver: set ? overChars : 0,
      linesUnder,
      charsUnder,
    },
  };
}
