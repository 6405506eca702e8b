import { memo, useCallback, useState, type KeyboardEvent } from 'react';
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
  /** An IME composition ended: the session runs what waited for it. */
  onCompositionEnd: () => void;
}

/**
 * The body text: Slate's Editable with the story's elements and leaves, shortcuts and
 * punctuation decorations. Memoised so that typing in the head fields or a change of the
 * save status never re-renders the body.
 */
export const BodyEditor = memo(function BodyEditor({ onBlur, onCompositionEnd }: Props) {
  const editor = useSlateStatic();
  const { t } = useI18n();
  // Bumped once after a composition during which a block lost its cached flags.
  const [decorationEpoch, setDecorationEpoch] = useState(0);

  const decorate = useCallback(
    (entry: NodeEntry) => editor.punctuationDecorations(entry),
    // decorationEpoch: a new function makes Slate decorate every block again.
    [editor, decorationEpoch],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      // Keys typed into a photo's caption or credit input belong to that input.
      if (event.target instanceof HTMLInputElement || event.nativeEvent.isComposing) return;
      const command = commandOf(event, MAC);
      if (!command) return;
      event.preventDefault();
      runCommand(editor, command);
    },
    [editor],
  );

  const compositionEnd = useCallback(() => {
    // Slate marks the composition over in a microtask after this event; decorate and save after that.
    setTimeout(() => {
      if (editor.takeStaleDecorations()) setDecorationEpoch((epoch) => epoch + 1);
      onCompositionEnd();
    }, 0);
  }, [editor, onCompositionEnd]);

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
      onCompositionEnd={compositionEnd}
      onBlur={onBlur}
      spellCheck={false}
      autoCorrect="off"
      autoCapitalize="off"
    />
  );
});
