import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { coverBox, cropShowing, zoomDraw } from '../../../../shared/compose/photo-geometry';
import type { ImageItem, Rect } from '../../../../shared/model/display-list';
import { withCrop, type CropTarget } from '../workspace/photo-crop';
import type { WorkspaceStore } from '../workspace/workspace-store';

/**
 * Cropping a photo on the page, as in a layout program's content grabber: the whole image shows
 * faintly around its frame; dragging it moves what the frame shows, a corner handle scales it
 * about the opposite corner, the wheel scales it about the pointer. The image never comes away
 * from the frame's edges. Each change is the document's crop (fit "crop"), so the page is
 * recomposed behind it and a drag undoes in one step.
 */

interface Props {
  store: WorkspaceStore;
  target: CropTarget;
  image: ImageItem;
  /** The photo's preview (the page draws from it too). */
  url: string | undefined;
  /** Screen pixels per point. */
  scale: number;
  /** Page point of a client position. */
  pagePoint: (clientX: number, clientY: number) => { x: number; y: number } | null;
  historyLabel: string;
}

type Corner = 'nw' | 'ne' | 'se' | 'sw';
const CORNERS: readonly Corner[] = ['nw', 'ne', 'se', 'sw'];

function cornerPoint(r: Rect, corner: Corner): { x: number; y: number } {
  return { x: corner.includes('w') ? r.x : r.x + r.width, y: corner.includes('n') ? r.y : r.y + r.height };
}

const opposite: Record<Corner, Corner> = { nw: 'se', ne: 'sw', se: 'nw', sw: 'ne' };

export function CropOverlay({ store, target, image, url, scale, pagePoint, historyLabel }: Props) {
  const { clip, draw } = image;
  const px = (n: number) => n / scale;
  const latest = useRef({ clip, draw, target, pagePoint });
  latest.current = { clip, draw, target, pagePoint };
  const wheelArea = useRef<SVGRectElement>(null);

  const apply = (next: Rect) => (base: Parameters<typeof withCrop>[0]) => withCrop(base, latest.current.target, cropShowing(latest.current.clip, next));

  // Dragging the image (pan) or a corner (scale about the opposite corner), followed on the window.
  const follow = (event: ReactPointerEvent, toDraw: (start: Rect, dx: number, dy: number) => Rect) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    const start = latest.current.draw;
    const from = { x: event.clientX, y: event.clientY };
    const pointerId = event.pointerId;
    store.beginGesture();
    const move = (e: PointerEvent) => {
      if (e.pointerId !== pointerId) return;
      const next = toDraw(start, (e.clientX - from.x) / scale, (e.clientY - from.y) / scale);
      store.gestureUpdate(apply(next));
    };
    const end = (e: PointerEvent) => {
      if (e.pointerId !== pointerId) return;
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      if (e.type === 'pointercancel') store.cancelGesture();
      else store.endGesture(historyLabel);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  };

  const onPan = (event: ReactPointerEvent) => follow(event, (start, dx, dy) => coverBox(clip, { ...start, x: start.x + dx, y: start.y + dy }));

  const onCorner = (event: ReactPointerEvent, corner: Corner) =>
    follow(event, (start, dx, dy) => {
      const anchor = cornerPoint(start, opposite[corner]);
      const moved = cornerPoint(start, corner);
      const factor = Math.max(Math.abs(moved.x + dx - anchor.x) / start.width, Math.abs(moved.y + dy - anchor.y) / start.height);
      return zoomDraw(clip, start, Math.max(factor, 0.01), anchor);
    });

  // The wheel scales about the pointer; a run of wheel steps undoes as one. (React's wheel
  // listeners are passive, so the page would scroll too: a native listener instead.)
  useEffect(() => {
    const element = wheelArea.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const at = latest.current.pagePoint(event.clientX, event.clientY);
      if (!at) return;
      event.preventDefault();
      const factor = Math.exp(-event.deltaY * 0.0015);
      const next = zoomDraw(latest.current.clip, latest.current.draw, factor, at);
      const { frameId, cell } = latest.current.target;
      store.change(historyLabel, apply(next), undefined, `crop-zoom-${frameId}-${cell ?? ''}`);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
    // The geometry is read through `latest`, so the listener stays for the whole crop.
  }, [store, historyLabel]);

  const crop = cropShowing(clip, draw);
  return (
    <g className="crop-overlay" data-testid="crop-overlay" data-crop={`${crop.x} ${crop.y} ${crop.width} ${crop.height}`}>
      {url && <image className="crop-ghost" href={url} x={draw.x} y={draw.y} width={draw.width} height={draw.height} preserveAspectRatio="none" pointerEvents="none" />}
      <rect className="crop-image" data-testid="crop-image" ref={wheelArea} x={draw.x} y={draw.y} width={draw.width} height={draw.height} strokeWidth={px(1)} onPointerDown={onPan} />
      <rect className="crop-frame" x={clip.x} y={clip.y} width={clip.width} height={clip.height} strokeWidth={px(2)} pointerEvents="none" />
      {CORNERS.map((corner) => {
        const p = cornerPoint(draw, corner);
        const size = px(10);
        return (
          <rect
            key={corner}
            className={`crop-handle crop-handle-${corner}`}
            data-testid={`crop-handle-${corner}`}
            x={p.x - size / 2}
            y={p.y - size / 2}
            width={size}
            height={size}
            strokeWidth={px(1)}
            onPointerDown={(event) => onCorner(event, corner)}
          />
        );
      })}
    </g>
  );
}
