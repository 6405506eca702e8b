import type { LayoutCache } from './cache';
import { frameSlots, type LineSpan, type Slot, type TextFrame } from './frames';
import type { Measurer } from './measurer';
import { layoutParagraph } from './paragraph';
import type { ParagraphInput, ParagraphLayout, TypesetLine } from './types';

/**
 * flowStory: sets a story's paragraphs through threaded frames (续排) — column after column,
 * frame after frame — on each frame's baseline grid, and reports what did not fit (overset)
 * and how far the story is from filling its frames (copyfit).
 *
 * - A line takes ceil(leading / pitch) grid lines; a multi-line one (a headline) is centred on
 *   its grid lines.
 * - Space before/after is whole grid lines, dropped at the top of a column.
 * - A paragraph may continue in the next column; its lines there take that column's width
 *   (the breaker sees every line's own width, so wrap-around needs nothing special).
 * - keepWithNext (subheads, 标题不落底): a paragraph that would leave fewer than that many lines
 *   of the next paragraph in its column starts in the next column instead.
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
  /** Under: grid lines left empty, and about how many characters of body text would fill them. */
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

interface Group {
  col: number;
  first: number;
  count: number;
  span: LineSpan;
  baseline: number;
}

function nonSpaceCount(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}

export function flowStory(
  paragraphs: readonly ParagraphInput[],
  frames: readonly TextFrame[],
  measurer: Measurer,
  options: FlowOptions = {},
): FlowResult {
  const columns: Slot[][] = frames.flatMap((frame, i) => frameSlots(frame, i));
  const usable = (slot: Slot | undefined): boolean => !!slot && slot.span !== null;
  const linesAvailable = columns.reduce((n, col) => n + col.filter((s) => s.span).length, 0);

  // Cursor: next grid line to use.
  let col = 0;
  let at = 0;
  let usedInColumn = false;

  /** The next `count` consecutive usable grid lines from (c, i), moving on to later columns. */
  function groupFrom(c: number, i: number, count: number): Group | null {
    while (c < columns.length) {
      const slots = columns[c]!;
      for (let k = i; k + count <= slots.length; k++) {
        let ok = true;
        for (let j = 0; j < count; j++) if (!usable(slots[k + j])) ok = false;
        if (!ok) continue;
        const group = slots.slice(k, k + count);
        const x = Math.max(...group.map((s) => s.span!.x));
        const right = Math.min(...group.map((s) => s.span!.x + s.span!.width));
        return { col: c, first: k, count, span: { x, width: right - x }, baseline: group[group.length - 1]!.baseline };
      }
      c++;
      i = 0;
    }
    return null;
  }

  function skipLines(n: number): void {
    for (let k = 0; k < n; k++) {
      const slots = columns[col];
      if (!slots) return;
      while (at < slots.length && !usable(slots[at])) at++;
      if (at >= slots.length) {
        col++;
        at = 0;
        usedInColumn = false;
        return;
      }
      at++;
    }
  }

  function slotsPerLine(input: ParagraphInput, c: number): number {
    const pitch = columns[c]?.[0]?.pitch ?? input.style.leading;
    return Math.max(1, Math.ceil(input.style.leading / pitch - 0.01));
  }

  function plan(input: ParagraphInput, maxLines: number): Group[] {
    const groups: Group[] = [];
    let c = col;
    let i = at;
    while (groups.length < maxLines) {
      const g = groupFrom(c, i, slotsPerLine(input, c));
      if (!g) break;
      groups.push(g);
      c = g.col;
      i = g.first + g.count;
    }
    return groups;
  }

  const lastWidth = (): number => {
    for (let c = columns.length - 1; c >= 0; c--) {
      for (let k = columns[c]!.length - 1; k >= 0; k--) {
        const span = columns[c]![k]!.span;
        if (span) return span.width;
      }
    }
    return frames[frames.length - 1]?.columns[0]?.width ?? 100;
  };

  const lines: FlowLine[] = [];
  const layouts: ParagraphLayout[] = [];
  let overset: Overset | null = null;
  let overLines = 0;
  let overChars = 0;

  paragraphs.forEach((input, index) => {
    if (overset) {
      const layout = layoutParagraph(input, lastWidth(), measurer, options.cache);
      layouts.push(layout);
      overLines += input.style.spaceBefore + layout.lines.length * slotsPerLine(input, columns.length - 1) + input.style.spaceAfter;
      overChars += nonSpaceCount(layout.text);
      return;
    }
    if (usedInColumn && input.style.spaceBefore > 0) skipLines(input.style.spaceBefore);
    const atoms = [...input.runs.map((r) => r.text).join('')].length;
    let groups = plan(input, atoms + 1);
    const widthsFor = (gs: Group[]): number[] => (gs.length ? gs.map((g) => g.span.width) : [lastWidth()]);
    let layout = layoutParagraph(input, widthsFor(groups), measurer, options.cache);

    const keep = input.style.keepWithNext;
    if (keep > 0 && index + 1 < paragraphs.length && usedInColumn && groups.length >= layout.lines.length) {
      const last = groups[layout.lines.length - 1]!;
      const follow = groupFrom(last.col, last.first + last.count, 1);
      let fits = true;
      let c = last.col;
      let i = last.first + last.count;
      for (let k = 0; k < keep; k++) {
        const g = groupFrom(c, i, 1);
        if (!g || g.col !== last.col) fits = false;
        if (!g) break;
        c = g.col;
        i = g.first + 1;
      }
      if (!fits && follow !== null && last.col + 1 < columns.length) {
        col = last.col + 1;
        at = 0;
        usedInColumn = false;
        groups = plan(input, atoms + 1);
        layout = layoutParagraph(input, widthsFor(groups), measurer, options.cache);
      }
    }
    layouts.push(layout);

    layout.lines.forEach((typeset, line) => {
      if (overset) return;
      const g = groups[line];
      if (!g) {
        const remaining = layout.lines.slice(line);
        overset = {
          paragraph: index,
          line,
          offset: typeset.start,
          characters: 0,
          lines: 0,
        };
        overLines += remaining.length * slotsPerLine(input, columns.length - 1) + input.style.spaceAfter;
        overChars += nonSpaceCount(layout.text.slice(typeset.start));
        return;
      }
      let baseline = g.baseline;
      if (g.count > 1) {
        const slots = columns[g.col]!;
        const top = slots[g.first]!.baseline - 0.75 * slots[g.first]!.pitch;
        const bottom = g.baseline + 0.25 * slots[g.first]!.pitch;
        baseline = (top + bottom) / 2 + (typeset.ascent + typeset.descent) / 2;
      }
      const slot = columns[g.col]![g.first]!;
      lines.push({
        frameId: slot.frameId,
        frameIndex: slot.frameIndex,
        column: slot.column,
        slot: g.first,
        slots: g.count,
        x: g.span.x,
        baseline,
        paragraph: index,
        line,
        typeset,
      });
      if (g.col !== col) usedInColumn = false;
      col = g.col;
      at = g.first + g.count;
      usedInColumn = true;
    });
    if (!overset && input.style.spaceAfter > 0) {
      const slots = columns[col];
      // Space after never carries into the next column.
      if (slots && at < slots.length) skipLines(Math.min(input.style.spaceAfter, slots.length - at));
    }
  });

  let linesUsed = linesAvailable;
  let linesUnder = 0;
  let charsUnder = 0;
  if (!overset) {
    const em = paragraphs[paragraphs.length - 1]?.style.char.size ?? 9;
    linesUnder = 0;
    columns.forEach((slots, c) => {
      slots.forEach((slot, k) => {
        if (!slot.span) return;
        if (c > col || (c === col && k >= at)) {
          linesUnder++;
          charsUnder += Math.floor(slot.span.width / em + 1e-6);
        }
      });
    });
    linesUsed = linesAvailable - linesUnder;
  }
  const finalOverset: Overset | null = overset
    ? { ...(overset as Overset), characters: overChars, lines: overLines }
    : null;
  return {
    lines,
    layouts,
    overset: finalOverset,
    copyfit: {
      linesAvailable,
      linesUsed,
      linesOver: finalOverset ? overLines : 0,
      charsOver: finalOverset ? overChars : 0,
      linesUnder,
      charsUnder,
    },
  };
}
