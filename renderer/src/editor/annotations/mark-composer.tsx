import { useEffect, useMemo, useState } from 'react';
import { Editor, Range, type RangeRef } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { ANNOTATION_KIND_INFO, sameCharacters, type AnnotationKind } from '../../../../shared/model/annotation';
import { useI18n } from '../../i18n/i18n-context';
import type { AnnotationController } from './annotation-controller';
import { MarkFields, swapped } from '../../ui/mark-fields';

interface Props {
  controller: AnnotationController;
  onDone: () => void;
}

/**
 * Makes a mark on the text selected when it opened (kept as a range ref while the user fills
 * in the form): the kind from the standard's list, the correction where the kind carries one,
 * a note. A 转移 takes a second step: the caret is put where the text goes.
 */
export function MarkComposer({ controller, onDone }: Props) {
  const editor = useSlateStatic();
  const { t } = useI18n();
  const c = t.proof.composer;
  const [source] = useState<RangeRef | null>(() => (editor.selection ? Editor.rangeRef(editor, editor.selection, { affinity: 'inward' }) : null));
  const quote = useMemo(() => (source?.current && Range.isExpanded(source.current) ? Editor.string(editor, source.current) : ''), [editor, source]);
  const [kind, setKind] = useState<AnnotationKind>(quote ? 'replace' : 'insert');
  const info = ANNOTATION_KIND_INFO[kind];
  const [text, setText] = useState(quote);
  const [body, setBody] = useState('');
  const [placingTarget, setPlacingTarget] = useState(false);
  useEffect(() => () => void source?.unref(), [source]);

  const choose = (next: AnnotationKind) => {
    setKind(next);
    const nextInfo = ANNOTATION_KIND_INFO[next];
    setText(next === 'transpose' ? swapped(quote) : next === 'replace' ? quote : nextInfo.text === 'default' ? (nextInfo.defaultText ?? '') : '');
  };

  const range = source?.current ?? null;
  const valid =
    range !== null &&
    (info.shape === 'point' || quote !== '') &&
    (info.text !== 'required' || text !== '') &&
    (kind !== 'transpose' || sameCharacters(text, quote)) &&
    (kind !== 'replace' || text !== quote);

  const create = () => {
    if (!range) return;
    if (kind === 'move' && !placingTarget) {
      setPlacingTarget(true);
      return;
    }
    const target = kind === 'move' ? (editor.selection ? Range.start(editor.selection) : null) : null;
    const made = controller.createMark(kind, range, { text: info.text === 'none' ? '' : text, body: body.trim(), target });
    if (made) {
      controller.select(made.id);
      onDone();
      if (!ReactEditor.isComposing(editor)) ReactEditor.focus(editor);
    }
  };

  return (
    <div className="mark-composer" role="dialog" aria-label={c.title} data-testid="mark-composer">
      <span className="mark-composer-quote">{quote ? c.selected(quote.length > 40 ? `${quote.slice(0, 40)}…` : quote) : c.atCaret}</span>
      <MarkFields
        testIdPrefix="mark"
        kind={kind}
        onKind={choose}
        kindDisabled={(option) => ANNOTATION_KIND_INFO[option].shape === 'range' && !quote}
        text={text}
        onText={setText}
        body={body}
        onBody={setBody}
      />
      <span className="mark-composer-meaning">{placingTarget ? c.moveStep : t.proof.kinds[kind].meaning}</span>
      <button type="button" className="primary-button" disabled={!valid} data-testid="mark-create" onMouseDown={(e) => e.preventDefault()} onClick={create}>
        {placingTarget ? c.moveHere : c.create}
      </button>
      <button type="button" className="link-button" onClick={onDone}>
        {c.cancel}
      </button>
    </div>
  );
}
