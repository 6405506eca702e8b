import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type PointerEvent as ReactPointerEvent } from 'react';
import { gridGeometry } from '../../../../shared/compose/grid-geometry';
import { coverBox, cropShowing } from '../../../../shared/compose/photo-geometry';
import type { AppInfo, ProofExportResult, StorySummary } from '../../../../shared/ipc/contract-types';
import type { PageView, PhotoView } from '../../../../shared/ipc/page-contract';
import type { ImageItem } from '../../../../shared/model/display-list';
import type { Frame, GridArea } from '../../../../shared/model/page';
import type { StoryFields } from '../../../../shared/model/story';
import { LanguageSelect } from '../../app/language-select';
import { StoryEditorScreen } from '../../editor/story-editor-screen';
import { useClient } from '../../ipc/client-context';
import { errorMessage } from '../../ipc/error-message';
import { screenFontLoader } from '../canvas/screen-fonts';
import { PageCanvas, type CanvasApi } from '../canvas/page-canvas';
import { PageMarkPopover } from '../canvas/page-mark-popover';
import type { GlyphSelection } from './glyph-selection';
import { ElementsPanel, type ElementKind } from '../panels/elements-panel';
import { ExportDialog, type ExportState } from '../panels/export-dialog';
import { Inspector } from '../panels/inspector';
import { PhotoPanel } from '../panels/photo-panel';
import { PreflightPanel } from '../panels/preflight-panel';
import { StoryPanel } from '../panels/story-panel';
import { usePagesText } from '../pages-text';
import { placeBanner, placePhoto, placeRule, placeStory, placeText, removeFrames, replacePhoto, setAreas } from './frame-edits';
import { cellAt as gridCellAt, limitsOf, nudgedArea, type GridLimits } from './grid-snap';
import { PageComposer } from './page-composer';
import { PageSaveSession } from './page-save';
import { targetImage, targetPhoto, withCrop, type CropTarget } from './photo-crop';
import { areaAt, photoArea, storyArea } from './placement';
import { useStoryCaptions, usePhotoList, useStoryList } from './use-desk-data';
import { useProofLayer } from './use-proof-layer';
import { WorkspaceStore } from './workspace-store';
import { zoomIn, zoomLabel, zoomOut, type ZoomMode } from './zoom';

/**
 * The page workspace: the page drawn from its display list in the middle, the story library,
 * photos and page elements on the left to drag onto it, what is selected (or the preflight) on
 * the right — or the story editor, when a story frame is double-clicked. Every change is
 * composed at once in the main process and saved a moment later with the page's version.
 */

type SideTab = 'stories' | 'photos' | 'elements';
type RightTab = 'inspector' | 'preflight';

type PlacingDrag = { kind: 'story'; story: StorySummary } | { kind: 'photo'; photo: PhotoView } | { kind: 'element'; element: ElementKind };

/** A press on a panel card becomes a drag after this many pixels. */
const DRAG_START = 4;

function elementArea(kind: ElementKind, limits: GridLimits, cell: { column: number; line: number }): GridArea {
  switch (kind) {
    case 'banner-reverse':
    case 'banner-tint':
      return areaAt(limits, cell, Math.min(3, limits.columns), 3);
    case 'rule-horizontal':
      return areaAt(limits, cell, Math.min(4, limits.columns), 1);
    case 'rule-vertical':
      return areaAt(limits, cell, 1, 30);
    case 'text':
      return areaAt(limits, cell, 2, 6);
  }
}

/** Diagnostics: `localStorage['banmian.composeInWindow'] = 'off'` has the main process compose every change. */
function composeInWindowSetting(): boolean {
  try {
    return window.localStorage.getItem('banmian.composeInWindow') !== 'off';
  } catch {
    return true;
  }
}

export function PageWorkspace({ page, appInfo, onClose }: { page: PageView; appInfo: AppInfo | null; onClose: () => void }) {
  const client = useClient();
  const t = usePagesText();
  const store = useMemo(() => new WorkspaceStore(page.document), []);
  const composer = useMemo(() => new PageComposer(client, { composeInWindow: composeInWindowSetting() }), []);
  const saver = useMemo(() => new PageSaveSession(client, page.id, page), []);
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

  const [sideTab, setSideTab] = useState<SideTab>('stories');
  const [rightTab, setRightTab] = useState<RightTab>('inspector');
  const [zoomMode, setZoomMode] = useState<ZoomMode>({ kind: 'fit' });
  const [zoom, setZoom] = useState(1);
  const [guides, setGuides] = useState({ columns: true, baselines: true });
  const [fontsReady, setFontsReady] = useState(false);
  const [preview, setPreview] = useState<GridArea | null>(null);
  const [ghost, setGhost] = useState<{ x: number; y: number; label: string } | null>(null);
  const [pointerCell, setPointerCell] = useState<{ column: number; line: number } | null>(null);
  const [editorStory, setEditorStory] = useState<string | null>(null);
  const [exportState, setExportState] = useState<ExportState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [proofShown, setProofShown] = useState(false);
  const [cropping, setCropping] = useState<CropTarget | null>(null);
  const [proofExport, setProofExport] = useState<{ state: 'writing' } | { state: 'done'; result: ProofExportResult } | { state: 'error'; message: string } | null>(null);
  const editorStoryRef = useRef<string | null>(null);
  editorStoryRef.current = editorStory;
  const croppingRef = useRef<CropTarget | null>(null);
  croppingRef.current = cropping;

  // Compose every document the workspace shows; save it a moment later.
  useEffect(() => {
    composer.request(store.doc, store.getSnapshot().revision);
    const off = store.onDocument((next, info) => {
      composer.request(next, info.revision);
      saver.changed(next, info.gesture);
    });
    const flush = () => void saver.flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      // Leaving saves what is not saved yet. Nothing is disposed here: React may run this effect
      // again on the same objects (StrictMode), and their listeners go with the subscriptions.
      off();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      void saver.flush();
    };
  }, [composer, saver, store]);

  // A story on the page saved anywhere (the editor beside the page, another window) reflows here.
  useEffect(
    () =>
      client.on('stories.changed', ({ ids }) => {
        const onPage = new Set(store.doc.frames.flatMap((f) => (f.kind === 'story' ? [f.storyId] : [])));
        if (!ids.some((id) => onPage.has(id))) return;
        for (const id of ids) if (id !== editorStoryRef.current) composer.clearDraft(id);
        composer.refresh();
      }),
    [client, composer, store],
  );

  useEffect(() => {
    document.title = `${doc.page.edition} 第${doc.page.number}版 ${doc.page.name} · ${t.appName}`;
  }, [doc.page, t]);

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

  const openExport = useCallback(() => setExportState({ step: 'preflight' }), []);
  const runExport = async () => {
    setExportState({ step: 'writing', startedAt: performance.now() });
    try {
      const result = await client.call('pages.exportPdf', { document: store.doc, drafts: composer.currentDrafts() });
      setExportState({ step: 'done', result });
    } catch (error) {
      setExportState({ step: 'error', message: errorMessage(error) });
    }
  };

  const [pageMark, setPageMark] = useState<{ selection: GlyphSelection; at: { x: number; y: number } } | null>(null);
  const onMarkSelection = useCallback((selection: GlyphSelection | null, at: { x: number; y: number }) => setPageMark(selection ? { selection, at } : null), []);
  useEffect(() => {
    if (!proofShown) setPageMark(null);
  }, [proofShown]);
  const proof = useProofLayer(client, proofShown, pageStoryIds, composed, composer, doc.stories);

  // The characters the page and its proof notes show, in the faces the display list names, cut
  // from the same files the PDF embeds; text stays out until the first of them are in. Asked for
  // before the browser lays the page out, so the fonts travel while it does.
  useLayoutEffect(() => {
    if (!composed) return;
    const pending = screenFontLoader(client).cover(proof ? [...composed.items.values(), ...proof.items] : composed.items.values());
    if (fontsReady) return; // parts for characters typed later show as they come
    if (!pending) return setFontsReady(true);
    let live = true;
    void pending.then(() => live && setFontsReady(true));
    return () => {
      live = false;
    };
  }, [client, composed, proof, fontsReady]);
  const runProofExport = async () => {
    setProofExport({ state: 'writing' });
    try {
      const result = await client.call('proof.exportPage', { document: store.doc, drafts: composer.currentDrafts() });
      setProofExport({ state: 'done', result });
    } catch (error) {
      setProofExport({ state: 'error', message: errorMessage(error) });
    }
  };

  const zoomBy = useCallback((action: 'in' | 'out' | 'actual' | 'fit' | number) => {
    setZoomMode((mode) => {
      if (action === 'fit') return { kind: 'fit' };
      if (action === 'actual') return { kind: 'fixed', zoom: 1 };
      if (typeof action === 'number') return { kind: 'fixed', zoom: action };
      const current = mode.kind === 'fixed' ? mode.zoom : zoomRef.current;
      return { kind: 'fixed', zoom: action === 'in' ? zoomIn(current) : zoomOut(current) };
    });
  }, []);
  const zoomRef = useRef(zoom);
  zoomRef.current = zoom;

  // The application menu's zoom and File → Export PDF.
  useEffect(
    () =>
      client.on('menu.action', ({ action }) => {
        if (action === 'zoom-in') zoomBy('in');
        else if (action === 'zoom-out') zoomBy('out');
        else if (action === 'zoom-reset') zoomBy('actual');
        else if (action === 'export-pdf') openExport();
      }),
    [client, zoomBy, openExport],
  );

  // Keys for the page (not while typing in a field or in the editor beside it).
  const shell = appInfo?.shell;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], .side-editor, .dialog')) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key;
      if (mod && key.toLowerCase() === 'z') {
        event.preventDefault();
        if (event.shiftKey) store.redo();
        else store.undo();
      } else if (mod && key.toLowerCase() === 'y') {
        event.preventDefault();
        store.redo();
      } else if (mod && key.toLowerCase() === 'a') {
        event.preventDefault();
        store.select(store.doc.frames.map((f) => f.id));
      } else if (mod && shell !== 'electron' && (key === '=' || key === '+' || key === '-' || key === '0')) {
        // In the desktop app the View menu's accelerators send these as menu actions.
        event.preventDefault();
        zoomBy(key === '-' ? 'out' : key === '0' ? 'actual' : 'in');
      } else if (mod && shell !== 'electron' && key.toLowerCase() === 'e') {
        event.preventDefault();
        openExport();
      } else if (croppingRef.current && (key === 'Escape' || key === 'Enter')) {
        event.preventDefault();
        setCropping(null);
      } else if (croppingRef.current && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown')) {
        // While cropping, the arrows move the photo inside its frame (1 pt, 10 with Shift).
        event.preventDefault();
        const target = croppingRef.current;
        const image = targetImage(composedRef.current?.items.values() ?? [], store.doc, geometry, target);
        if (!image) return;
        const step = event.shiftKey ? 10 : 1;
        const dx = key === 'ArrowLeft' ? -step : key === 'ArrowRight' ? step : 0;
        const dy = key === 'ArrowUp' ? -step : key === 'ArrowDown' ? step : 0;
        const draw = coverBox(image.clip, { ...image.draw, x: image.draw.x + dx, y: image.draw.y + dy });
        store.change(t.history.crop, (d) => withCrop(d, target, cropShowing(image.clip, draw)), undefined, `crop-nudge-${target.frameId}-${target.cell ?? ''}`);
      } else if (key === 'Escape') {
        store.select([]);
      } else if ((key === 'Delete' || key === 'Backspace') && store.selection.length) {
        event.preventDefault();
        store.change(t.history.remove, (d) => removeFrames(d, store.selection));
      } else if ((key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown') && store.selection.length) {
        event.preventDefault();
        const areas = new Map(store.doc.frames.filter((f) => store.selection.includes(f.id)).map((f) => [f.id, nudgedArea(limits, f.area, key, event.shiftKey)]));
        store.change(t.history.nudge, (d) => setAreas(d, areas), undefined, `nudge-${store.selection.join(',')}`);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, limits, geometry, shell, zoomBy, openExport, t]);

  // Dragging a story, photo or element from the left onto the page.
  const place = (drag: PlacingDrag, area: GridArea, at: { x: number; y: number }) => {
    if (drag.kind === 'story') {
      const result = placeStory(store.doc, drag.story.id, area);
      store.change(result.continued ? t.history.thread : t.history.placeStory, () => result.doc, [result.id]);
      if (result.continued) setNotice(t.notices.continued(result.continued));
    } else if (drag.kind === 'photo') {
      // Dropped on a photo frame: the frame gets this photo instead.
      const target = document.elementFromPoint(at.x, at.y)?.closest('[data-frame-id]');
      const targetId = target?.getAttribute('data-frame-id');
      const frame = targetId ? store.doc.frames.find((f) => f.id === targetId) : undefined;
      if (frame?.kind === 'photo') {
        store.change(t.history.photo, (d) => replacePhoto(d, frame.id, drag.photo), [frame.id]);
        return;
      }
      const result = placePhoto(store.doc, { sha256: drag.photo.sha256, width: drag.photo.width, height: drag.photo.height, fileName: drag.photo.fileName }, area);
      store.change(t.history.placePhoto, () => result.doc, [result.id]);
    } else {
      const kind = drag.element;
      const result =
        kind === 'banner-reverse' || kind === 'banner-tint'
          ? placeBanner(store.doc, area, t.elements[kind].sample, kind === 'banner-reverse' ? 'reverse' : 'tint')
          : kind === 'rule-horizontal' || kind === 'rule-vertical'
            ? placeRule(store.doc, area, kind === 'rule-horizontal' ? 'horizontal' : 'vertical')
            : placeText(store.doc, area, t.elements.text.sample);
      store.change(t.history.placeElement, () => result.doc, [result.id]);
    }
  };

  const areaFor = (drag: PlacingDrag, cell: { column: number; line: number }): GridArea => {
    const grid = store.doc.template.grid;
    if (drag.kind === 'story') return storyArea(limits, grid, cell, drag.story.length);
    if (drag.kind === 'photo') return photoArea(geometry, limits, cell, drag.photo);
    return elementArea(drag.element, limits, cell);
  };

  const startPlacing = (event: ReactPointerEvent, drag: PlacingDrag) => {
    if (event.button !== 0) return;
    const startX = event.clientX;
    const startY = event.clientY;
    const label = drag.kind === 'story' ? drag.story.headline || t.panels.noHeadline : drag.kind === 'photo' ? drag.photo.fileName : t.elements[drag.element].name;
    let started = false;
    let last: GridArea | null = null;
    const move = (e: PointerEvent) => {
      if (!started && Math.hypot(e.clientX - startX, e.clientY - startY) < DRAG_START) return;
      started = true;
      e.preventDefault();
      setGhost({ x: e.clientX, y: e.clientY, label });
      const point = canvasApi.current?.pagePoint(e.clientX, e.clientY);
      last = point ? areaFor(drag, gridCellAt(geometry, limits, point.x, point.y)) : null;
      setPreview(last);
    };
    const up = (e: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      setGhost(null);
      setPreview(null);
      if (started && last) {
        place(drag, last, { x: e.clientX, y: e.clientY });
        canvasApi.current?.focus();
      }
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  // Stable handlers for the memoised panels (a drag re-renders the workspace on every move).
  const latest = useRef({ startPlacing, openStory: (_id: string) => {} });
  const onStoryDrag = useCallback((e: ReactPointerEvent, story: StorySummary) => latest.current.startPlacing(e, { kind: 'story', story }), []);
  const onPhotoDrag = useCallback((e: ReactPointerEvent, photo: PhotoView) => latest.current.startPlacing(e, { kind: 'photo', photo }), []);
  const onElementDrag = useCallback((e: ReactPointerEvent, element: ElementKind) => latest.current.startPlacing(e, { kind: 'element', element }), []);
  const onOpenStory = useCallback((id: string) => latest.current.openStory(id), []);
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
  latest.current = { startPlacing, openStory };
  const onDraft = useCallback((fields: StoryFields) => {
    if (editorStoryRef.current) composer.setDraft(editorStoryRef.current, fields);
  }, [composer]);

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

  const storiesById = useMemo(() => new Map((storyList.stories ?? []).map((s) => [s.id, s])), [storyList.stories]);
  const placedCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const id of pageStoryIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [pageStoryIds]);
  const storyHeadline = useCallback((id: string) => storiesById.get(id)?.headline, [storiesById]);
  const photoNames = composed?.photos;
  const frameLabel = useCallback(
    (frame: Frame): string => {
      const what = t.frameKinds[frame.kind];
      if (frame.kind === 'story') return `${what} ${frame.id}: ${storiesById.get(frame.storyId)?.headline ?? frame.storyId}${frame.next ? ` → ${frame.next}` : ''}`;
      if (frame.kind === 'photo') return `${what} ${frame.id}: ${photoNames?.[frame.assetId]?.fileName ?? frame.assetId}`;
      if (frame.kind === 'banner' || frame.kind === 'text') return `${what} ${frame.id}: ${frame.text}`;
      return `${what} ${frame.id}`;
    },
    [t, storiesById, photoNames],
  );
  const images = useMemo(() => (composed ? [...composed.items.values()].filter((i): i is ImageItem => i.kind === 'image') : []), [composed]);
  const preflight = composed?.preflight ?? null;
  const overInk = useMemo(() => new Set((preflight ?? []).filter((i) => i.code === 'ink-limit' && i.frameId).map((i) => i.frameId!)), [preflight]);
  const errors = preflight?.filter((i) => i.severity === 'error').length ?? 0;
  const warnings = (preflight?.length ?? 0) - errors;
  const title = `${doc.page.edition} 第${doc.page.number}版 ${doc.page.name}`;

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
      <header className="topbar desk-topbar">
        <div className="brand">
          <span className="brand-mark">{t.appName}</span>
        </div>
        <button type="button" className="back-button" data-testid="workspace-back" onClick={() => void leave()}>
          ← {t.list.title}
        </button>
        <span className="desk-title" title={title}>
          <span className="desk-slot">
            {doc.page.edition} {t.list.pageNumber(doc.page.number)}
          </span>
          <span className="desk-name">{doc.page.name}</span>
          {doc.page.section && <span className="desk-section">{doc.page.section}</span>}
        </span>
        <span className={`save-indicator save-${save.state}`} data-testid="page-save-state" title={save.error ?? ''}>
          {t.save.state[save.state]}
        </span>
        <span className="desk-tools">
          <button type="button" className="desk-tool" data-testid="undo" disabled={!snapshot.undoLabel} title={snapshot.undoLabel ? t.history.undo(snapshot.undoLabel) : t.history.nothingToUndo} onClick={() => store.undo()}>
            ↶
          </button>
          <button type="button" className="desk-tool" data-testid="redo" disabled={!snapshot.redoLabel} title={snapshot.redoLabel ? t.history.redo(snapshot.redoLabel) : t.history.nothingToRedo} onClick={() => store.redo()}>
            ↷
          </button>
        </span>
        <span className="desk-tools">
          <button type="button" className="desk-tool" data-testid="zoom-out" title={t.zoom.out} onClick={() => zoomBy('out')}>
            −
          </button>
          <select
            className="zoom-select"
            data-testid="zoom-select"
            aria-label={t.zoom.label}
            value={zoomMode.kind === 'fit' ? 'fit' : String(zoomMode.zoom)}
            onChange={(e) => zoomBy(e.target.value === 'fit' ? 'fit' : Number(e.target.value))}
          >
            <option value="fit">{t.zoom.fit}</option>
            {[0.5, 0.75, 1, 1.5, 2, 3, 4].map((z) => (
              <option key={z} value={String(z)}>
                {zoomLabel(z)}
              </option>
            ))}
            {zoomMode.kind === 'fixed' && ![0.5, 0.75, 1, 1.5, 2, 3, 4].includes(zoomMode.zoom) && <option value={String(zoomMode.zoom)}>{zoomLabel(zoomMode.zoom)}</option>}
          </select>
          <button type="button" className="desk-tool" data-testid="zoom-in" title={t.zoom.in} onClick={() => zoomBy('in')}>
            +
          </button>
        </span>
        <span className="desk-tools">
          <label className="toggle" title={t.guides.columnsHint}>
            <input type="checkbox" checked={guides.columns} onChange={(e) => setGuides((g) => ({ ...g, columns: e.target.checked }))} />
            {t.guides.columns}
          </label>
          <label className="toggle" title={t.guides.baselinesHint}>
            <input type="checkbox" checked={guides.baselines} onChange={(e) => setGuides((g) => ({ ...g, baselines: e.target.checked }))} />
            {t.guides.baselines}
          </label>
        </span>
        <span className="desk-tools">
          <label className="toggle" title={t.proof.layerHint}>
            <input type="checkbox" data-testid="proof-toggle" checked={proofShown} onChange={(e) => setProofShown(e.target.checked)} />
            {t.proof.layer}
          </label>
          {proof && (
            <span className="proof-count" data-testid="proof-count">
              {t.proof.marks(proof.notes.length, proof.unplaced.length)}
            </span>
          )}
        </span>
        <button
          type="button"
          className="secondary-button"
          data-testid="export-proof"
          title={t.proof.exportHint}
          disabled={proofExport?.state === 'writing'}
          onClick={() => void runProofExport()}
        >
          {t.proof.export}
        </button>
        <button type="button" className="primary-button" data-testid="export-pdf" title={t.export.hint} onClick={openExport}>
          {t.export.button}
        </button>
      </header>

      {save.state === 'conflict' && save.theirs && (
        <div className="notice notice-warning desk-notice" role="alert" data-testid="page-conflict">
          <span className="notice-text">{t.save.conflict(save.theirs.version)}</span>
          <button type="button" className="secondary-button" data-testid="conflict-keep-mine" onClick={() => void saver.keepMine()}>
            {t.save.keepMine}
          </button>
          <button
            type="button"
            className="secondary-button"
            data-testid="conflict-take-theirs"
            onClick={() => {
              const theirs = saver.takeTheirs();
              if (theirs) store.replaceDocument(theirs.document);
            }}
          >
            {t.save.takeTheirs}
          </button>
        </div>
      )}
      {save.state === 'error' && (
        <div className="notice notice-error desk-notice" role="alert" data-testid="page-save-error">
          <span className="notice-text">{t.save.failed(save.error ?? '')}</span>
          <button type="button" className="secondary-button" onClick={() => void saver.flush()}>
            {t.save.retry}
          </button>
        </div>
      )}
      {notice && (
        <div className="notice notice-info desk-notice" role="status" data-testid="desk-notice">
          <span className="notice-text">{notice}</span>
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            {t.actions.dismiss}
          </button>
        </div>
      )}
      {proofExport && (
        <div
          className={`notice ${proofExport.state === 'error' ? 'notice-error' : 'notice-info'} desk-notice`}
          role="status"
          data-testid="proof-export-result"
          data-state={proofExport.state}
          data-path={proofExport.state === 'done' ? (proofExport.result.path ?? '') : ''}
        >
          <span className="notice-text">
            {proofExport.state === 'writing'
              ? t.proof.exporting
              : proofExport.state === 'error'
                ? t.proof.failed(proofExport.message)
                : proofExport.result.written
                  ? t.proof.written(proofExport.result.path ?? '', proofExport.result.placed)
                  : t.proof.cancelled}
          </span>
          {proofExport.state !== 'writing' && (
            <button type="button" className="link-button" data-testid="proof-export-dismiss" onClick={() => setProofExport(null)}>
              {t.actions.dismiss}
            </button>
          )}
        </div>
      )}
      {composition.error && (
        <div className="notice notice-error desk-notice" role="alert" data-testid="compose-error">
          <span className="notice-text">{t.composeFailed(composition.error)}</span>
        </div>
      )}

      <div className="desk-body">
        <aside className="desk-left" aria-label={t.panels.label}>
          <div className="side-tabs" role="tablist">
            {(['stories', 'photos', 'elements'] as const).map((tab) => (
              <button key={tab} type="button" role="tab" aria-selected={sideTab === tab} className={sideTab === tab ? 'active' : ''} data-testid={`side-tab-${tab}`} onClick={() => setSideTab(tab)}>
                {t.panels.tabs[tab]}
              </button>
            ))}
          </div>
          {sideTab === 'stories' && (
            <StoryPanel stories={storyList.stories} placed={placedCount} error={storyList.error} onStartDrag={onStoryDrag} onOpen={onOpenStory} />
          )}
          {sideTab === 'photos' && (
            <PhotoPanel
              photos={photoList.photos}
              busy={photoList.busy}
              error={photoList.error}
              onImport={onImportPhotos}
              onStartDrag={onPhotoDrag}
            />
          )}
          {sideTab === 'elements' && <ElementsPanel onStartDrag={onElementDrag} />}
        </aside>

        <main className="desk-center">
          <PageCanvas
            store={store}
            snapshot={snapshot}
            composed={composed}
            fontsReady={fontsReady}
            zoom={zoomMode}
            onZoom={setZoom}
            guides={guides}
            preview={preview}
            proof={proof}
            markSelection={pageMark?.selection ?? null}
            onMarkSelection={onMarkSelection}
            api={canvasApi}
            onOpenFrame={openFrame}
            crop={cropping}
            onCrop={startCrop}
            frameLabel={frameLabel}
            onPointerCell={setPointerCell}
            onKeyDown={() => undefined}
          />
          {cropping && (
            <div className="crop-hint" data-testid="crop-hint" role="status">
              <span>{t.canvas.cropHint}</span>
              <button type="button" className="secondary-button" data-testid="crop-done" onClick={() => setCropping(null)}>
                {t.canvas.cropDone}
              </button>
            </div>
          )}
          {pageMark && proof && <PageMarkPopover key={`${pageMark.selection.storyId}:${pageMark.selection.block}:${pageMark.selection.start}:${pageMark.selection.end}`} client={client} selection={pageMark.selection} at={pageMark.at} onDone={() => setPageMark(null)} />}
        </main>

        <aside className={`desk-right${editorStory ? ' with-editor' : ''}`}>
          {editorStory ? (
            <div className="side-editor" data-testid="side-editor">
              <div className="side-editor-bar">
                <span>{t.inspector.editorBeside}</span>
                <button type="button" className="secondary-button" data-testid="side-editor-close" onClick={() => setEditorStory(null)}>
                  {t.actions.close}
                </button>
              </div>
              <StoryEditorScreen
                key={editorStory}
                id={editorStory}
                appInfo={appInfo}
                onClose={() => setEditorStory(null)}
                onDraft={onDraft}
              />
            </div>
          ) : (
            <>
              <div className="side-tabs" role="tablist">
                <button type="button" role="tab" aria-selected={rightTab === 'inspector'} className={rightTab === 'inspector' ? 'active' : ''} data-testid="right-tab-inspector" onClick={() => setRightTab('inspector')}>
                  {t.inspector.tab}
                </button>
                <button type="button" role="tab" aria-selected={rightTab === 'preflight'} className={rightTab === 'preflight' ? 'active' : ''} data-testid="right-tab-preflight" onClick={() => setRightTab('preflight')}>
                  {t.preflight.tab}
                  {preflight && (errors || warnings) ? <span className={`tab-count${errors ? ' error' : ''}`}>{errors || warnings}</span> : null}
                </button>
              </div>
              <div className="side-scroll">
                {rightTab === 'inspector' ? (
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
                    onCrop={startCrop}
                  />
                ) : (
                  <PreflightPanel issues={preflight} busy={composition.busy} headline={storyHeadline} onSelect={(id) => select([id])} />
                )}
              </div>
            </>
          )}
        </aside>
      </div>

      <footer className="statusbar desk-statusbar">
        <span className="statusbar-start">
          <span data-testid="zoom-level">{zoomLabel(zoom)}</span>
          <span>{pointerCell ? t.status.cell(pointerCell.column + 1, pointerCell.line + 1) : t.status.noCell}</span>
          <span>{t.status.frames(doc.frames.length, selection.length)}</span>
          <button type="button" className={`status-preflight ${errors ? 'has-errors' : warnings ? 'has-warnings' : 'is-clean'}`} data-testid="status-preflight" onClick={() => setRightTab('preflight')}>
            {preflight ? t.preflight.summary(errors, warnings) : t.preflight.waiting}
          </button>
          <span className={`status-compose${composition.busy ? ' busy' : ''}`} data-testid="compose-status">
            {composed ? t.status.composed(composed.ms) : t.status.composing}
          </span>
        </span>
        <span className="statusbar-end">
          <LanguageSelect />
          {appInfo && <span className="statusbar-app">{`${appInfo.name} ${appInfo.version}`}</span>}
        </span>
      </footer>

      {ghost && (
        <div className="drag-ghost" style={{ left: ghost.x + 12, top: ghost.y + 12 }} aria-hidden="true">
          {ghost.label}
        </div>
      )}
      {exportState && (
        <ExportDialog
          headline={storyHeadline}
          state={exportState}
          issues={preflight}
          checking={composition.busy}
          onExport={() => void runExport()}
          onClose={() => setExportState(null)}
          onSelect={(id) => {
            setExportState(null);
            select([id]);
          }}
        />
      )}
    </div>
  );
}

