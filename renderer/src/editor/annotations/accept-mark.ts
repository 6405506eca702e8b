import { Editor, Element, Node, Range, Transforms, type Point } from 'slate';
import type { Annotation } from '../../../../shared/model/annotation';
import { offsetOf, pointAt } from './slate-spans';

/**
 * What accepting a mark does to the text, as Slate transforms on the live editor (so range
 * refs of the other marks follow, and the change is saved by the autosave like any edit).
 * `range` is where the mark stands now (its range ref), `target` where a 转移 goes.
 */

export type AcceptOutcome = { ok: true } | { ok: false; reason: 'orphaned' | 'no-next-block' | 'no-target' };

export function acceptMark(editor: Editor, mark: Pick<Annotation, 'kind' | 'text'>, range: Range, target: Point | null = null): AcceptOutcome {
  const collapsed = Range.isCollapsed(range);
  switch (mark.kind) {
    case 'replace':
    case 'transpose':
      if (collapsed) return { ok: false, reason: 'orphaned' };
      Transforms.insertText(editor, mark.text, { at: range });
      return { ok: true };
    case 'delete':
      if (collapsed) return { ok: false, reason: 'orphaned' };
      Transforms.delete(editor, { at: range });
      return { ok: true };
    case 'insert':
    case 'space':
      Transforms.insertText(editor, mark.text || (mark.kind === 'space' ? '\u3000' : ''), { at: Range.start(range) });
      return { ok: true };
    case 'move': {
      if (collapsed) return { ok: false, reason: 'orphaned' };
      if (!target) return { ok: false, reason: 'no-target' };
      const text = Editor.string(editor, range);
      const source = Editor.rangeRef(editor, range, { affinity: 'inward' });
      Editor.withoutNormalizing(editor, () => {
        Transforms.insertText(editor, text, { at: target });
        if (source.current) Transforms.delete(editor, { at: source.current });
      });
      source.unref();
      return { ok: true };
    }
    case 'join': {
      const block = Range.start(range).path[0]!;
      const next = editor.children[block + 1];
      const here = editor.children[block];
      if (!next || !Element.isElement(next) || next.type === 'photo' || !here || !Element.isElement(here) || here.type === 'photo') {
        return { ok: false, reason: 'no-next-block' };
      }
      Transforms.mergeNodes(editor, { at: [block + 1] });
      return { ok: true };
    }
    case 'split':
      Transforms.splitNodes(editor, { at: Range.start(range), always: true });
      return { ok: true };
    case 'close-up': {
      if (collapsed) return { ok: false, reason: 'orphaned' };
      // Whitespace inside the range goes, last first so the earlier offsets stay valid.
      const [start, end] = Range.edges(range);
      const from = offsetOf(editor, start);
      const to = offsetOf(editor, end);
      const text = Node.string(editor.children[from.block]!);
      Editor.withoutNormalizing(editor, () => {
        for (let at = to.offset - 1; at >= from.offset; at--) {
          if (!/\s/u.test(text[at]!)) continue;
          Transforms.delete(editor, { at: { anchor: pointAt(editor, from.block, at, 'start'), focus: pointAt(editor, from.block, at + 1, 'end') } });
        }
      });
      return { ok: true };
    }
    case 'stet':
    case 'align':
    case 'shift':
    case 'comment':
    case 'query':
      return { ok: true }; // no change to the text
  }
}

/** Kinds whose open marks a 保留 (stet) over them takes back. */
export const STET_UNDOES: ReadonlySet<Annotation['kind']> = new Set(['delete', 'replace', 'transpose', 'move', 'close-up']);
