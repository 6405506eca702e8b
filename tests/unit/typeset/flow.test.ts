import { describe, expect, it } from 'vitest';
import { createLayoutCache } from '../../../shared/typeset/cache';
import { flowStory, type FlowLine } from '../../../shared/typeset/flow';
import { columnsFromGrid, frameSlots, gridLines, type TypesetFrame } from '../../../shared/typeset/frames';
import { lineText } from '../../../shared/typeset/line-text';
import { BODY_PITCH, DEFAULT_STYLES, withStyle } from '../../../shared/typeset/styles';
import type { ParagraphInput } from '../../../shared/typeset/types';
import { measurer } from './fixtures/fonts';
import { glyphs } from './fixtures/set';
import { setRight } from './fixtures/line-checks';
import { parseSeedPage, seedBodyParagraphs } from './fixtures/seed-page';
import { COLUMN_WIDTH, GUTTER, storyInputs } from './fixtures/seed-layout';

const GRID = { firstBaseline: 0.75 * BODY_PITCH, pitch: BODY_PITCH };
const frame = (id: string, columns: number, lines: number, extra: Partial<TypesetFrame> = {}): TypesetFrame => ({
  id,
  columns: columnsFromGrid(columns, COLUMN_WIDTH, GUTTER),
  height: lines * BODY_PITCH,
  grid: GRID,
  ...extra,
});
const body = (text: string): ParagraphInput => ({ runs: [{ text }], style: DEFAULT_STYLES.body });
const bodyParagraphs = seedBodyParagraphs().slice(0, 6).map(body);

describe('frames and flow', () => {
  it('puts lines on the baseline grid, column after column, at the columns’ x', () => {
    expect(gridLines(40 * BODY_PITCH, GRID)).toBe(40);
    const result = flowStory(bodyParagraphs, [frame('f', 3, 40)], measurer);
    expect(result.overset).toBeNull();
    for (const line of result.lines) {
      expect(line.baseline).toBeCloseTo(GRID.firstBaseline + line.slot * BODY_PITCH, 9);
      expect(line.x).toBeCloseTo(line.column * (COLUMN_WIDTH + GUTTER), 9);
    }
    // Text fills column 0 to its foot before going on to column 1.
    const inFirst = result.lines.filter((l) => l.column === 0);
    expect(inFirst).toHaveLength(40);
    expect(result.lines.some((l) => l.column === 1)).toBe(true);
    // A paragraph that crosses a column keeps its line numbering.
    const crossing = result.lines.filter((l) => l.paragraph === result.lines[39]!.paragraph);
    expect(crossing.map((l) => l.line)).toEqual(crossing.map((_, i) => i));
  });

  it('flows on through threaded frames (续排)', () => {
    const result = flowStory(bodyParagraphs, [frame('a', 2, 20), frame('b', 2, 40)], measurer);
    expect(result.overset).toBeNull();
    expect(result.lines.filter((l) => l.frameId === 'a')).toHaveLength(40);
    expect(result.lines.some((l) => l.frameId === 'b')).toBe(true);
    expect(result.lines.map((l) => l.paragraph)).toEqual([...result.lines.map((l) => l.paragraph)].sort((x, y) => x - y));
  });

  it('reports overset text and copyfit figures when the story does not fit', () => {
    const text = bodyParagraphs.map((p) => p.runs[0]!.text);
    const result = flowStory(bodyParagraphs, [frame('a', 1, 30)], measurer);
    expect(result.lines).toHaveLength(30);
    const over = result.overset!;
    expect(over).not.toBeNull();
    const placedChars = result.lines.reduce((n, l) => n + lineText(l.typeset).replace(/\s/gu, '').length, 0);
    const totalChars = text.join('').replace(/\s/gu, '').length;
    expect(over.characters).toBe(totalChars - placedChars);
    const totalLines = result.layouts.reduce((n, l) => n + l.lines.length, 0);
    expect(over.lines).toBe(totalLines - 30);
    expect(result.copyfit).toMatchObject({ linesAvailable: 30, linesUsed: 30, linesOver: over.lines, charsOver: over.characters, linesUnder: 0 });
  });

  it('reports how many lines and characters are left when the story is short', () => {
    const result = flowStory(bodyParagraphs.slice(0, 1), [frame('a', 1, 30)], measurer);
    const used = result.lines.length;
    expect(result.copyfit).toMatchObject({ linesAvailable: 30, linesUsed: used, linesUnder: 30 - used, charsUnder: (30 - used) * 13, linesOver: 0 });
  });

  it('wraps text around a photo: lines beside it are set to the narrower measure', () => {
    // A photo over the right half of the column, grid lines 3 to 8.
    const photo = { x: 60, y: 3 * BODY_PITCH, width: 70, height: 6 * BODY_PITCH };
    const result = flowStory(bodyParagraphs, [frame('f', 1, 30, { exclusions: [photo] })], measurer);
    const slots = frameSlots(frame('f', 1, 30, { exclusions: [photo] }), 0)[0]!;
    for (const line of result.lines) {
      const span = slots[line.slot]!.span!;
      expect(line.x).toBe(span.x);
      expect(line.typeset.measure).toBeCloseTo(span.width, 9);
      if (line.typeset.align === 'justify') expect(setRight(line.typeset)).toBeCloseTo(span.width, 2);
    }
    const beside = result.lines.filter((l) => l.slot >= 3 && l.slot <= 8);
    expect(beside.length).toBeGreaterThan(0);
    for (const l of beside) expect(l.typeset.measure).toBeCloseTo(60, 9);
  });

  it('takes explicit per-line spans over the column, and skips a line given none', () => {
    const spans = [[{ x: 20, width: 90 }, null, { x: 0, width: 99 }]];
    const result = flowStory(bodyParagraphs, [frame('f', 1, 10, { lineSpans: spans })], measurer);
    expect(result.lines.map((l) => [l.slot, l.x, l.typeset.measure]).slice(0, 3)).toEqual([
      [0, 20, 90],
      [2, 0, 99],
      [3, 0, COLUMN_WIDTH],
    ]);
  });

  it('skips grid lines a photo covers from edge to edge', () => {
    const photo = { x: 0, y: 2 * BODY_PITCH, width: COLUMN_WIDTH, height: 4 * BODY_PITCH };
    const result = flowStory(bodyParagraphs, [frame('f', 1, 30, { exclusions: [photo] })], measurer);
    expect(result.lines.map((l) => l.slot).filter((s) => s >= 2 && s <= 5)).toEqual([]);
    expect(result.lines).toHaveLength(26);
  });

  it('keeps a blank line before a subhead, but not at the top of a column, and never leaves a subhead at a column foot', () => {
    const story = storyInputs(parseSeedPage()[0]!).filter((p) => p.style.name !== 'headline');
    const result = flowStory(story, [frame('f', 4, 40)], measurer);
    const subheads = result.lines.filter((l) => story[l.paragraph]!.style.name === 'subhead' && l.line === 0);
    expect(subheads.length).toBe(3);
    for (const sub of subheads) {
      const before = result.lines.find((l) => l.column === sub.column && l.slot === sub.slot - 1);
      if (sub.slot > 0) expect(before).toBeUndefined();
      const following = result.lines.filter((l) => l.paragraph === sub.paragraph + 1 && l.column === sub.column);
      expect(following.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives a headline two grid lines a line and centres it on them', () => {
    const headline: ParagraphInput = { runs: [{ text: '沁阳市：凝聚合力' }], style: DEFAULT_STYLES.headline };
    const result = flowStory([headline, ...bodyParagraphs.slice(0, 1)], [frame('f', 1, 30, { columns: columnsFromGrid(1, 300, 0) })], measurer);
    const first = result.lines[0]!;
    expect(first.slots).toBe(2);
    const top = GRID.firstBaseline - 0.75 * BODY_PITCH;
    const bottom = GRID.firstBaseline + BODY_PITCH + 0.25 * BODY_PITCH;
    const emCentre = first.baseline - (first.typeset.ascent + first.typeset.descent) / 2;
    expect(emCentre).toBeCloseTo((top + bottom) / 2, 9);
    expect(result.lines[1]!.slot).toBe(2);
  });

  it('re-sets only the edited paragraph after a one-character edit', () => {
    const cache = createLayoutCache();
    const frames = [frame('f', 3, 60)];
    const before = flowStory(bodyParagraphs, frames, measurer, { cache });
    const misses = cache.stats().misses;
    const again = flowStory(bodyParagraphs, frames, measurer, { cache });
    expect(cache.stats().misses).toBe(misses);
    expect(again.lines.map((l) => l.typeset)).toEqual(before.lines.map((l) => l.typeset));
    const edited = bodyParagraphs.map((p, i) => (i === 2 ? body(`${p.runs[0]!.text.slice(0, 10)}新${p.runs[0]!.text.slice(10)}`) : p));
    const after = flowStory(edited, frames, measurer, { cache });
    expect(cache.stats().misses).toBe(misses + 1);
    const reused = after.layouts.filter((l, i) => l === before.layouts[i]);
    expect(reused).toHaveLength(bodyParagraphs.length - 1);
    expect(glyphs(after.layouts[2]!.lines[0]!).some((g) => g.text === '新')).toBe(true);
  });

  it('flows the same way on every run', () => {
    const a = flowStory(bodyParagraphs, [frame('f', 3, 40)], measurer);
    const b = flowStory(bodyParagraphs, [frame('f', 3, 40)], measurer, { cache: createLayoutCache() });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('keeping a subhead with its text (标题不落底)', () => {
  const first = bodyParagraphs[0]!;
  /** Grid lines the first body paragraph takes in one column. */
  const lead = flowStory([first], [frame('x', 1, 200)], measurer).lines.length;
  const subhead = (text: string): ParagraphInput => ({ runs: [{ text }], style: DEFAULT_STYLES.subhead });
  const twoLines = subhead('挂图作战“一条心”\n齐头并进“攥指成拳”');
  const linesOf = (result: ReturnType<typeof flowStory>, paragraph: number): FlowLine[] => result.lines.filter((l) => l.paragraph === paragraph);
  const where = (l: FlowLine): string => `${l.frameId}:${l.column}:${l.slot}`;

  it('moves a two-line subhead whose first line would take the last grid line of a column, whole, to the next column', () => {
    // Column: the paragraph, the blank line, then one grid line: the subhead's first line fits there.
    const result = flowStory([first, twoLines, bodyParagraphs[1]!], [frame('f', 2, lead + 2)], measurer);
    expect(result.overset).toBeNull();
    expect(linesOf(result, 1).map(where)).toEqual(['f:1:0', 'f:1:1']);
    // The grid lines it left (its blank line and the one it would have taken) stay empty,
    // and the text follows right under it.
    expect(result.lines.filter((l) => l.column === 0)).toHaveLength(lead);
    expect(linesOf(result, 2)[0]!).toMatchObject({ column: 1, slot: 2 });
  });

  it('moves a subhead that would have only one line of its text under it at the column foot', () => {
    // Room for the blank line, the subhead and one line of the paragraph after it.
    const result = flowStory([first, subhead('压实责任主体'), bodyParagraphs[1]!], [frame('f', 2, lead + 3)], measurer);
    expect(linesOf(result, 1).map(where)).toEqual(['f:1:0']);
    expect(linesOf(result, 2)[0]!).toMatchObject({ column: 1, slot: 1 });
    // One grid line more and the subhead stays, with two lines of text under it.
    const deeper = flowStory([first, subhead('压实责任主体'), bodyParagraphs[1]!], [frame('f', 2, lead + 4)], measurer);
    expect(linesOf(deeper, 1).map(where)).toEqual([`f:0:${lead + 1}`]);
    expect(linesOf(deeper, 2).filter((l) => l.column === 0)).toHaveLength(2);
    // A kept paragraph's own space after counts: with a blank line under it, the same depth
    // leaves one line of text at the foot, so it moves.
    const spaced: ParagraphInput = { runs: [{ text: '压实责任主体' }], style: withStyle(DEFAULT_STYLES.subhead, { spaceAfter: 1 }) };
    const withSpace = flowStory([first, spaced, bodyParagraphs[1]!], [frame('f', 2, lead + 4)], measurer);
    expect(linesOf(withSpace, 1).map(where)).toEqual(['f:1:0']);
    expect(linesOf(withSpace, 2)[0]!).toMatchObject({ column: 1, slot: 2 });
  });

  it('keeps a two-line subhead with two lines of its text: the whole subhead moves, not only its last line', () => {
    // The subhead fits at the foot with one line of text under it.
    const result = flowStory([first, twoLines, bodyParagraphs[1]!], [frame('f', 2, lead + 4)], measurer);
    expect(linesOf(result, 1).map(where)).toEqual(['f:1:0', 'f:1:1']);
    expect(linesOf(result, 2)[0]!).toMatchObject({ column: 1, slot: 2 });
  });

  it('moves a subhead across a frame break (续排) whole, to the top of the next frame', () => {
    const frames = [frame('a', 1, lead + 2), frame('b', 1, 40)];
    const result = flowStory([first, twoLines, bodyParagraphs[1]!], frames, measurer);
    expect(result.overset).toBeNull();
    expect(linesOf(result, 1).map(where)).toEqual(['b:0:0', 'b:0:1']);
    expect(linesOf(result, 2)[0]!).toMatchObject({ frameId: 'b', slot: 2 });
    expect(result.lines.filter((l) => l.frameId === 'a')).toHaveLength(lead);
  });

  it('keeps a subhead that ends the story whole: in the next column, or all of it overset', () => {
    const moved = flowStory([first, twoLines], [frame('f', 2, lead + 2)], measurer);
    expect(moved.overset).toBeNull();
    expect(linesOf(moved, 1).map(where)).toEqual(['f:1:0', 'f:1:1']);
    // No column left: the whole subhead is overset, not its second line only.
    const over = flowStory([first, twoLines], [frame('f', 1, lead + 2)], measurer);
    expect(linesOf(over, 1)).toEqual([]);
    const chars = '挂图作战“一条心”齐头并进“攥指成拳”'.length;
    expect(over.overset).toMatchObject({ paragraph: 1, line: 0, offset: 0, lines: 2, characters: chars });
    expect(over.copyfit).toMatchObject({ linesOver: 2, charsOver: chars });
    // With room for it, a subhead ending the story stays at the foot (there is no text to keep it with).
    const stays = flowStory([first, twoLines], [frame('f', 2, lead + 3)], measurer);
    expect(linesOf(stays, 1).map(where)).toEqual([`f:0:${lead + 1}`, `f:0:${lead + 2}`]);
  });

  it('does not leave a subhead at a column foot when its text has no room left in the last column', () => {
    const result = flowStory([first, twoLines, bodyParagraphs[1]!], [frame('f', 1, lead + 4)], measurer);
    expect(linesOf(result, 1)).toEqual([]);
    expect(result.overset).toMatchObject({ paragraph: 1, line: 0 });
    expect(result.lines).toHaveLength(lead);
  });

  it('keeps a chain of kept paragraphs together: a heading over a subhead moves with it', () => {
    const heading = subhead('一、机制保障');
    // Heading and subhead fit at the foot, but the subhead's text does not.
    const result = flowStory([first, heading, subhead('压实责任主体'), bodyParagraphs[1]!], [frame('f', 2, lead + 5)], measurer);
    expect(linesOf(result, 1).map(where)).toEqual(['f:1:0']);
    expect(linesOf(result, 2).map(where)).toEqual(['f:1:2']);
    expect(linesOf(result, 3)[0]!).toMatchObject({ column: 1, slot: 3 });
  });

  it('moves a subhead that would end a column to the top of the next', () => {
    const first = bodyParagraphs[0]!;
    const n = flowStory([first], [frame('x', 1, 200)], measurer).lines.length;
    const subhead: ParagraphInput = { runs: [{ text: '压实责任主体' }], style: DEFAULT_STYLES.subhead };
    // The column holds the paragraph, the blank line and one more line: room for the subhead only.
    const result = flowStory([first, subhead, bodyParagraphs[1]!], [frame('f', 2, n + 2)], measurer);
    const sub = result.lines.find((l) => l.paragraph === 1)!;
    expect(sub.column).toBe(1);
    expect(sub.slot).toBe(0);
    const next = result.lines.filter((l) => l.paragraph === 2);
    expect(next[0]!.column).toBe(1);
  });
});
