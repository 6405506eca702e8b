import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Transforms, type Descendant } from 'slate';
import { ReactEditor, Slate } from 'slate-react';
import type { AppInfo, Story, StoryRevision } from '../../../shared/ipc/contract-types';
import type { Block, StoryFields } from '../../../shared/model/story';
import { StatusBarEnd, TopBar } from '../ui/top-bar';
import { useI18n } from '../i18n/i18n-context';
import { useClient } from '../ipc/client-context';
import { errorMessage } from '../ipc/error-message';
import { EditorToolbar } from './body/editor-toolbar';
import { loadBody, replaceBody } from './body/replace-body';
import { createChangeSignal } from './change-signal';
import type { HeadKey } from './conflict/conflict-alignment';
import { TheirVersion } from './conflict/conflict-view';
import { createStoryEditor } from './create-story-editor';
import { bodyOf } from './schema/block-shapes';
import { fieldsFrom, headFrom, type HeadFields } from './fields/head-fields';
import { LengthStatus } from './metrics/length-status';
import { PunctuationStatus } from './metrics/punctuation-status';
import { RevisionsPanel } from './revisions/revisions-panel';
import { SaveIndicator } from './saving/save-indicator';
import { StorySession } from './saving/story-session';
import { useSaveAndLeave } from './saving/use-save-and-leave';
import type { StoryStatus } from '../../../shared/model/story';
import { readUserName } from '../ui/user-name';
import { UserNameField } from '../ui/user-name-field';
import { AnnotationController, type AnchorSnapshot, type ControllerMessage } from './annotations/annotation-controller';
import { AnnotationPanel } from './annotations/annotation-panel';
import { MarkComposer } from './annotations/mark-composer';
import { markLook } from './annotations/mark-look';
import { ProofTools, ProofingBanner } from './annotations/workflow-bar';
import { StoryNotices, type Notice } from './story-notices';
import { StorySheet } from './story-sheet';
import { usePageDraft } from './use-page-draft';
import { useStoryMarks } from './use-story-marks';
import { useCheckOut } from '../newsroom/use-check-out';

interface Props {
  story: Story;
  appInfo: AppInfo | null;
  onClose: () => void;
  /** The fields as they are being typed (the page workspace reflows the page with them). */
  onDraft?: (fields: StoryFields) => void;
}

/**
 * One story being edited: the head fields and bylines above the Slate body, the toolbar,
 * the save state, revisions, and — when another window saved first — both versions side
 * by side. The StorySession owns saving; this component owns what is on screen.
 */
export function StoryEditor({ story, appInfo, onClose, onDraft }: Props) {
  const client = useClient();
  const { t } = useI18n();
  // Made once for the story on screen (useState's initialiser, not a memo React may drop).
  const [signal] = useState(createChangeSignal);
  const [editor] = useState(() => {
    const created = createStoryEditor();
    loadBody(created, story.body);
    return created;
  });
  const [head, setHead] = useState<HeadFields>(() => headFrom(story));
  const headRef = useRef(head);
  /** The children put in by apply(): their onChange is not the user's edit. */
  const appliedChildren = useRef<Descendant[] | null>(null);
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [proofOpen, setProofOpen] = useState(story.status === 'proofing');
  const [composerOpen, setComposerOpen] = useState(false);
  // The proof round, from the status history (read by the controller when it signs a mark).
  const roundRef = useRef(1);
  const tRef = useRef(t);
  tRef.current = t;
  const sessionRef = useRef<StorySession | null>(null);
  // The marks' anchors read together with the fields of each save, sent once that save landed.
  const anchorsOfSave = useRef(new WeakMap<StoryFields, AnchorSnapshot>());

  const readCurrent = useCallback(() => fieldsFrom(headRef.current, bodyOf(editor)), [editor]);

  usePageDraft(onDraft, signal, head, readCurrent);

  const [controller] = useState(
    () =>
      new AnnotationController(editor, client, {
        storyId: story.id,
        user: () => readUserName(),
        round: () => roundRef.current,
        version: () => sessionRef.current?.getSnapshot().version ?? story.version,
        isComposing: () => ReactEditor.isComposing(editor),
        flushStory: async () => {
          const current = sessionRef.current;
          if (!current) return false;
          // Slate reports the change (and the session hears of it) in a microtask after the transforms.
          await new Promise((resolve) => setTimeout(resolve, 0));
          await current.flush();
          return current.getSnapshot().state === 'saved' && !current.dirty;
        },
        notify: (message) => setNotice({ text: controllerMessage(tRef.current, message) }),
        look: {
          color: (mark) => markLook(tRef.current.proof).color(mark),
          title: (mark) => markLook(tRef.current.proof).title(mark),
          widget: (mark) => markLook(tRef.current.proof).widget(mark),
        },
      }),
  );

  const [session] = useState(
    () =>
      new StorySession(client, story, {
        read: () => {
          const fields = readCurrent();
          anchorsOfSave.current.set(fields, controller.anchorSnapshot());
          return fields;
        },
        saved: (saved, fields) => {
          const anchors = anchorsOfSave.current.get(fields);
          if (anchors) void controller.saveAnchors(anchors, saved.version);
        },
        apply: (stored) => {
          const next = headFrom(stored);
          headRef.current = next;
          setHead(next);
          // Another window's save is not typing: it goes in even in proofing; the marks are found again in it.
          editor.withDirectEdits(() => replaceBody(editor, stored.body, { undoable: false }));
          controller.relocateAll();
          appliedChildren.current = editor.children;
          signal.bump();
        },
        isComposing: () => ReactEditor.isComposing(editor),
      }),
  );
  sessionRef.current = session;
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  // 签出 elsewhere: read-only here, but marks and suggestions still go in (docs/newsroom.md).
  const checkOut = useCheckOut(client, 'story', story.id);
  const heldBy = checkOut?.state === 'held' ? checkOut : null;
  // In proofing, or checked out by someone else, what is typed becomes suggestions (plugins/with-suggest-mode.ts).
  const readOnly = head.status === 'proofing' || heldBy !== null;
  editor.suggesting = readOnly;

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

  const notify = useCallback((text: string) => setNotice({ text }), []);
  const { flush, close } = useSaveAndLeave({
    client,
    session,
    controller,
    storyId: story.id,
    keptAsVersion: snapshot.keptAsVersion,
    notify,
    onClose,
  });
  const compositionStarted = useCallback(() => controller.compositionStarted(), [controller]);
  const compositionEnded = useCallback(() => {
    controller.compositionEnded();
    session.compositionEnded();
  }, [controller, session]);

  const openProof = useCallback(() => setProofOpen(true), []);
  const { history, setHistory } = useStoryMarks(client, controller, story.id, head.status, openProof);
  const round = Math.max(1, ...history.map((change) => change.round ?? 0));
  roundRef.current = round;

  /** A status change through the workflow: saved with the version and recorded with who and when. */
  const changeStatus = async (status: StoryStatus) => {
    const author = readUserName();
    if (!author) {
      setNotice({ text: t.proof.messages.needName });
      return;
    }
    if (ReactEditor.isComposing(editor) || status === headRef.current.status) return;
    await controller.flushPatches();
    try {
      const saved = await session.saveWith(async (base) => {
        const result = await client.call('stories.setStatus', { id: story.id, version: base.version, status, author });
        setHistory((changes) => [...changes, result.change]);
        return result.story;
      });
      if (saved) {
        headRef.current = { ...headRef.current, status: saved.status };
        setHead(headRef.current);
        if (saved.status === 'proofing') setProofOpen(true);
      }
    } catch (error) {
      setNotice({ text: errorMessage(error) });
    }
  };

  useEffect(() => {
    document.title = `${head.headline || t.editor.untitled} · ${t.appName}`;
  }, [head.headline, t]);

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
    // Settling a conflict is not typing: allowed in proofing too.
    editor.withDirectEdits(() => Transforms.insertNodes(editor, structuredClone(block), { at: [index], select: false }));
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
    if (editor.suggesting) {
      setNotice({ text: t.proof.messages.refused });
      return;
    }
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
    <StorySheet
      head={head}
      onHead={updateHead}
      onStatus={(status) => void changeStatus(status)}
      onBlur={flush}
      onCompositionStart={compositionStarted}
      onCompositionEnd={compositionEnded}
      readOnly={readOnly}
    />
  );

  return (
    <div
      className="app editor-app"
      data-testid="story-editor"
      data-story-id={story.id}
      data-save-state={snapshot.state}
      data-version={snapshot.version}
      data-status={head.status}
      data-suggesting={readOnly ? 'true' : 'false'}
      data-checked-out={checkOut?.state ?? 'unknown'}
    >
      <Slate editor={editor} initialValue={editor.children} onValueChange={onValueChange}>
        <TopBar>
          <button type="button" className="back-button" title={t.editor.backHint} data-testid="editor-back" onClick={() => void close()}>
            ← {t.editor.back}
          </button>
          <span className="editor-title" title={head.headline}>
            {head.headline || t.editor.untitled}
          </span>
          <SaveIndicator snapshot={snapshot} onRetry={flush} />
        </TopBar>
        <EditorToolbar
          revisionsOpen={revisionsOpen}
          onToggleRevisions={() => setRevisionsOpen((open) => !open)}
          proofTools={<ProofTools status={head.status} composerOpen={composerOpen} onMark={() => setComposerOpen((open) => !open)} onStatus={(status) => void changeStatus(status)} />}
          panelTools={
            <button
              type="button"
              className={`tool-button text${proofOpen ? ' is-on' : ''}`}
              aria-pressed={proofOpen}
              title={t.proof.toolbar.marksHint}
              data-testid="tool-proof"
              onClick={() => setProofOpen((open) => !open)}
            >
              {t.proof.toolbar.marks}
            </button>
          }
        />
        {composerOpen && <MarkComposer controller={controller} onDone={() => setComposerOpen(false)} />}
        {head.status === 'proofing' && <ProofingBanner round={round} onStatus={(status) => void changeStatus(status)} />}
        <StoryNotices
          notice={notice}
          onDismiss={() => setNotice(null)}
          deleted={snapshot.state === 'deleted'}
          onRestore={() => void restoreFromTrash()}
          theirs={inConflict ? snapshot.theirs : null}
          busy={busy}
          onChoose={(choice) => void choose(choice)}
          heldBy={heldBy}
        />
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
              {proofOpen && <AnnotationPanel controller={controller} history={history} onClose={() => setProofOpen(false)} />}
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
          <StatusBarEnd appInfo={appInfo}>
            <UserNameField highlight={proofOpen || head.status === 'proofing'} />
          </StatusBarEnd>
        </footer>
      </Slate>
    </div>
  );
}

function controllerMessage(t: ReturnType<typeof useI18n>['t'], message: ControllerMessage): string {
  const m = t.proof.messages;
  switch (message.kind) {
    case 'need-name':
      return m.needName;
    case 'refused':
      return m.refused;
    case 'composing':
      return m.composing;
    case 'cannot-accept':
      return message.reason === 'orphaned' ? m.orphaned : message.reason === 'no-next-block' ? m.noNextBlock : m.noTarget;
    case 'not-saved':
      return m.notSaved;
    case 'one-block':
      return m.oneBlock;
    case 'failed':
      return m.failed(message.message);
  }
}
