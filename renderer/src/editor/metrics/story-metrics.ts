import type { Block } from '../../../../shared/model/story';

/**
 * Length of a story as the desk counts it, per block and cached by block object so a
 * keystroke in a 20,000-character story recounts one block.
 *
 * Characters: every non-whitespace character of the text blocks (photos count nothing),
 * as shared/model's storyLength. Lines: an estimate of the column lines at `columnWidth`
 * characters per line before the typesetter has set the story: a CJK character or
 * full-width mark fills one cell, other characters half a cell; a paragraph starts with a
 * two-cell indent; each line of a subhead and a pull quote starts its own line.
 */
export interface LengthTarget {
  unit: 'chars' | 'lines';
  value: number;
  /** Characters per column line. */
  columnWidth: number;
}

export const DEFAULT_COLUMN_WIDTH = 13;
const PARAGRAPH_INDENT = 2;

const charCache = new WeakMap<Block, number>();
const cellCache = new WeakMap<Block, number[]>();

function textOf(block: Block): string {
  return block.type === 'photo' ? '' : block.children.map((leaf) => leaf.text).join('');
}

export function blockCharacters(block: Block): number {
  let count = charCache.get(block);
  if (count === undefined) {
    count = 0;
    for (const ch of textOf(block)) if (!/\s/u.test(ch)) count += 1;
    charCache.set(block, count);
  }
  return count;
}

/** Width in cells of each printed line of text in the block (before wrapping). */
function blockCells(block: Block): number[] {
  let cells = cellCache.get(block);
  if (!cells) {
    const text = textOf(block);
    cells = text === '' ? [] : text.split('\n').map((line) => {
      let width = block.type === 'paragraph' ? PARAGRAPH_INDENT : 0;
      for (const ch of line) width += cellWidth(ch);
      return width;
    });
    cellCache.set(block, cells);
  }
  return cells;
}

export function cellWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  // ASCII and Latin text sets at roughly half the width of a CJK character.
  if (code < 0x2e80) return code === 0x2014 || code === 0x2026 || code === 0x201c || code === 0x201d ? 1 : 0.5;
  if (code >= 0xff61 && code <= 0xffdc) return 0.5;
  return 1;
}

export function blockLines(block: Block, columnWidth: number): number {
  const width = Math.max(1, Math.floor(columnWidth));
  return blockCells(block).reduce((sum, cells) => sum + Math.max(1, Math.ceil(cells / width)), 0);
}

export interface StoryMeasure {
  characters: number;
  lines: number;
}

export function measureStory(body: readonly Block[], columnWidth: number): StoryMeasure {
  let characters = 0;
  let lines = 0;
  for (const block of body) {
    characters += blockCharacters(block);
    lines += blockLines(block, columnWidth);
  }
  return { characters, lines };
}

/** How far the story is from its target: positive over, negative under, in the target's unit. */
export function targetDelta(measure: StoryMeasure, target: LengthTarget): number {
  return (target.unit === 'chars' ? measure.characters : measure.lines) - target.value;
}
