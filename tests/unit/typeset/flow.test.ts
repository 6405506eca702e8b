import { describe, expect, it } from 'vitest';
import { createLayoutCache } from '../../../shared/typeset/cache';
import { flowStory } from '../../../shared/typeset/flow';
import { columnsFromGrid, frameSlots, gridLines, type TextFrame } from '../../../shared/typeset/frames';
import { lineText } from '../../../shared/typeset/line-text';
import { BODY_PITCH, DEFAULT_STYLES } from '../../../shared/typeset/styles';
import type { ParagraphInput } from '../../../shared/typeset/types';
import { measurer } from './fixtures/fonts';
import { glyphs } from './fixtures/set';
import { setRight } from './fixtures/line-checks';
import { parseSeedPage, seedBodyParagraphs } from './fixtures/seed-page';
import { COLUMN_WIDTH, GUTTER, storyInputs } from './fixtures/seed-layout';

const GRID = { firstBaseline: 0.75 * BODY_PITCH, pitch: BODY_PITCH };
const frame = (id: string, columns: number, lines: number, extra: Partial<TextFrame> = {}): TextFrame => ({
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
