import { useDeferredValue, useMemo } from 'react';
import { Editor, Element, Point, Transforms } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { useI18n } from '../../i18n/i18n-context';
import { useChangeSignal, type ChangeSignal } from '../change-signal';
import type { StoryEditor } from '../slate-types';

/** How many punctuation flags the body has; the button selects the next one after the caret. */
export function PunctuationStatus({ signal }: { signal: ChangeSignal }) {
  const editor = useSlateStatic();
  const { t } = useI18n();
  const version = useDeferredValue(useChangeSignal(signal));
  // `version` stands for the editor's text, which the count reads.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version stands for the text
  const count = useMemo(() => editor.punctuationFlagCount(), [editor, version]);
  return (
    <button
      type="button"
      className={`punctuation-status${count > 0 ? ' has-flags' : ''}`}
      data-testid="punctuation-count"
      data-count={count}
      disabled={count === 0}
      title={t.editor.punctuation.next}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => selectNextFlag(editor)}
    >
      {t.editor.punctuation.count(count)}
    </button>
  );
}

/** Selects the first flag after the caret (wrapping around), as its decoration range. */
export function selectNextFlag(editor: StoryEditor): void {
  if (ReactEditor.isComposing(editor)) return;
  const from = editor.selection ? Editor.end(editor, editor.selection) : Editor.start(editor, []);
  const ranges = editor.children.flatMap((block, index) =>
    Element.isElement(block) ? editor.punctuationDecorations([block, [index]]) : [],
  );
  if (ranges.length === 0) return;
  const next = ranges.find((range) => !Point.isBefore(range.anchor, from)) ?? ranges[0]!;
  Transforms.select(editor, { anchor: next.anchor, focus: next.focus });
  ReactEditor.focus(editor);
}
