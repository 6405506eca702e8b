import type { ReactNode } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { useI18n } from '../../i18n/i18n-context';
import { activeBlockType, insertPhoto, isMarkActive } from '../commands';
import { isMacPlatform, SHORTCUT_LABELS, type EditorCommand } from './hotkeys';
import { runCommand } from './run-command';

const MAC = typeof navigator !== 'undefined' && isMacPlatform(navigator.platform);

interface Props {
  /** Revisions panel open. */
  revisionsOpen: boolean;
  onToggleRevisions: () => void;
  /** Proofreading tools (mark, send to proofing) after the formatting groups. */
  proofTools?: ReactNode;
  /** Panel toggles before the revisions button (the proofreading panel). */
  panelTools?: ReactNode;
}

/**
 * Formatting for the body: undo and redo, the block kinds, bold, and a photo block.
 * Buttons keep the caret where it is (mousedown is cancelled) and show their state from
 * the selection.
 */
export function EditorToolbar({ revisionsOpen, onToggleRevisions, proofTools, panelTools }: Props) {
  const editor = useSlateStatic();
  const { t } = useI18n();
  const block = useSlateSelector((current) => activeBlockType(current));
  const bold = useSlateSelector((current) => (current.selection ? isMarkActive(current, 'bold') : false));
  const emphasis = useSlateSelector((current) => (current.selection ? isMarkActive(current, 'emphasis') : false));
  const canUndo = useSlateSelector((current) => current.history.undos.length > 0);
  const canRedo = useSlateSelector((current) => current.history.redos.length > 0);
  const tb = t.editor.toolbar;
  const keys = (command: EditorCommand) => SHORTCUT_LABELS[command][MAC ? 'mac' : 'other'];
  // In proofing the text changes only through suggestions: formatting, undo and photos wait.
  const locked = useSlateSelector((current) => current.suggesting);

  const run = (command: EditorCommand) => {
    // A click keeps focus in the body (mousedown is cancelled), so a composition may still be open.
    if (ReactEditor.isComposing(editor)) return;
    if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
    runCommand(editor, command);
    ReactEditor.focus(editor);
  };

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={tb.label} data-testid="editor-toolbar">
      <div className="toolbar-group">
        <ToolButton label={tb.undo} hint={tb.hint(tb.undo, keys('undo'))} disabled={locked || !canUndo} onRun={() => run('undo')} testId="tool-undo">
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M5.5 4.5L2.5 7.5l3 3M3 7.5h6.5a3.5 3.5 0 010 7H7" /></svg>
        </ToolButton>
        <ToolButton label={tb.redo} hint={tb.hint(tb.redo, keys('redo'))} disabled={locked || !canRedo} onRun={() => run('redo')} testId="tool-redo">
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10.5 4.5l3 3-3 3M13 7.5H6.5a3.5 3.5 0 000 7H9" /></svg>
        </ToolButton>
      </div>
      <div className="toolbar-group">
        <ToolButton label={tb.paragraph} hint={tb.hint(tb.paragraph, keys('paragraph'))} pressed={block === 'paragraph'} disabled={locked} onRun={() => run('paragraph')} testId="tool-paragraph" text>
          {tb.paragraph}
        </ToolButton>
        <ToolButton label={tb.subhead} hint={tb.subheadHint} pressed={block === 'subhead'} disabled={locked} onRun={() => run('subhead')} testId="tool-subhead" text>
          {tb.subhead}
        </ToolButton>
        <ToolButton label={tb.pullQuote} hint={tb.hint(tb.pullQuote, keys('pull-quote'))} pressed={block === 'pull-quote'} disabled={locked} onRun={() => run('pull-quote')} testId="tool-pull-quote" text>
          {tb.pullQuote}
        </ToolButton>
      </div>
      <div className="toolbar-group">
        <ToolButton label={tb.bold} hint={tb.hint(tb.bold, keys('bold'))} pressed={bold} disabled={locked} onRun={() => run('bold')} testId="tool-bold">
          <span className="tool-bold-glyph">B</span>
        </ToolButton>
        <ToolButton label={tb.emphasis} hint={tb.hint(tb.emphasis, keys('emphasis'))} pressed={emphasis} disabled={locked} onRun={() => run('emphasis')} testId="tool-emphasis">
          <span className="mark-emphasis">着</span>
        </ToolButton>
      </div>
      <div className="toolbar-group">
        <ToolButton
          label={tb.photo}
          hint={tb.photo}
          disabled={locked}
          onRun={() => {
            if (!ReactEditor.isComposing(editor)) insertPhoto(editor);
          }}
          testId="tool-photo"
          text
        >
          <svg viewBox="0 0 16 16" aria-hidden="true"><rect x="2" y="3.5" width="12" height="9" rx="1" /><path d="M3 11.5l3.2-3.2 2.3 2.3 1.6-1.6 2.9 2.5" /></svg>
          {tb.photo}
        </ToolButton>
      </div>
      {proofTools}
      <div className="toolbar-spacer" />
      {panelTools}
      <button
        type="button"
        className={`tool-button text${revisionsOpen ? ' is-on' : ''}`}
        aria-pressed={revisionsOpen}
        onClick={onToggleRevisions}
        data-testid="tool-revisions"
      >
        <svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="5.5" /><path d="M8 5v3.2l2.2 1.4" /></svg>
        {tb.revisions}
      </button>
    </div>
  );
}

function ToolButton(props: {
  label: string;
  hint: string;
  onRun: () => void;
  children: ReactNode;
  pressed?: boolean;
  disabled?: boolean;
  testId: string;
  text?: boolean;
}) {
  return (
    <button
      type="button"
      className={`tool-button${props.text ? ' text' : ''}${props.pressed ? ' is-on' : ''}`}
      aria-label={props.label}
      aria-pressed={props.pressed === undefined ? undefined : props.pressed}
      title={props.hint}
      disabled={props.disabled}
      data-testid={props.testId}
      // Keep the body's selection: a click would otherwise move focus to the button first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onRun}
    >
      {props.children}
    </button>
  );
}
