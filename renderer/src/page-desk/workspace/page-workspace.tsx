import { Fragment, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { gridGeometry } from '../../../../shared/compose/grid-geometry';
import type { AppInfo } from '../../../../shared/ipc/contract-types';
import type { PageView } from '../../../../shared/ipc/page-contract';
import type { PreflightIssue } from '../../../../shared/compose/compose-types';
import type { PageDocument } from '../../../../shared/model/page';
import { pageLabel } from '../../../../shared/model/page-label';
import { useI18n } from '../../i18n/i18n-context';
import { useClient } from '../../ipc/client-context';
import { PageCanvas, type CanvasApi } from '../canvas/page-canvas';
import { PageMarkPopover } from '../canvas/page-mark-popover';
import { ExportDialog } from '../panels/export-dialog';
import { Inspector } from '../panels/inspector';
import { PreflightPanel } from '../panels/preflight-panel';
import { CropHint } from './crop-hint';
import { DeskLeftPanel } from './desk-left-panel';
import { DeskNotices } from './desk-notices';
import { DeskRightPanel, type RightTab } from './desk-right-panel';
import { DeskStatusBar } from './desk-status-bar';
import { DeskTopBar, type Guides } from './desk-top-bar';
import { DragGhost } from './drag-ghost';
import { limitsOf } from './grid-snap';
import type { StoryEditorSlot } from './story-editor-slot';
import { issueText } from './issue-text';
import { useDeskExports } from './use-desk-exports';
import { useDeskKeys } from './use-desk-keys';
import { usePhotoList, useStoryCaptions, useStoryList } from './use-desk-data';
import { useFontsReady } from './use-fonts-ready';
import { usePageFacts } from './use-page-facts';
import { usePageMark } from './use-page-mark';
import { usePageSession } from './use-page-session';
import { usePhotoConversion } from './use-photo-conversion';
import { useStoryFit } from './use-story-fit';
import { usePhotoCropping } from './use-photo-cropping';
import { usePlacing } from './use-placing';
import { useProofLayer } from './use-proof-layer';
import { CheckOutBanner, OfflineCheckOutButton } from '../../newsroom/check-out-banner';
import { UncheckedBanner } from '../../newsroom/unchecked-edit';
import { readOnlyByCheckOut, useCheckOut } from '../../newsroom/use-check-out';
import { useStoryOpening } from './use-story-opening';
import { useZoom } from './use-zoom';

/**
 * The page workspace: the page drawn from its display list in the middle, the story library,
 * photos and page elements on the left to drag onto it, what is selected (or the preflight) on
 * the right — or the story editor, when a story frame is double-clicked. Every change is
 * composed at once and saved a moment later with the page's version. This file wires the
 * pieces: the top bar, notices, keys, drag-placing, cropping, story opening and status bar each
 * live in their own file.
 */

export function PageWorkspace({ page, appInfo, onClose, storyEditor }: { page: PageView; appInfo: AppInfo | null; onClose: () => void; storyEditor: StoryEditorSlot }) {
  const client = useClient();
  const { t: messages } = useI18n();
  const t = messages.pageDesk;
  const editorStoryRef = useRef<string | null>(null);
  const { store, composer, saver } = usePageSession(client, page, editorStoryRef);
  // 签出: the page is this desk's while open; held by someone else it is read-only here (proof marks still go in).
  const checkOut = useCheckOut(client, 'page', page.id);
  const { keeper } = checkOut;
  const pageReadOnly = readOnlyByCheckOut(checkOut.view);
  useEffect(() => store.setReadOnly(pageReadOnly), [store, pageReadOnly]);
  useEffect(() => store.onDocument((_doc, info) => !info.gesture && keeper?.typed()), [store, keeper]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const composition = useSyncExternalStore(composer.subscribe, composer.getSnapshot);
  const save = useSyncExternalStore(saver.subscribe, saver.getSnapshot);
  const { doc, selection } = snapshot;
  const composed = composition.composed;
  const composedRef = useRef(composed);
  composedRef.current = composed;
  const geometry = useMemo(() => gridGeometry(doc.template), [doc.template]);
  const limits = useMemo(() => limitsOf(geometry, doc.template.grid.columns), [geometry, doc.template.grid.columns]);
  const canvasApi = useRef<CanvasApi | null>(null);

  const storyList = useStoryList(client);
  const photoList = usePhotoList(client);
  // As a string, so a drag (new frames, same stories) does not make the panels think the stories changed.
  const storyKey = doc.frames.flatMap((f) => (f.kind === 'story' ? [f.storyId] : [])).join(',');
  const pageStoryIds = useMemo(() => (storyKey ? storyKey.split(',') : []), [storyKey]);
  const photoText = useStoryCaptions(client, pageStoryIds);

  const [rightTab, setRightTab] = useState<RightTab>('inspector');
  const { zoomMode, zoom, setZoom, zoomBy } = useZoom();
  const [guides, setGuides] = useState<Guides>({ columns: true, baselines: true });
  const [pointerCell, setPointerCell] = useState<{ column: number; line: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [proofShown, setProofShown] = useState(false);
  const { cropping, croppingRef, startCrop, endCrop } = usePhotoCropping(store, doc, selection);
  const { editorStory, openStory, openFrame, onOpenStory, onDraft, closeStory } = useStoryOpening({ store, composer, editorStoryRef, t, onNotice: setNotice });

  useEffect(() => {
    document.title = `${pageLabel(doc.page.edition, doc.page.number)} ${doc.page.name} · ${messages.appName}`;
  }, [doc.page, messages.appName]);

  const leave = useCallback(async () => {
    await saver.flush();
    if (saver.getSnapshot().state === 'conflict') {
      setNotice(t.save.resolveFirst);
      return;
    }
    onClose();
  }, [saver, onClose, t]);

  const select = useCallback(
    (ids: string[]) => {
      store.select(ids);
      if (ids[0]) canvasApi.current?.scrollToFrame(ids[0]);
    },
    [store],
  );

  const exports = useDeskExports(client, store, composer);
  const { pageMark, onMarkSelection, endMark } = usePageMark(proofShown);
  const proof = useProofLayer(client, proofShown, pageStoryIds, composed, composer, doc.stories);
  const fontsReady = useFontsReady(client, composed, proof);

  useDeskKeys({ client, store, geometry, limits, shell: appInfo?.shell, zoomBy, openExport: exports.openExport, cropping: croppingRef, endCrop, composed: composedRef, t });
  const fitFrame = useCallback(
    (document: PageDocument, frameId: string) => client.call('pages.fitStoryFrame', { document, frameId, drafts: composer.currentDrafts() }).catch(() => null),
    [client, composer],
  );
  const placing = usePlacing({ store, geometry, limits, canvas: canvasApi, t, onNotice: setNotice, fitStory: fitFrame });
  const { importFiles } = photoList;
  const onImportPhotos = useCallback((files: File[]) => void importFiles(files), [importFiles]);

  const convertPhoto = usePhotoConversion(client, doc.press, photoList.add, setNotice);
  const fitStory = useStoryFit(client, store, composer, t.history.copyfit, setNotice);
  const { storiesById, placedCount, storyHeadline, labelOf, images, preflight, overInk, counts } = usePageFacts(t, composed, storyList.stories, pageStoryIds);
  const issueTitle = useCallback((issue: PreflightIssue) => issueText(t.preflight, issue, storyHeadline), [t, storyHeadline]);

  return (
    <div
      className="app page-desk"
      data-testid="page-workspace"
      data-page-id={page.id}
      data-save-state={save.state}
      data-version={save.version}
      data-fonts-ready={fontsReady}
      data-composed-revision={composed?.revision ?? -1}
      data-compose-source={composed?.source ?? ''}
      data-revision={snapshot.revision}
      data-checked-out={checkOut.view.state}
      data-read-only={pageReadOnly ? 'true' : 'false'}
    >
      <DeskTopBar
        page={doc.page}
        save={save}
        undoLabel={snapshot.undoLabel}
        redoLabel={snapshot.redoLabel}
        onUndo={() => store.undo()}
        onRedo={() => store.redo()}
        zoomMode={zoomMode}
        onZoom={zoomBy}
        guides={guides}
        onGuides={setGuides}
        proofShown={proofShown}
        onProofShown={setProofShown}
        proofMarks={proof ? { placed: proof.notes.length, unplaced: proof.unplaced.length } : null}
        proofExporting={exports.proofExport?.state === 'writing'}
        onExportProof={() => void exports.runProofExport()}
        onExport={exports.openExport}
        onBack={() => void leave()}
        checkOutTools={<OfflineCheckOutButton keeper={keeper} view={checkOut.view} />}
      />
      <CheckOutBanner keeper={keeper} view={checkOut.view} />
      <UncheckedBanner kind="page" id={page.id} canReview={checkOut.view.state === 'mine'} />
      <DeskNotices
        save={save}
        onKeepMine={() => void saver.keepMine()}
        onTakeTheirs={() => {
          const theirs = saver.takeTheirs();
          if (theirs) store.replaceDocument(theirs.document);
        }}
        onRetrySave={() => void saver.flush()}
        notice={notice}
        onDismissNotice={() => setNotice(null)}
        proofExport={exports.proofExport}
        onDismissProofExport={exports.dismissProofExport}
        composeError={composition.error}
      />

      <div className="desk-body">
        <DeskLeftPanel
          stories={storyList}
          placed={placedCount}
          photos={photoList}
          onImportPhotos={onImportPhotos}
          onStoryDrag={placing.onStoryDrag}
          onPhotoDrag={placing.onPhotoDrag}
          onElementDrag={placing.onElementDrag}
          onOpenStory={onOpenStory}
        />

        <main className="desk-center">
          <PageCanvas
            store={store}
            snapshot={snapshot}
            composed={composed}
            fontsReady={fontsReady}
            zoom={zoomMode}
            onZoom={setZoom}
            guides={guides}
            preview={placing.preview}
            proof={proof}
            markSelection={pageMark?.selection ?? null}
            onMarkSelection={onMarkSelection}
            api={canvasApi}
            onOpenFrame={openFrame}
            crop={cropping}
            onCrop={startCrop}
            frameLabel={labelOf}
            issueTitle={issueTitle}
            onPointerCell={setPointerCell}
            onKeyDown={() => undefined}
          />
          {cropping && <CropHint t={t} onDone={endCrop} />}
          {pageMark && proof && <PageMarkPopover key={`${pageMark.selection.storyId}:${pageMark.selection.block}:${pageMark.selection.start}:${pageMark.selection.end}`} client={client} selection={pageMark.selection} at={pageMark.at} onDone={endMark} />}
        </main>

        <DeskRightPanel
          tab={rightTab}
          onTab={setRightTab}
          editor={editorStory ? <Fragment key={editorStory}>{storyEditor({ id: editorStory, onClose: closeStory, onDraft })}</Fragment> : null}
          onCloseEditor={closeStory}
          counts={counts}
          inspector={
            <Inspector
              store={store}
              doc={doc}
              selection={selection}
              limits={limits}
              reports={composed?.frames ?? null}
              photos={composed?.photos ?? {}}
              images={images}
              stories={storiesById}
              captions={photoText.captions}
              credits={photoText.credits}
              onOpenStory={openStory}
              overInk={overInk}
              onConvertPhoto={convertPhoto}
              onFitStory={fitStory}
              onCrop={startCrop}
            />
          }
          preflight={<PreflightPanel issues={preflight} busy={composition.busy} headline={storyHeadline} onSelect={select} />}
        />
      </div>

      <DeskStatusBar
        appInfo={appInfo}
        zoom={zoom}
        pointerCell={pointerCell}
        frames={doc.frames.length}
        selected={selection.length}
        preflight={counts}
        onPreflight={() => setRightTab('preflight')}
        composing={composition.busy}
        composedMs={composed ? composed.ms : null}
      />

      <DragGhost ghost={placing.ghost} />
      {exports.exportState && (
        <ExportDialog
          headline={storyHeadline}
          state={exports.exportState}
          issues={preflight}
          checking={composition.busy}
          onExport={() => void exports.runExport()}
          onClose={exports.closeExport}
          onSelect={(ids) => {
            exports.closeExport();
            select(ids);
          }}
        />
      )}
    </div>
  );
}
