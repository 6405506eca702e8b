import './editor.css';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Descendant } from 'slate';
import { Slate } from 'slate-react';
import type { AppInfo, Story } from '../../../shared/ipc/contract-types';
import type { StoryFields } from '../../../shared/model/story';
import { TopBar } from '../ui/top-bar';
import { useI18n } from '../i18n/i18n-context';
import { useClient } from '../ipc/client-context';
import { errorMessage } from '../ipc/error-message';
import { AnnotationPanel } from './annotations/annotation-panel';
import { MarkComposer } from './annotations/mark-composer';
import { useStoryController } from './annotations/use-story-controller';
import { MarksToggle, ProofTools, ProofingBanner } from './annotations/workflow-bar';
import { EditorToolbar } from './body/editor-toolbar';
import { loadBody } from './body/replace-body';
import { createChangeSignal } from './change-signal';
import { TheirVersion } from './conflict/conflict-view';
import { useConflictChoices } from './conflict/use-conflict-choices';
import { createStoryEditor } from './create-story-editor';
import { fieldsFrom, headFrom, type HeadFields } from './fields/head-fields';
import { RevisionsPanel } from './revisions/revisions-panel';
import { useRevisionRestore } from './revisions/use-revision-restore';
import { SaveIndicator } from './saving/save-indicator';
import type { StorySession } from './saving/story-session';
import { useSaveAndLeave } from './saving/use-save-and-leave';
import { useStorySession } from './saving/use-story-session';
import { bodyOf } from './schema/block-shapes';
import { StoryNotices, type Notice } from './story-notices';
import { StorySheet } from './story-sheet';
import { StoryStatusBar } from './story-status-bar';
import { usePageDraft } from './use-page-draft';
import { useStatusChange } from './use-status-change';
import { useStoryMarks } from './use-story-marks';
import { OfflineCheckOutButton } from '../newsroom/check-out-banner';
import { readOnlyByCheckOut, useCheckOut } from '../newsroom/use-check-out';

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
  const putHead = useCallback((next: HeadFields) => {
    headRef.current = next;
    setHead(next);
  }, []);
  /** The children put in by apply(): their onChange is not the user's edit. */
  const appliedChildren = useRef<Descendant[] | null>(null);
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [proofOpen, setProofOpen] = useState(story.status === 'proofing');
  const [composerOpen, setComposerOpen] = useState(false);
  // The proof round, from the status history (read by the controller when it signs a mark).
  const roundRef = useRef(1);
  const sessionRef = useRef<StorySession | null>(null);

  const readCurrent = useCallback(() => fieldsFrom(headRef.current, bodyOf(editor)), [editor]);

  usePageDraft(onDraft, signal, head, readCurrent);

  const notify = useCallback((text: string) => setNotice({ text }), []);
  const controller = useStoryController(editor, client, story, { round: roundRef, session: sessionRef }, notify);

  const applyHead = useCallback((stored: Story) => putHead(headFrom(stored)), [putHead]);
  const session = useStorySession({ client, story, editor, controller, readCurrent, applyHead, appliedChildren, signal });
  sessionRef.current = session;
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  // 签出 elsewhere (or this desk's lost): read-only here, but marks and suggestions still go in (docs/newsroom.md).
  const checkOut = useCheckOut(client, 'story', story.id);
  const { keeper } = checkOut;
  // In proofing, or checked out by someone else, what is typed becomes suggestions (plugins/with-suggest-mode.ts).
  const readOnly = head.status === 'proofing' || readOnlyByCheckOut(checkOut.view);
  editor.suggesting = readOnly;

  const updateHead = useCallback(
    (patch: Partial<HeadFields>) => {
      putHead({ ...headRef.current, ...patch });
      session.changed();
      keeper?.typed();
    },
    [session, putHead, keeper],
  );

  const onValueChange = useCallback(
    (value: Descendant[]) => {
      signal.bump();
      if (value === appliedChildren.current) return;
      appliedChildren.current = null;
      session.changed();
      keeper?.typed();
    },
    [session, signal, keeper],
  );

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

  const changeStatus = useStatusChange({
    client,
    editor,
    controller,
    session,
    storyId: story.id,
    currentStatus: () => headRef.current.status,
    onSaved: (status) => {
      putHead({ ...headRef.current, status });
      if (status === 'proofing') setProofOpen(true);
    },
    setHistory,
    notify,
  });

  useEffect(() => {
    document.title = `${head.headline || t.editor.untitled} · ${t.appName}`;
  }, [head.headline, t]);

  const { busy, choose, copyBlock, takeTheirHead } = useConflictChoices(editor, session, updateHead);
  const restoreRevision = useRevisionRestore({ editor, session, readCurrent, updateHead, setNotice });

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
      data-checked-out={checkOut.view.state}
    >
      <Slate editor={editor} initialValue={editor.children} onValueChange={onValueChange}>
        <TopBar>
          <button type="button" className="bar-button back-button" title={t.editor.backHint} data-testid="editor-back" onClick={() => void close()}>
            ← {t.editor.back}
          </button>
          <span className="editor-title" title={head.headline}>
            {head.headline || t.editor.untitled}
          </span>
          <OfflineCheckOutButton keeper={keeper} view={checkOut.view} />
          <SaveIndicator snapshot={snapshot} onRetry={flush} />
        </TopBar>
        <EditorToolbar
          revisionsOpen={revisionsOpen}
          onToggleRevisions={() => setRevisionsOpen((open) => !open)}
          proofTools={<ProofTools status={head.status} composerOpen={composerOpen} onMark={() => setComposerOpen((open) => !open)} onStatus={(status) => void changeStatus(status)} />}
          panelTools={<MarksToggle open={proofOpen} onToggle={() => setProofOpen((open) => !open)} />}
        />
        {composerOpen && <MarkComposer controller={controller} onDone={() => setComposerOpen(false)} />}
        {head.status === 'proofing' && <ProofingBanner round={round} onStatus={(status) => void changeStatus(status)} />}
        <StoryNotices
          storyId={story.id}
          notice={notice}
          onDismiss={() => setNotice(null)}
          deleted={snapshot.state === 'deleted'}
          onRestore={() => void restoreFromTrash()}
          theirs={inConflict ? snapshot.theirs : null}
          busy={busy}
          onChoose={(choice) => void choose(choice)}
          checkOut={checkOut}
          newer={snapshot.newer}
          onLoadNewer={() => void session.loadNewer()}
          onCompareNewer={() => session.compareNewer()}
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
                  onUseHead={takeTheirHead}
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
        <StoryStatusBar storyId={story.id} signal={signal} appInfo={appInfo} nameWanted={proofOpen || head.status === 'proofing'} />
      </Slate>
    </div>
  );
}
