import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Transforms, type Descendant } from 'slate';
import { ReactEditor, Slate } from 'slate-react';
import type { AppInfo, Story, StoryRevision } from '../../../shared/ipc/contract-types';
import type { Block, StoryFields } from '../../../shared/model/story';
import { LanguageSelect } from '../app/language-select';
import { useI18n } from '../i18n/i18n-context';
import { useClient } from '../ipc/client-context';
import { errorMessage } from '../ipc/error-message';
import { BodyEditor } from './body/body-editor';
import { EditorToolbar } from './body/editor-toolbar';
import { loadBody, replaceBody } from './body/replace-body';
import { createChangeSignal } from './change-signal';
import type { HeadKey } from './conflict/conflict-alignment';
import { ConflictBanner, TheirVersion } from './conflict/conflict-view';
import { createStoryEditor } from './create-story-editor';
import { bodyOf } from './schema/block-shapes';
import { fieldsFrom, headFrom, type HeadFields } from './fields/head-fields';
import { StoryHeadForm } from './fields/story-head-form';
import { LengthStatus } from './metrics/length-status';
import { PunctuationStatus } from './metrics/punctuation-status';
import { RevisionsPanel } from './revisions/revisions-panel';
import { SaveIndicator } from './saving/save-indicator';
import { StorySession } from './saving/story-session';

/** A message under the toolbar, with an optional action (e.g. undoing a restore). */
interface Notice {
  text: string;
  action?: { label: string; run: () => void };
}

interface Props {
  story: Story;
  appInfo: AppInfo | null;
  onClose: () => void;
}

/**
 * One story being edited: the head fields and bylines above the Slate body, the toolbar,
 * the save state, revisions, and — when another window saved first — both versions side
 * by side. The StorySession owns saving; this component owns what is on screen.
 */
export function StoryEditor({ story, appInfo, onClose }: Props) {
  const client = useClient();
  const { t } = useI18n();
  const signal = useMemo(createChangeSignal, []);
  const editor = useMemo(() => {
    const created = createStoryEditor();
    loadBody(created, story.body);
    return created;
  }, []);
  const [head, setHead] = useState<HeadFields>(() => headFrom(story));
  const headRef = useRef(head);
  /** The children put in by apply(): their onChange is not the user's edit. */
  const appliedChildren = useRef<Descendant[] | null>(null);
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const readCurrent = useCallback(() => fieldsFrom(headRef.current, bodyOf(editor)), [editor]);

  const session = useMemo(
    () =>
      new StorySession(client, story, {
        read: readCurrent,
        apply: (stored) => {
          const next = headFrom(stored);
          headRef.current = next;
          setHead(next);
          replaceBody(editor, stored.body, { undoable: false });
          appliedChildren.current = editor.children;
          signal.bump();
        },
        isComposing: () => ReactEditor.isComposing(editor),
      }),
    [],
  );
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);

  const updateHead = useCallback(
    (patch: Partial<HeadFields>) => {
      headRef.current = { ...headRef.current, ...patch };
      setHead(headRef.current);
      session.changed();
    },
    [session],
  );

  const onValueChange = useCallback(
    (value: Descendant[]) => {
      signal.bump();
      if (value === appliedChildren.current) return;
      appliedChildren.current = null;
      session.changed();
    },
    [session, signal],
  );

  const flush = useCallback(() => void session.flush(), [session]);
  const compositionEnded = useCallback(() => session.compositionEnded(), [session]);

  // Other windows' saves, deletes and restores of this story.
  useEffect(
    () =>
      client.on('stories.changed', ({ ids }) => {
        if (ids.includes(story.id)) void session.remoteChanged();
      }),
    [client, session, story.id],
  );

  // Leaving: the window hides or closes, or this view goes away.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void session.flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHide);
      void session.leave().finally(() => session.dispose());
    };
  }, [flush, session]);

  useEffect(() => {
    document.title = `${head.headline || t.editor.untitled} · ${t.appName}`;
  }, [head.headline, t]);

  useEffect(() => {
    if (snapshot.keptAsVersion !== null) setNotice({ text: t.editor.conflict.keptAs(snapshot.keptAsVersion) });
  }, [snapshot.keptAsVersion, t]);

  const close = async () => {
    await session.flush();
    const state = session.getSnapshot().state;
    if (state === 'conflict' || (state === 'deleted' && session.dirty)) {
      setNotice({ text: t.editor.save.resolveFirst });
      return;
    }
    onClose();
  };

  const choose = async (choice: 'mine' | 'theirs') => {
    setBusy(true);
    try {
      await (choice === 'mine' ? session.keepMine() : session.keepTheirs());
    } finally {
      setBusy(false);
    }
  };

  const copyBlock = (block: Block, at: number) => {
    if (ReactEditor.isComposing(editor)) return;
    const index = Math.min(at, editor.children.length);
    Transforms.insertNodes(editor, structuredClone(block), { at: [index], select: false });
  };

  const useTheirHead = (key: HeadKey, theirs: Story) => {
    const from = headFrom(theirs);
    updateHead({ [key]: from[key] } as Partial<HeadFields>);
  };

  /** Puts whole fields in the editor as the user's change, saved at once. */
  const putFields = (fields: StoryFields) => {
    updateHead(headFrom(fields));
    replaceBody(editor, fields.body, { undoable: false });
    void session.flush();
  };

  // Restoring replaces head and body together, so it is undone together, from the notice
  // (the body's undo history starts afresh); the text before is also kept as a revision.
  const restoreRevision = (revision: StoryRevision) => {
    if (ReactEditor.isComposing(editor)) return;
    const before = readCurrent();
    putFields(revision.fields);
    setNotice({
      text: t.editor.revisions.restored(revision.version),
      action: {
        label: t.editor.revisions.undoRestore,
        run: () => {
          if (ReactEditor.isComposing(editor)) return;
          putFields(before);
          setNotice(null);
        },
      },
    });
  };

  const restoreFromTrash = async () => {
    try {
      await client.call('stories.restore', { id: story.id });
      await session.remoteChanged();
    } catch (error) {
      setNotice({ text: errorMessage(error) });
    }
  };

  const inConflict = snapshot.state === 'conflict' && snapshot.theirs !== null;
  const sheet = (
    <div className="story-sheet" data-testid="story-sheet">
      <StoryHeadForm head={head} onChange={updateHead} onBlur={flush} />
      <div className="body-rule" aria-hidden="true" />
      <BodyEditor onBlur={flush} onCompositionEnd={compositionEnded} />
      <label className="photo-credit-field">
        <span className="head-label">{t.editor.fields.photoCredit}</span>
        <input
          type="text"
          value={head.photoCredit}
          placeholder={t.editor.fields.photoCreditPlaceholder}
          data-testid="field-photo-credit"
          onBlur={flush}
          onChange={(event) => updateHead({ photoCredit: event.target.value })}
        />
      </label>
    </div>
  );

  return (
    <div className="app editor-app" data-testid="story-editor" data-story-id={story.id} data-save-state={snapshot.state} data-version={snapshot.version}>
      <Slate editor={editor} initialValue={editor.children} onValueChange={onValueChange}>
        <header className="topbar">
          <div className="brand">
            <span className="brand-mark">{t.appName}</span>
          </div>
          <button type="button" className="back-button" title={t.editor.backHint} data-testid="editor-back" onClick={() => void close()}>
            ← {t.editor.back}
          </button>
          <span className="editor-title" title={head.headline}>
            {head.headline || t.editor.untitled}
          </span>
          <SaveIndicator snapshot={snapshot} onRetry={flush} />
        </header>
        <EditorToolbar revisionsOpen={revisionsOpen} onToggleRevisions={() => setRevisionsOpen((open) => !open)} />
        {notice && (
          <div className="notice notice-info editor-notice" role="status" data-testid="editor-notice">
            <span className="notice-text">{notice.text}</span>
            {notice.action && (
              <button type="button" className="secondary-button" data-testid="notice-action" onClick={notice.action.run}>
                {notice.action.label}
              </button>
            )}
            <button type="button" className="link-button" onClick={() => setNotice(null)}>
              {t.actions.dismiss}
            </button>
          </div>
        )}
        {snapshot.state === 'deleted' && (
          <div className="notice notice-warning editor-notice" role="alert" data-testid="deleted-banner">
            <span className="notice-text">{t.editor.deleted.message}</span>
            <button type="button" className="secondary-button" onClick={() => void restoreFromTrash()}>
              {t.editor.deleted.restore}
            </button>
          </div>
        )}
        {inConflict && (
          <ConflictBanner theirs={snapshot.theirs!} busy={busy} onKeepMine={() => void choose('mine')} onKeepTheirs={() => void choose('theirs')} />
        )}
        <div className={`editor-main${inConflict ? ' is-conflict' : ''}`}>
          {inConflict ? (
            <>
              <div className="sheet-column" data-testid="my-version">
                <div className="version-label mine-label">{t.editor.conflict.mine}</div>
                {sheet}
              </div>
              <div className="sheet-column">
                <TheirVersion
                  theirs={snapshot.theirs!}
                  readMine={readCurrent}
                  signal={signal}
                  headVersion={head}
                  onCopyBlock={copyBlock}
                  onUseHead={useTheirHead}
                />
              </div>
            </>
          ) : (
            <>
              <div className="sheet-column">{sheet}</div>
              {revisionsOpen && (
                <RevisionsPanel
                  storyId={story.id}
                  version={snapshot.version}
                  readCurrent={readCurrent}
                  signal={signal}
                  onRestore={restoreRevision}
                  onClose={() => setRevisionsOpen(false)}
                />
              )}
            </>
          )}
        </div>
        <footer className="statusbar editor-statusbar">
          <span className="statusbar-start">
            <LengthStatus storyId={story.id} signal={signal} />
            <PunctuationStatus signal={signal} />
          </span>
          <span className="statusbar-end">
            <LanguageSelect />
            {appInfo && <span className="statusbar-app">{`${appInfo.name} ${appInfo.version}`}</span>}
          </span>
        </footer>
      </Slate>
    </div>
  );
}
