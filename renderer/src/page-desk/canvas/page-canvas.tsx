import type { PreflightIssue } from '../../../../shared/compose/compose-types';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type MutableRefObject,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { gridGeometry } from '../../../../shared/compose/grid-geometry';
import type { Frame, GridArea } from '../../../../shared/model/page';
import { mmToPt } from '../../../../shared/model/units';
import type { ProofPageLayer } from '../../../../shared/proof/proof-types';
import { setAreas, groupMinimum } from '../workspace/frame-edits';
import { cellAt, columnPitch, freeMovedArea, freeResizedArea, limitsOf, movedArea, resizedArea, type Handle } from '../workspace/grid-snap';
import type { DeskComposition } from '../workspace/page-composer';
import { glyphAt, selectGlyphs, type GlyphSelection } from '../workspace/glyph-selection';
import type { WorkspaceSnapshot, WorkspaceStore } from '../workspace/workspace-store';
import { fitZoom, PX_PER_PT, type ZoomMode } from '../workspace/zoom';
import { cropTargetAt, targetImage, type CropTarget } from '../workspace/photo-crop';
import { CropOverlay } from './crop-overlay';
import { DisplayListLayer } from './display-list-layer';
import { CollisionLayer } from './collision-layer';
import { FrameOverlay } from './frame-overlay';
import { ProofLayerView } from './proof-layer-view';
import { GuideLayer, PaperLayer, type GuideOptions } from './grid-layer';
import { Ruler, type RulerView } from './rulers';
import { useI18n } from '../../i18n/i18n-context';

/**
 * The page on screen at any zoom: the paper with its bleed, the composed display list, the
 * guides, the frames over it, rulers in mm and in grid units. Dragging a frame moves its
 * outline at once and snaps it to columns and grid lines; the page is recomposed behind it.
 */

/** Grey pasteboard around the bleed, pt. */
const PASTEBOARD = 36;
/** A press that moves less than this is a click, px. */
const DRAG_THRESHOLD = 3;

export interface CanvasApi {
  /** A client (screen) point in page points, or null when it is not over the page's canvas. */
  pagePoint(clientX: number, clientY: number): { x: number; y: number } | null;
  /** The grid cell under a client point, or null outside the canvas. */
  cellAt(clientX: number, clientY: number): { column: number; line: number } | null;
  scrollToFrame(id: string): void;
  focus(): void;
}

interface Props {
  store: WorkspaceStore;
  snapshot: WorkspaceSnapshot;
  composed: DeskComposition | null;
  fontsReady: boolean;
  zoom: ZoomMode;
  onZoom: (zoom: number) => void;
  guides: GuideOptions;
  preview: GridArea | null;
  /** The proof layer, when it is shown: drawn over the page, its notes in a wider pasteboard. */
  proof: ProofPageLayer | null;
  api: MutableRefObject<CanvasApi | null>;
  /** The glyphs picked for a mark on the page (shown highlighted), while the proof layer is on. */
  markSelection: GlyphSelection | null;
  /** A drag across body glyphs ended (proof layer on only): the selection and where the pointer was let go. */
  onMarkSelection: (selection: GlyphSelection | null, at: { x: number; y: number }) => void;
  onOpenFrame: (id: string) => void;
  /** The photo being cropped on the page, if any; `onCrop` starts or ends cropping (double-click on a photo starts it). */
  crop: CropTarget | null;
  onCrop: (target: CropTarget | null) => void;
  frameLabel: (frame: Frame) => string;
  /** A preflight problem in words (a collision's tooltip). */
  issueTitle: (issue: PreflightIssue) => string;
  onPointerCell: (cell: { column: number; line: number } | null) => void;
  onKeyDown: (event: ReactKeyboardEvent) => void;
}

type Gesture =
  | { kind: 'move'; ids: string[]; areas: Map<string, GridArea>; startX: number; startY: number; started: boolean; pointerId: number }
  | { kind: 'resize'; id: string; handle: Handle; area: GridArea; min: { span: number; depth: number }; startX: number; startY: number; started: boolean; pointerId: number };

export function PageCanvas(props: Props) {
  const t = useI18n().t.pageDesk;
  const { store, snapshot, composed, zoom } = props;
  const { doc } = snapshot;
  const template = doc.template;
  const geometry = useMemo(() => gridGeometry(template), [template]);
  const limits = useMemo(() => limitsOf(geometry, template.grid.columns), [geometry, template.grid.columns]);
  const width = mmToPt(template.trim.width);
  const height = mmToPt(template.trim.height);
  const bleed = mmToPt(template.bleed);
  const pad = bleed + PASTEBOARD;
  // The proof's margin notes stand beyond the pasteboard: the canvas widens to hold them.
  const extent = props.proof?.extent;
  const padLeft = Math.max(pad, extent?.left ?? 0);
  const padRight = Math.max(pad, extent?.right ?? 0);
  const padBottom = pad + (extent?.bottom ?? 0);
  const scroller = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [viewport, setViewport] = useState({ width: 0, height: 0 });
  const [rulers, setRulers] = useState<{ top: RulerView; left: RulerView } | null>(null);
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);
  const gesture = useRef<Gesture | null>(null);
  const [dragSelection, setDragSelection] = useState<GlyphSelection | null>(null);
  const items = useMemo(() => (composed ? composed.order.flatMap((k) => composed.items.get(k) ?? []) : []), [composed]);

  // "Fit" shows the proof's notes too when they are on.
  const fitWidth = width + (extent ? Math.max(2 * bleed, (extent.left || bleed) + (extent.right || bleed)) : 2 * bleed);
  const effectiveZoom = zoom.kind === 'fit' ? fitZoom({ width: fitWidth, height: height + 2 * bleed }, viewport, PASTEBOARD * 0.6) : zoom.zoom;
  const scale = effectiveZoom * PX_PER_PT;
  const { onZoom } = props;
  useEffect(() => onZoom(effectiveZoom), [effectiveZoom, onZoom]);

  // The viewport's size decides "fit"; the rulers follow scrolling.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewport({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    setViewport({ width: element.clientWidth, height: element.clientHeight });
    return () => observer.disconnect();
  }, []);

  const measureRulers = useCallback(() => {
    const element = scroller.current;
    const drawing = svg.current;
    if (!element || !drawing) return;
    const box = element.getBoundingClientRect();
    const page = drawing.getBoundingClientRect();
    setRulers({
      top: { origin: page.left - box.left + padLeft * scale, scale },
      left: { origin: page.top - box.top + pad * scale, scale },
    });
  }, [pad, padLeft, scale]);

  useLayoutEffect(measureRulers, [measureRulers, viewport]);

  // Zooming keeps the point at the centre of the window where it was.
  const lastScale = useRef(scale);
  useLayoutEffect(() => {
    const element = scroller.current;
    const before = lastScale.current;
    lastScale.current = scale;
    if (!element || before === scale) return;
    const cx = (element.scrollLeft + element.clientWidth / 2) / before;
    const cy = (element.scrollTop + element.clientHeight / 2) / before;
    element.scrollLeft = cx * scale - element.clientWidth / 2;
    element.scrollTop = cy * scale - element.clientHeight / 2;
    measureRulers();
  }, [scale, measureRulers]);

  const pagePoint = useCallback(
    (clientX: number, clientY: number) => {
      const drawing = svg.current;
      if (!drawing) return null;
      const box = drawing.getBoundingClientRect();
      if (clientX < box.left || clientX > box.right || clientY < box.top || clientY > box.bottom) return null;
      return { x: (clientX - box.left) / scale - padLeft, y: (clientY - box.top) / scale - pad };
    },
    [scale, pad, padLeft],
  );

  props.api.current = {
    pagePoint,
    cellAt(clientX, clientY) {
      const point = pagePoint(clientX, clientY);
      return point ? cellAt(geometry, limits, point.x, point.y) : null;
    },
    scrollToFrame(id) {
      const frame = store.doc.frames.find((f) => f.id === id);
      const element = scroller.current;
      const drawing = svg.current;
      if (!frame || !element || !drawing) return;
      const x = (geometry.typeArea.x + frame.area.column * columnPitch(geometry) + padLeft) * scale;
      const y = (geometry.typeArea.y + frame.area.line * geometry.pitch + pad) * scale;
      const offsetX = drawing.getBoundingClientRect().left - element.getBoundingClientRect().left + element.scrollLeft;
      const offsetY = drawing.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop;
      const visible = x + offsetX >= element.scrollLeft && x + offsetX <= element.scrollLeft + element.clientWidth - 40 && y + offsetY >= element.scrollTop && y + offsetY <= element.scrollTop + element.clientHeight - 40;
      if (!visible) element.scrollTo({ left: x + offsetX - 60, top: y + offsetY - 60 });
    },
    focus() {
      scroller.current?.focus({ preventScroll: true });
    },
  };

  const { onPointerCell } = props;
  const lastCell = useRef<string>('');
  const trackPointer = (event: ReactPointerEvent) => {
    const point = pagePoint(event.clientX, event.clientY);
    setPointer(point);
    // The status bar shows the cell: tell the workspace only when the pointer enters another one.
    const cell = point ? cellAt(geometry, limits, point.x, point.y) : null;
    const key = cell ? `${cell.column}:${cell.line}` : '';
    if (key === lastCell.current) return;
    lastCell.current = key;
    onPointerCell(cell);
  };

  // Frame drags and resizes, followed on the window so they go on outside the canvas.
  const follow = (start: Gesture) => {
    gesture.current = start;
    const move = (event: PointerEvent) => {
      const g = gesture.current;
      if (!g || event.pointerId !== g.pointerId) return;
      const dxPx = event.clientX - g.startX;
      const dyPx = event.clientY - g.startY;
      if (!g.started) {
        if (Math.hypot(dxPx, dyPx) < DRAG_THRESHOLD) return;
        g.started = true;
        store.beginGesture();
      }
      const dx = dxPx / scale;
      const dy = dyPx / scale;
      // Alt leaves the grid: the movement goes into the frames' free offsets.
      const free = event.altKey;
      if (g.kind === 'move') {
        const areas = new Map([...g.areas].map(([id, area]) => [id, free ? freeMovedArea(area, dx, dy) : movedArea(geometry, limits, area, dx, dy)]));
        store.gestureUpdate((base) => setAreas(base, areas));
      } else {
        const area = free ? freeResizedArea(g.area, g.handle, dx, dy) : resizedArea(geometry, limits, g.area, g.handle, dx, dy, g.min);
        store.gestureUpdate((base) => setAreas(base, new Map([[g.id, area]])));
      }
    };
    const end = (event: PointerEvent) => {
      const g = gesture.current;
      if (!g || event.pointerId !== g.pointerId) return;
      gesture.current = null;
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      if (!g.started) return;
      if (event.type === 'pointercancel') store.cancelGesture();
      else store.endGesture(g.kind === 'move' ? t.history.move : t.history.resize);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  };

  const onFramePointerDown = (event: ReactPointerEvent, id: string) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    props.api.current?.focus();
    if (event.shiftKey || event.metaKey || event.ctrlKey) {
      store.toggle(id);
      return;
    }
    if (!store.selection.includes(id)) store.select([id]);
    const ids = [...store.selection];
    const areas = new Map(store.doc.frames.filter((f) => ids.includes(f.id)).map((f) => [f.id, f.area]));
    follow({ kind: 'move', ids, areas, startX: event.clientX, startY: event.clientY, started: false, pointerId: event.pointerId });
  };

  const onHandlePointerDown = (event: ReactPointerEvent, id: string, handle: Handle) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    const frame = store.doc.frames.find((f) => f.id === id);
    if (!frame) return;
    const min = frame.kind === 'photo-group' ? groupMinimum(frame) : { span: 1, depth: 1 };
    follow({ kind: 'resize', id, handle, area: frame.area, min, startX: event.clientX, startY: event.clientY, started: false, pointerId: event.pointerId });
  };

  // With the proof layer on, a press on body glyphs selects text to mark instead of picking the frame.
  const { onMarkSelection } = props;
  const onTextPointerDown = (event: ReactPointerEvent) => {
    if (!props.proof || event.button !== 0) return;
    const from = pagePoint(event.clientX, event.clientY);
    if (!from || !glyphAt(items, from.x, from.y)) return;
    event.stopPropagation();
    event.preventDefault();
    scroller.current?.focus({ preventScroll: true });
    const pointerId = event.pointerId;
    let current = selectGlyphs(items, from, from);
    setDragSelection(current);
    onMarkSelection(null, { x: event.clientX, y: event.clientY });
    const move = (e: PointerEvent) => {
      if (e.pointerId !== pointerId) return;
      const to = pagePoint(e.clientX, e.clientY);
      const next = to ? selectGlyphs(items, from, to) : null;
      // Off the block the selection keeps its last extent.
      if (next) {
        current = next;
        setDragSelection(next);
      }
    };
    const end = (e: PointerEvent) => {
      if (e.pointerId !== pointerId) return;
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      setDragSelection(null);
      onMarkSelection(e.type === 'pointercancel' ? null : current, { x: e.clientX, y: e.clientY });
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  };
  const highlight = props.proof ? (dragSelection ?? props.markSelection) : null;
  const cropImage = props.crop ? targetImage(items, doc, geometry, props.crop) : undefined;

  const svgWidth = (width + padLeft + padRight) * scale;
  const svgHeight = (height + pad + padBottom) * scale;
  return (
    <div className="canvas-frame">
      <div className="ruler-corner" title={t.rulers.hint} />
      <Ruler orientation="horizontal" view={rulers?.top ?? null} geometry={geometry} columns={template.grid.columns} bodySize={template.grid.bodySize} pointer={pointer?.x ?? null} />
      <Ruler orientation="vertical" view={rulers?.left ?? null} geometry={geometry} columns={template.grid.columns} bodySize={template.grid.bodySize} pointer={pointer?.y ?? null} />
      <div
        ref={scroller}
        className="canvas-scroll"
        tabIndex={0}
        data-testid="page-canvas"
        aria-label={t.canvas.label}
        onScroll={measureRulers}
        onKeyDown={props.onKeyDown}
        onPointerMove={trackPointer}
        onPointerLeave={() => {
          setPointer(null);
          lastCell.current = '';
          onPointerCell(null);
        }}
        onPointerDown={(event) => {
          if (event.button === 0 && !event.shiftKey) store.select([]);
          if (props.crop) props.onCrop(null);
          scroller.current?.focus({ preventScroll: true });
        }}
      >
        <svg
          ref={svg}
          className="page-svg"
          data-testid="page-svg"
          data-zoom={effectiveZoom}
          data-scale={scale}
          data-pad={pad}
          data-pad-left={padLeft}
          width={svgWidth}
          height={svgHeight}
          viewBox={`${-padLeft} ${-pad} ${width + padLeft + padRight} ${height + pad + padBottom}`}
          onPointerDownCapture={onTextPointerDown}
        >
          <defs>
            <marker id="thread-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0L10 5L0 10z" className="thread-arrow-head" />
            </marker>
          </defs>
          <PaperLayer width={width} height={height} bleed={bleed} />
          {composed && <DisplayListLayer composed={composed} fontsReady={props.fontsReady} />}
          <GuideLayer template={template} geometry={geometry} guides={props.guides} dense={geometry.pitch * scale < 9} />
          <FrameOverlay
            doc={doc}
            geometry={geometry}
            selection={snapshot.selection}
            reports={composed?.frames ?? null}
            scale={scale}
            preview={props.preview}
            label={props.frameLabel}
            onFramePointerDown={onFramePointerDown}
            onHandlePointerDown={onHandlePointerDown}
            onFrameDoubleClick={(id, event) => {
              const target = cropTargetAt(store.doc, geometry, id, pagePoint(event.clientX, event.clientY));
              if (target) props.onCrop(target);
              else props.onOpenFrame(id);
            }}
          />
          {composed && (
            <CollisionLayer issues={composed.preflight} scale={scale} title={props.issueTitle} onSelect={(ids) => store.select(ids)} />
          )}
          {cropImage && props.crop && (
            <CropOverlay
              store={store}
              target={props.crop}
              image={cropImage}
              url={composed?.photos[cropImage.assetId]?.url}
              scale={scale}
              pagePoint={pagePoint}
              historyLabel={t.history.crop}
            />
          )}
          {props.proof && <ProofLayerView layer={props.proof} />}
          {highlight && (
            <g className="glyph-selection" data-testid="glyph-selection" data-quote={highlight.quote} pointerEvents="none">
              {highlight.boxes.map((box, i) => (
                <rect key={i} x={box.x} y={box.y} width={box.width} height={box.height} fill="rgba(31, 95, 191, 0.28)" />
              ))}
            </g>
          )}
        </svg>
      </div>
    </div>
  );
}
