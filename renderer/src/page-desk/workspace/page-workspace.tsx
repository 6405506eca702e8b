import { Fragment, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { CopyfitOutcome } from '../../../../shared/compose/copyfit';
import { gridGeometry } from '../../../../shared/compose/grid-geometry';
import type { AppInfo } from '../../../../shared/ipc/contract-types';
import type { PageView, PhotoView } from '../../../../shared/ipc/page-contract';
import type { ImageItem } from '../../../../shared/model/display-list';
import type { Frame } from '../../../../shared/model/page';
import { pageLabel } from '../../../../shared/model/page-label';
import type { StoryFields } from '../../../../shared/model/story';
import { useI18n } from '../../i18n/i18n-context';
import { useClient } from '../../ipc/client-context';
import { errorMessage } from '../../ipc/error-message';
import { PageCanvas, type CanvasApi } from '../canvas/page-canvas';
import { PageMarkPopover } from '../canvas/page-mark-popover';
import { ExportDialog } from '../panels/export-dialog';
import { Inspector } from '../panels/inspector';
import { PreflightPanel } from '../panels/preflight-panel';
import { DeskLeftPanel } from './desk-left-panel';
import { DeskNotices } from './desk-notices';
import { DeskRightPanel, type RightTab } from './desk-right-panel';
import { DeskStatusBar } from './desk-status-bar';
import { DeskTopBar, type Guides } from './desk-top-bar';
import { setStoryCopyfit } from './frame-edits';
import { frameLabel } from './frame-label';
import type { GlyphSelection } from './glyph-selection';
import { limitsOf } from './grid-snap';
import { targetPhoto, type CropTarget } from './photo-crop';
import type { StoryEditorSlot } from './story-editor-slot';
import { useDeskExports } from './use-desk-exports';
import { useDeskKeys } from './use-desk-keys';
import { usePhotoList, useStoryCaptions, useStoryList } from './use-desk-data';
import { useFontsReady } from './use-fonts-ready';
import { usePageSession } from './use-page-session';
import { usePlacing } from './use-placing';
import { useProofLayer } from './use-proof-layer';
import { useZoom } from './use-zoom';

/**
 * The page workspace: the page drawn from its display list in the middle, the story library,
 * photos and page elements on the left to drag onto it, what is selected (or the preflight) on
 * the right — or the story editor, when a story frame is double-clicked. Every change is
 * composed at once and saved a moment later with the page's version. This file wires the
 * pieces: the top bar, notices, keys, drag-placing and status bar each live in their own file.
 */

export function PageWorkspace({ page, appInfo, onClose, storyEditor }: { page: PageView; appInfo: AppInfo | null; onClose: () => void; storyEditor: StoryEditorSlot }) {
  const client = useClient();
  const { t: messages } = useI18n();
  const t = messages.pageDesk;
  const editorStoryRef = useRef<string | null>(null);
  const { store, composer, saver } = usePageSession(client, page, editorStoryRef);
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
  const [editorStory, setEditorStory] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [proofShown, setProofShown] = useState(false);
  const [cropping, setCropping] = useState<CropTarget | null>(null);
  editorStoryRef.current = editorStory;
  const croppingRef = useRef<CropTarget | null>(null);
  croppingRef.current = cropping;

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
  const [pageMark, setPageMark] = useState<{ selection: GlyphSelection; at: { x: number; y: number } } | null>(null);
  const onMarkSelection = useCallback((selection: GlyphSelection | null, at: { x: number; y: number }) => setPageMark(selection ? { selection, at } : null), []);
  useEffect(() => {
    if (!proofShown) setPageMark(null);
  }, [proofShown]);
  const proof = useProofLayer(client, proofShown, pageStoryIds, composed, composer, doc.stories);
  const fontsReady = useFontsReady(client, composed, proof);

  const endCrop = useCallback(() => setCropping(null), []);
  useDeskKeys({ client, store, geometry, limits, shell: appInfo?.shell, zoomBy, openExport: exports.openExport, cropping: croppingRef, endCrop, composed: composedRef, t });
  const placing = usePlacing({ store, geometry, limits, canvas: canvasApi, t, onNotice: setNotice });
  const { importFiles } = photoList;
  const onImportPhotos = useCallback((files: File[]) => void importFiles(files), [importFiles]);

  // Cropping ends when its photo goes (deleted, undone) or another frame is selected.
  useEffect(() => {
    if (cropping && (!targetPhoto(doc, cropping) || selection.length !== 1 || selection[0] !== cropping.frameId)) setCropping(null);
  }, [cropping, doc, selection]);
  const startCrop = useCallback(
    (target: CropTarget | null) => {
      if (target) store.select([target.frameId]);
      setCropping(target);
    },
    [store],
  );

  const openFrame = (id: string) => {
    const frame = store.doc.frames.find((f) => f.id === id);
    if (frame?.kind === 'story') openStory(frame.storyId);
  };
  const openStory = (storyId: string) => {
    if (storyId in store.doc.stories) {
      setNotice(t.notices.inlineStory);
      return;
    }
    setEditorStory(storyId);
  };
  // Stable for the memoised story panel.
  const latestOpenStory = useRef(openStory);
  latestOpenStory.current = openStory;
  const onOpenStory = useCallback((id: string) => latestOpenStory.current(id), []);
  const onDraft = useCallback(
    (fields: StoryFields) => {
      if (editorStoryRef.current) composer.setDraft(editorStoryRef.current, fields);
    },
    [composer],
  );

  const convertPhoto = async (sha256: string): Promise<PhotoView | null> => {
    try {
      const converted = await client.call('pages.convertPhoto', { sha256, ...(doc.press ? { press: doc.press } : {}) });
      photoList.add([converted]);
      return converted;
    } catch (error) {
      setNotice(errorMessage(error));
      return null;
    }
  };

  // "Fit to frames": the main process finds the copyfit, the page takes it as one undoable change.
  const fitStory = async (frameId: string, tracking: number): Promise<CopyfitOutcome | null> => {
    try {
      const drafts = composer.draftStories();
      const outcome = await client.call('pages.fitStory', { document: doc, frameId, tracking, ...(Object.keys(drafts).length ? { drafts } : {}) });
      store.change(t.history.copyfit, (d) => setStoryCopyfit(d, outcome.frameId, outcome.copyfit));
      return outcome;
    } catch (error) {
      setNotice(errorMessage(error));
      return null;
    }
  };

  const storiesById = useMemo(() => new Map((storyList.stories ?? []).map((s) => [s.id, s])), [storyList.stories]);
  const placedCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const id of pageStoryIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [pageStoryIds]);
  const storyHeadline = useCallback((id: string) => storiesById.get(id)?.headline, [storiesById]);
  const photoNames = composed?.photos;
  const labelOf = useCallback((frame: Frame) => frameLabel(t, frame, storiesById, photoNames), [t, storiesById, photoNames]);
  const images = useMemo(() => (composed ? [...composed.items.values()].filter((i): i is ImageItem => i.kind === 'image') : []), [composed]);
  const preflight = composed?.preflight ?? null;
  // Frames whose photo is above the press's ink limit: the inspector offers "convert for this press".
  const overInk = useMemo(() => new Set((preflight ?? []).filter((i) => i.code === 'ink-limit' && i.frameId).map((i) => i.frameId!)), [preflight]);
  const errors = preflight?.filter((i) => i.severity === 'error').length ?? 0;
  const warnings = (preflight?.length ?? 0) - errors;

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
      />
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
            onPointerCell={setPointerCell}
            onKeyDown={() => undefined}
          />
          {cropping && (
            <div className="crop-hint" data-testid="crop-hint" role="status">
              <span>{t.canvas.cropHint}</span>
              <button type="button" className="secondary-button" data-testid="crop-done" onClick={endCrop}>
                {t.canvas.cropDone}
              </button>
            </div>
          )}
          {pageMark && proof && <PageMarkPopover key={`${pageMark.selection.storyId}:${pageMark.selection.block}:${pageMark.selection.start}:${pageMark.selection.end}`} client={client} selection={pageMark.selection} at={pageMark.at} onDone={() => setPageMark(null)} />}
        </main>

        <DeskRightPanel
          tab={rightTab}
          onTab={setRightTab}
          editor={editorStory ? <Fragment key={editorStory}>{storyEditor({ id: editorStory, onClose: () => setEditorStory(null), onDraft })}</Fragment> : null}
          onCloseEditor={() => setEditorStory(null)}
          counts={preflight ? { errors, warnings } : null}
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
          preflight={<PreflightPanel issues={preflight} busy={composition.busy} headline={storyHeadline} onSelect={(id) => select([id])} />}
        />
      </div>

      <DeskStatusBar
        appInfo={appInfo}
        zoom={zoom}
        pointerCell={pointerCell}
        frames={doc.frames.length}
        selected={selection.length}
        preflight={preflight ? { errors, warnings } : null}
        onPreflight={() => setRightTab('preflight')}
        composing={composition.busy}
        composedMs={composed ? composed.ms : null}
      />

      {placing.ghost && (
        <div className="drag-ghost" style={{ left: placing.ghost.x + 12, top: placing.ghost.y + 12 }} aria-hidden="true">
          {placing.ghost.label}
        </div>
      )}
      {exports.exportState && (
        <ExportDialog
          headline={storyHeadline}
          state={exports.exportState}
          issues={preflight}
          checking={composition.busy}
          onExport={() => void exports.runExport()}
          onClose={exports.closeExport}
          onSelect={(id) => {
            exports.closeExport();
            select([id]);
          }}
        />
      )}
    </div>
  );
}
