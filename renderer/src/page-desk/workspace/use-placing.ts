import { useCallback, useRef, useState, type MutableRefObject, type PointerEvent as ReactPointerEvent } from 'react';
import type { GridGeometry } from '../../../../shared/compose/grid-geometry';
import type { StorySummary } from '../../../../shared/ipc/contract-types';
import type { PhotoView } from '../../../../shared/ipc/page-contract';
import type { StoryFrameFit } from '../../../../shared/compose/fit-story-frame';
import type { GridArea, PageDocument } from '../../../../shared/model/page';
import type { PageDeskMessages } from '../../i18n/messages-page-desk-en';
import type { CanvasApi } from '../canvas/page-canvas';
import type { ElementKind } from '../panels/elements-panel';
import { fitStoryFrameTo, placeBanner, placePhoto, placeRule, placeStory, placeText, replacePhoto } from './frame-edits';
import { cellAt as gridCellAt, type GridLimits } from './grid-snap';
import { areaAt, photoArea, storyArea } from './placement';
import type { WorkspaceStore } from './workspace-store';

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

interface Placing {
  store: WorkspaceStore;
  geometry: GridGeometry;
  limits: GridLimits;
  canvas: MutableRefObject<CanvasApi | null>;
  t: PageDeskMessages;
  onNotice: (text: string) => void;
  /** The size a story frame needs for its story (the main process sets it: pages.fitStoryFrame); null when it cannot say. */
  fitStory?: (doc: PageDocument, frameId: string) => Promise<StoryFrameFit | null>;
}

/**
 * Dragging a story, photo or element from the left onto the page: the ghost under the pointer,
 * the grid area it would take (drawn on the page), and the frame placed on release. The drag
 * handlers are stable, for the memoised panels (a drag re-renders the workspace on every move).
 */
export function usePlacing({ store, geometry, limits, canvas, t, onNotice, fitStory }: Placing) {
  const [preview, setPreview] = useState<GridArea | null>(null);
  const [ghost, setGhost] = useState<{ x: number; y: number; label: string } | null>(null);

  const place = (drag: PlacingDrag, area: GridArea, at: { x: number; y: number }) => {
    if (drag.kind === 'story') {
      const result = placeStory(store.doc, drag.story.id, area);
      const label = result.continued ? t.history.thread : t.history.placeStory;
      const step = `place-${result.id}`;
      store.change(label, () => result.doc, [result.id], step);
      if (result.continued) onNotice(t.notices.continued);
      // Then sized to its story (a 续排 frame to what is left of it): one undoable step with the drop.
      void fitStory?.(result.doc, result.id).then((fit) => {
        if (!fit) return;
        store.change(label, (doc) => fitStoryFrameTo(doc, result.id, area, fit), [result.id], step);
      });
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
      const point = canvas.current?.pagePoint(e.clientX, e.clientY);
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
        canvas.current?.focus();
      }
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  const latest = useRef(startPlacing);
  latest.current = startPlacing;
  const onStoryDrag = useCallback((e: ReactPointerEvent, story: StorySummary) => latest.current(e, { kind: 'story', story }), []);
  const onPhotoDrag = useCallback((e: ReactPointerEvent, photo: PhotoView) => latest.current(e, { kind: 'photo', photo }), []);
  const onElementDrag = useCallback((e: ReactPointerEvent, element: ElementKind) => latest.current(e, { kind: 'element', element }), []);
  return { preview, ghost, onStoryDrag, onPhotoDrag, onElementDrag };
}
