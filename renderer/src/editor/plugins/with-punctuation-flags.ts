import { Element, Text, type BaseRange, type Editor, type NodeEntry, type Path } from 'slate';
import { findPunctuationFlags, type PunctuationFlag } from '../metrics/punctuation-flags';
import type { DecorationMarks, PunctuationFlagsEditor, StoryElement, TextBlock } from '../slate-types';

type FlagRange = BaseRange & DecorationMarks;

/**
 * Punctuation flags as decorations. Flags are computed per block and cached by the block
 * object (Slate replaces a block object when it changes), so typing re-examines one block.
 * While an IME composition is open the decorations are frozen: a block that changed
 * during the composition gets the ranges it had before (clipped to its text), and the
 * editor is told to re-decorate once the composition is over. Re-rendering a leaf under
 * the composition would cancel or duplicate what is being typed.
 */
export function withPunctuationFlags<E extends Editor>(editor: E, isComposing: (editor: E) => boolean): E & PunctuationFlagsEditor {
  const flagsByBlock = new WeakMap<StoryElement, PunctuationFlag[]>();
  const lastRanges = new Map<number, FlagRange[]>();
  let stale = false;

  const flagsOf = (block: TextBlock): PunctuationFlag[] => {
    let flags = flagsByBlock.get(block);
    if (!flags) {
      flags = findPunctuationFlags(block.children.map((leaf) => leaf.text).join(''));
      flagsByBlock.set(block, flags);
    }
    return flags;
  };

  const target = editor as E & PunctuationFlagsEditor;

  target.punctuationDecorations = ([node, path]: NodeEntry): BaseRange[] => {
    if (!Element.isElement(node) || path.length !== 1 || node.type === 'photo') return [];
    const index = path[0]!;
    if (!flagsByBlock.has(node) && isComposing(editor)) {
      stale = true;
      return clip(lastRanges.get(index) ?? [], node, path);
    }
    const ranges = toRanges(flagsOf(node), node, path);
    lastRanges.set(index, ranges);
    return ranges;
  };

  target.punctuationFlagCount = () => {
    let count = 0;
    for (const block of editor.children) {
      if (Element.isElement(block) && block.type !== 'photo') count += flagsOf(block).length;
    }
    return count;
  };

  target.takeStaleDecorations = () => {
    const was = stale;
    stale = false;
    return was;
  };

  return target;
}

/** Block-relative flags as ranges over the block's leaves (a flag may span a bold boundary). */
function toRanges(flags: readonly PunctuationFlag[], block: TextBlock, path: Path): FlagRange[] {
  if (flags.length === 0) return [];
  const starts: number[] = [];
  let offset = 0;
  for (const leaf of block.children) {
    starts.push(offset);
    offset += leaf.text.length;
  }
  const point = (at: number, isEnd: boolean) => {
    // An end offset on a leaf boundary stays in the earlier leaf; a start moves to the later one.
    let index = starts.length - 1;
    while (index > 0 && (isEnd ? starts[index]! >= at : starts[index]! > at)) index -= 1;
    return { path: [...path, index], offset: at - starts[index]! };
  };
  return flags.map((flag) => ({
    anchor: point(flag.start, false),
    focus: point(flag.end, true),
    flag: flag.kind,
    suggestion: flag.suggestion,
  }));
}

/** Earlier ranges that still fit the block's leaves, moved to its current path. */
function clip(ranges: readonly FlagRange[], block: TextBlock, path: Path): FlagRange[] {
  const fits = (point: BaseRange['anchor']) => {
    const leaf = block.children[point.path[point.path.length - 1]!];
    return leaf !== undefined && Text.isText(leaf) && point.offset <= leaf.text.length;
  };
  return ranges
    .filter((range) => fits(range.anchor) && fits(range.focus))
    .map((range) => ({
      ...range,
      anchor: { ...range.anchor, path: [...path, range.anchor.path[range.anchor.path.length - 1]!] },
      focus: { ...range.focus, path: [...path, range.focus.path[range.focus.path.length - 1]!] },
    }));
}
