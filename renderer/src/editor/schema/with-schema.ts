import { Editor, Element, Node, Path, Text, Transforms } from 'slate';
import type { StoryElement } from '../slate-types';
import { ELEMENT_KEYS, TEXT_KEYS, elementText, isBlockType, textBlock } from './block-shapes';

/**
 * The story schema as normalisation rules, so whatever reaches the value (typing, paste,
 * a stored body from an older build, a remote update) ends up in the shape shared/model
 * stores: top-level blocks of known types whose children are leaves, leaves with only
 * the known marks, subheads of at most two lines, photos as voids with one empty leaf,
 * and never an empty editor. Each rule fixes one thing and returns; Slate runs the
 * normaliser again until nothing changes.
 */
export function withSchema<E extends Editor>(editor: E): E {
  const { normalizeNode, isVoid } = editor;

  editor.isVoid = (element) => element.type === 'photo' || isVoid(element);

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Editor.isEditor(node)) {
      if (normalizeRoot(editor, node.children)) return;
    } else if (Element.isElement(node)) {
      if (path.length > 1) {
        liftOrUnwrapNested(editor, node, path);
        return;
      }
      if (normalizeBlock(editor, node, path)) return;
    } else if (Text.isText(node)) {
      if (normalizeLeaf(editor, node, path)) return;
    }
    normalizeNode(entry, options);
  };

  return editor;
}

function normalizeRoot(editor: Editor, children: readonly Node[]): boolean {
  if (children.length === 0) {
    Transforms.insertNodes(editor, textBlock('paragraph'), { at: [0] });
    return true;
  }
  const index = children.findIndex((child) => Text.isText(child));
  if (index >= 0) {
    Transforms.wrapNodes(editor, textBlock('paragraph'), { at: [index] });
    return true;
  }
  return false;
}

/** A block inside a block: a photo moves out to the top level, anything else gives up its leaves. */
function liftOrUnwrapNested(editor: Editor, node: StoryElement, path: Path): void {
  if (node.type === 'photo') {
    Transforms.liftNodes(editor, { at: path, voids: true });
  } else {
    Transforms.unwrapNodes(editor, { at: path, voids: true });
  }
}

function normalizeBlock(editor: Editor, node: StoryElement, path: Path): boolean {
  const raw = node as unknown as Record<string, unknown>;
  if (!isBlockType(raw.type)) {
    Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
    return true;
  }
  const allowed = ELEMENT_KEYS[node.type];
  const extra = Object.keys(raw).filter((key) => key !== 'children' && !allowed.includes(key));
  if (extra.length > 0) {
    Transforms.unsetNodes(editor, extra, { at: path, voids: true });
    return true;
  }
  if (node.type === 'photo') return normalizePhoto(editor, node, path);

  // Children of text blocks are leaves (nested elements are handled at their own path).
  const lineBreaks = [...elementText(node)].filter((ch) => ch === '\n').length;
  if (node.type === 'subhead') {
    // Two lines at most: a third line and what follows becomes the next paragraph.
    if (lineBreaks >= 2) {
      splitAtBreak(editor, path, 2, 'paragraph');
      return true;
    }
  } else if (lineBreaks >= 1) {
    // Paragraphs and pull quotes are one run of text: a line break starts a new block of the same kind.
    splitAtBreak(editor, path, 1, node.type);
    return true;
  }
  return false;
}

function normalizePhoto(editor: Editor, node: StoryElement & { type: 'photo' }, path: Path): boolean {
  const raw = node as unknown as Record<string, unknown>;
  const children = node.children as readonly Node[];
  const only = children[0];
  const cleanChildren = children.length === 1 && only !== undefined && Text.isText(only) && only.text === '' && Object.keys(only).length === 1;
  const clean = typeof raw.caption === 'string' && typeof raw.credit === 'string' && (raw.assetId === null || typeof raw.assetId === 'string');
  if (clean && cleanChildren) return false;
  // Replaced whole: Slate's set_node cannot store null (it removes the key), and assetId is
  // null until a photo is attached.
  const fixed: StoryElement = {
    type: 'photo',
    assetId: typeof raw.assetId === 'string' ? raw.assetId : null,
    caption: typeof raw.caption === 'string' ? raw.caption : '',
    credit: typeof raw.credit === 'string' ? raw.credit : '',
    children: [{ text: '' }],
  };
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: path, voids: true });
    Transforms.insertNodes(editor, fixed, { at: path, voids: true, select: false });
  });
  return true;
}

/** Unknown marks (and false ones) are dropped: the stored leaf is {text, bold?, italic?, emphasis?}. */
function normalizeLeaf(editor: Editor, node: Text, path: Path): boolean {
  const raw = node as unknown as Record<string, unknown>;
  const drop = Object.keys(raw).filter((key) => !TEXT_KEYS.includes(key) || (key !== 'text' && raw[key] !== true));
  if (drop.length === 0) return false;
  Transforms.unsetNodes(editor, drop, { at: path, voids: true });
  return true;
}

/**
 * Splits the block at its `nth` "\n" (1-based): the break itself is removed and the text
 * after it becomes a new block of `nextType`.
 */
function splitAtBreak(editor: Editor, path: Path, nth: number, nextType: StoryElement['type']): void {
  const block = Node.get(editor, path) as StoryElement;
  let seen = 0;
  for (const [index, child] of block.children.entries()) {
    let offset = -1;
    while ((offset = child.text.indexOf('\n', offset + 1)) !== -1) {
      seen += 1;
      if (seen < nth) continue;
      const at = { path: [...path, index], offset };
      Editor.withoutNormalizing(editor, () => {
        Transforms.delete(editor, { at, distance: 1, unit: 'character' });
        Transforms.splitNodes(editor, { at, always: true, match: (_node, nodePath) => Path.equals(nodePath, path) });
        Transforms.setNodes(editor, { type: nextType }, { at: [path[0]! + 1] });
      });
      return;
    }
  }
}
