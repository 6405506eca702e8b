import { memo, useCallback, useState, useSyncExternalStore, type CompositionEvent, type KeyboardEvent } from 'react';
import type { NodeEntry } from 'slate';
import { Editable, useSlateStatic } from 'slate-react';
import { useI18n } from '../../i18n/i18n-context';
import { commandOf, isMacPlatform } from './hotkeys';
import { renderElement, renderLeaf } from './render-nodes';
import { runCommand } from './run-command';

const MAC = typeof navigator !== 'undefined' && isMacPlatform(navigator.platform);

interface Props {
  /** Focus left the body: the session saves. */
  onBlur: () => void;
  /** An IME composition started: decorations stay as they are until it ends. */
  onCompositionStart?: () => void;
  /** An IME composition ended: the session runs what waited for it. */
  onCompositionEnd: () => void;
}

/**
 * The body text: Slate's Editable with the story's elements and leaves, shortcuts,
 * punctuation decorations and proofreading marks. Memoised so that typing in the head
 * fields or a change of the save status never re-renders the body.
 */
export const BodyEditor = memo(function BodyEditor({ onBlur, onCompositionStart, onCompositionEnd }: Props) {
  const editor = useSlateStatic();
  const { t } = useI18n();
  // Bumped once after a composition during which a block lost its cached flags.
  const [decorationEpoch, setDecorationEpoch] = useState(0);
  // Bumped when the proofreading marks change; never while a composition is open.
  const proofEpoch = useSyncExternalStore(editor.proofEpoch.subscribe, editor.proofEpoch.get);

  const decorate = useCallback(
    (entry: NodeEntry) => {
      const marks = editor.proofDecorations(entry);
      const flags = editor.punctuationDecorations(entry);
      return marks.length === 0 ? flags : flags.length === 0 ? marks : [...flags, ...marks];
    },
    // The epochs: a new function makes Slate decorate every block again.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the epochs are the point
    [editor, decorationEpoch, proofEpoch],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      // Keys typed into a photo's caption or credit input belong to that input.
      if (event.target instanceof HTMLInputElement || event.nativeEvent.isComposing) return;
      const command = commandOf(event, MAC);
      if (!command) return;
      event.preventDefault();
      // In proofing, formatting and undo would change the text directly: suggest mode refuses them.
      runCommand(editor, command);
    },
    [editor],
  );

  // Suggest mode: typed characters become a suggestion, so the browser must not put them into
  // the text itself (Slate lets it, for plain Latin letters, to keep native spellcheck).
  const onDOMBeforeInput = useCallback(
    (event: InputEvent) => {
      if (!editor.suggesting || event.inputType !== 'insertText' || !event.data) return false;
      event.preventDefault();
      editor.insertText(event.data);
      return true;
    },
    [editor],
  );

  const compositionStart = useCallback(() => onCompositionStart?.(), [onCompositionStart]);

  const compositionEnd = useCallback(
    (event: CompositionEvent<HTMLDivElement>) => {
      if (editor.suggesting && event.data) {
        // The IME wrote the committed characters into the DOM text node; in suggest mode they
        // become a suggestion and are not part of the text, so they leave the DOM again (Slate
        // would have replaced them with its own insertion otherwise).
        removeCommitted(event.data);
      }
      // Slate marks the composition over in a microtask after this event; decorate and save after that.
      setTimeout(() => {
        if (editor.takeStaleDecorations()) setDecorationEpoch((epoch) => epoch + 1);
        onCompositionEnd();
      }, 0);
    },
    [editor, onCompositionEnd],
  );

  return (
    <Editable
      className="body-editor"
      data-testid="body-editor"
      aria-label={t.editor.body.label}
      placeholder={t.editor.body.placeholder}
      renderElement={renderElement}
      renderLeaf={renderLeaf}
      decorate={decorate}
      onKeyDown={onKeyDown}
      onDOMBeforeInput={onDOMBeforeInput}
      onCompositionStart={compositionStart}
      onCompositionEnd={compositionEnd}
      onBlur={onBlur}
      spellCheck={false}
      autoCorrect="off"
      autoCapitalize="off"
    />
  );
});

/** Takes `data` out of the DOM text node just before the caret, where the IME committed it. */
function removeCommitted(data: string): void {
  const selection = window.getSelection();
  const node = selection?.anchorNode;
  if (!selection || !node || node.nodeType !== Node.TEXT_NODE) return;
  const text = node as Text;
  const end = selection.anchorOffset;
  const start = end - data.length;
  if (start >= 0 && text.data.slice(start, end) === data) text.deleteData(start, data.length);
}
