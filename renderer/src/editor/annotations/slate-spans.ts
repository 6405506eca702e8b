import { Element, Range, Text, type BaseEditor, type Point } from 'slate';
import type { TextSpan } from '../../../../shared/proof/anchoring';

/**
 * Marks are kept as block offsets (the block's plain text, as the store and the typesetter
 * count), Slate works in leaf points. These convert between the two for the story's flat
 * schema: top-level blocks whose children are text leaves.
 */

type Editor = Pick<BaseEditor, 'children'>;

function leavesOf(editor: Editor, block: number): Text[] {
  const node = editor.children[block];
  if (!node || !Element.isElement(node)) return [];
  return node.children.filter((child): child is Text => Text.isText(child));
}

/** The block offset of a Slate point. */
export function offsetOf(editor: Editor, point: Point): { block: number; offset: number } {
  const block = point.path[0]!;
  const leaf = point.path[1] ?? 0;
  let offset = point.offset;
  leavesOf(editor, block)
    .slice(0, leaf)
    .forEach((text) => (offset += text.text.length));
  return { block, offset };
}

/**
 * The Slate point at a block offset. On a boundary between two leaves, `lean` says which one:
 * 'end' keeps the point at the end of the earlier leaf (a range's end), 'start' at the start of
 * the later one (a range's start).
 */
export function pointAt(editor: Editor, block: number, offset: number, lean: 'start' | 'end' = 'start'): Point {
  const leaves = leavesOf(editor, block);
  let remaining = Math.max(0, offset);
  for (let index = 0; index < leaves.length; index++) {
    const length = leaves[index]!.text.length;
    const last = index === leaves.length - 1;
    if (remaining < length || (remaining === length && (lean === 'end' || last))) return { path: [block, index], offset: remaining };
    remaining -= length;
  }
  const last = Math.max(0, leaves.length - 1);
  return { path: [block, last], offset: leaves[last]?.text.length ?? 0 };
}

export function rangeAt(editor: Editor, span: TextSpan): Range {
  if (span.start === span.end) {
    const point = pointAt(editor, span.block, span.start, 'start');
    return { anchor: point, focus: point };
  }
  return { anchor: pointAt(editor, span.block, span.start, 'start'), focus: pointAt(editor, span.block, span.end, 'end') };
}

/** The span of a range, clipped to the block it starts in (marks stand in one block). */
export function spanOf(editor: Editor, range: Range): TextSpan {
  const [start, end] = Range.edges(range);
  const from = offsetOf(editor, start);
  if (Range.isCollapsed(range)) return { block: from.block, start: from.offset, end: from.offset };
  const to = offsetOf(editor, end);
  const length = blockText(editor, from.block).length;
  return { block: from.block, start: from.offset, end: to.block === from.block ? to.offset : length };
}

export function blockText(editor: Editor, block: number): string {
  return leavesOf(editor, block)
    .map((leaf) => leaf.text)
    .join('');
}
