import { Editor, Range, type BaseRange, type Point } from 'slate';
import { ANNOTATION_KIND_INFO, type Annotation } from '../../../../shared/model/annotation';
import type { DecorationMarks, MarkWidget, NoteMark, StoryText } from '../slate-types';
import { blockText, offsetOf, pointAt } from './slate-spans';

/** How a mark looks on screen: its colour, tooltip and the text a widget shows. */
export interface MarkLook {
  color(mark: Annotation): string;
  title(mark: Annotation): string;
  /** What a point mark or a replacement shows beside the text (the inserted text, ¶, 接排 …). */
  widget(mark: Annotation): string;
}

type Decoration = BaseRange & DecorationMarks & { merge?: (leaf: StoryText, props: Partial<DecorationMarks>) => void };

/** Overlapping marks add up on a leaf instead of replacing each other. */
function merge(leaf: StoryText, props: Partial<DecorationMarks>): void {
  const { notes, widgets, ...rest } = props;
  Object.assign(leaf, rest);
  if (notes) leaf.notes = [...(leaf.notes ?? []), ...notes];
  if (widgets) leaf.widgets = [...(leaf.widgets ?? []), ...widgets];
}

/**
 * The decorations of block `index` for the marks drawn: ranges of text carry `notes` (each
 * mark's kind and colour), and what a mark would add — a suggested insertion, the new text of
 * a 改正, ¶ for 另起段 — is a widget on the character beside its point. Widgets never sit on an
 * empty range (Slate would make an empty leaf of it).
 */
export function markDecorations(
  editor: Editor,
  index: number,
  drawn: readonly { mark: Annotation; range: Range; target: Point | null }[],
  look: MarkLook,
  selectedId: string | null,
): BaseRange[] {
  const out: Decoration[] = [];
  const text = blockText(editor, index);
  const blockStart = Editor.start(editor, [index]);
  const blockEnd = Editor.end(editor, [index]);

  const widgetAt = (offset: number, widget: Omit<MarkWidget, 'position'>) => {
    if (text.length === 0) return;
    const after = offset > 0;
    const from = after ? offset - 1 : 0;
    out.push({
      anchor: pointAt(editor, index, from, 'start'),
      focus: pointAt(editor, index, from + 1, 'end'),
      widgets: [{ ...widget, position: after ? 'after' : 'before' }],
      merge,
    });
  };

  for (const { mark, range, target } of drawn) {
    const selected = mark.id === selectedId;
    const base = { id: mark.id, kind: mark.kind, color: look.color(mark), selected, title: look.title(mark) };
    const [start, end] = Range.edges(range);
    const info = ANNOTATION_KIND_INFO[mark.kind];

    if (target && mark.kind === 'move' && target.path[0] === index) {
      widgetAt(offsetOf(editor, target).offset, { ...base, text: look.widget(mark) });
    }
    if (start.path[0]! > index || end.path[0]! < index) continue;

    if (info.shape === 'point') {
      widgetAt(offsetOf(editor, start).offset, { ...base, text: look.widget(mark) });
      continue;
    }
    const from = start.path[0] === index ? start : blockStart;
    const to = end.path[0] === index ? end : blockEnd;
    if (Range.isCollapsed({ anchor: from, focus: to })) continue;
    const note: NoteMark = base;
    out.push({ anchor: from, focus: to, notes: [note], merge });
    if ((mark.kind === 'replace' || mark.kind === 'transpose') && end.path[0] === index) {
      widgetAt(offsetOf(editor, end).offset, { ...base, text: look.widget(mark) });
    }
  }
  return out;
}
