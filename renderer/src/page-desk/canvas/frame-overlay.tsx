import { memo, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent } from 'react';
import type { FrameReport } from '../../../../shared/compose/compose-types';
import { areaRect, type GridGeometry } from '../../../../shared/compose/grid-geometry';
import type { Rect } from '../../../../shared/model/display-list';
import type { Frame, GridArea, PageDocument } from '../../../../shared/model/page';
import { UNDERSET_LINES } from '../../../../shared/compose/story-layout';
import { copyfitBadge } from '../workspace/copyfit';
import { cellRects } from '../workspace/photo-crop';
import { HANDLES, type Handle } from '../workspace/grid-snap';
import { useI18n } from '../../i18n/i18n-context';

/**
 * Frames over the drawn page: outlines by kind, the selection with its handles, each story's
 * copyfit badge (InCopy colours) on its thread's last frame — which is itself outlined in red
 * with a + at its out-port when text is over, in blue when two lines or more are left empty — and the thread itself — an arrow
 * from where a story leaves a frame to where it continues (续排), with 转/接 marks. Drawn from the
 * document on screen, so a frame being dragged moves here at once, before it is recomposed.
 */

export interface FrameOverlayProps {
  doc: PageDocument;
  geometry: GridGeometry;
  selection: readonly string[];
  reports: ReadonlyMap<string, FrameReport> | null;
  /** Screen pixels per point. */
  scale: number;
  preview: GridArea | null;
  /** What a frame holds, for its tooltip (a story's headline, a photo's file name). */
  label: (frame: Frame) => string;
  onFramePointerDown: (event: ReactPointerEvent, id: string) => void;
  onHandlePointerDown: (event: ReactPointerEvent, id: string, handle: Handle) => void;
  onFrameDoubleClick: (id: string, event: ReactMouseEvent) => void;
}

function handlePoint(r: Rect, h: Handle): [number, number] {
  const x = h.includes('w') ? r.x : h.includes('e') ? r.x + r.width : r.x + r.width / 2;
  const y = h.includes('n') ? r.y : h.includes('s') ? r.y + r.height : r.y + r.height / 2;
  return [x, y];
}

/** Roughly how wide a badge's label is at 10 px: Chinese characters a full em, others about half. */
function labelWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 10 : 5.6;
  return Math.ceil(width);
}

export const FrameOverlay = memo(function FrameOverlay(props: FrameOverlayProps) {
  const t = useI18n().t.pageDesk;
  const { doc, geometry, selection, reports, scale } = props;
  const px = (n: number) => n / scale;
  const rects = new Map(doc.frames.map((f) => [f.id, areaRect(geometry, f.area)]));
  const selected = new Set(selection);
  const single = selection.length === 1 ? doc.frames.find((f) => f.id === selection[0]) : undefined;
  const selectedStories = new Set(doc.frames.filter((f) => f.kind === 'story' && selected.has(f.id)).map((f) => (f.kind === 'story' ? f.storyId : '')));

  return (
    <g className="frame-overlay" data-testid="frame-overlay">
      {doc.frames.map((frame) => {
        const r = rects.get(frame.id)!;
        const badge = copyfitBadge(reports?.get(frame.id));
        const isSelected = selected.has(frame.id);
        // Copyfit on the frame itself: red when text is over, blue from two empty lines (preflight's underset).
        const fit = badge?.tone === 'over' ? ' copyfit-frame-over' : badge?.tone === 'under' && badge.lines >= UNDERSET_LINES ? ' copyfit-frame-under' : '';
        return (
          <g key={frame.id} className={`frame frame-${frame.kind}${isSelected ? ' selected' : ''}${fit}`} data-frame-id={frame.id} data-kind={frame.kind} data-copyfit={badge?.tone ?? ''}>
            <title>{props.label(frame)}</title>
            <rect
              className="frame-hit"
              x={r.x}
              y={r.y}
              width={r.width}
              height={r.height}
              strokeWidth={px(isSelected ? 2 : 1)}
              onPointerDown={(event) => props.onFramePointerDown(event, frame.id)}
              onDoubleClick={(event) => props.onFrameDoubleClick(frame.id, event)}
            />
            {cellRects(geometry, frame).map((cell, i) => (
              <rect key={i} className="frame-cell" x={cell.x} y={cell.y} width={cell.width} height={cell.height} strokeWidth={px(1)} />
            ))}
            {badge?.tone === 'over' && (
              <g className="overset-port" data-testid="overset-port" pointerEvents="none">
                <rect x={r.x + r.width - px(5)} y={r.y + r.height - px(5)} width={px(10)} height={px(10)} strokeWidth={px(1.5)} />
                <path d={`M${r.x + r.width - px(3)} ${r.y + r.height}H${r.x + r.width + px(3)}M${r.x + r.width} ${r.y + r.height - px(3)}V${r.y + r.height + px(3)}`} strokeWidth={px(1.5)} />
              </g>
            )}
            {badge && (() => {
              const label = t.copyfit(badge);
              const width = labelWidth(label) + 10;
              return (
                <g className={`copyfit copyfit-${badge.tone}`} data-testid="copyfit" data-tone={badge.tone} data-lines={badge.lines} data-chars={badge.chars} pointerEvents="none">
                  <title>{t.copyfitTitle(badge)}</title>
                  <rect x={r.x + r.width - px(width + 2)} y={r.y + r.height - px(16)} width={px(width)} height={px(14)} rx={px(7)} />
                  <text x={r.x + r.width - px(width / 2 + 2)} y={r.y + r.height - px(5.5)} fontSize={px(10)} textAnchor="middle">
                    {label}
                  </text>
                </g>
              );
            })()}
          </g>
        );
      })}

      {/* Threads: an arrow from each story frame to the frame it continues in. */}
      {doc.frames.map((frame) => {
        if (frame.kind !== 'story' || frame.next === undefined) return null;
        const from = rects.get(frame.id);
        const to = rects.get(frame.next);
        if (!from || !to) return null;
        const x1 = from.x + from.width - px(6);
        const y1 = from.y + from.height - px(6);
        const x2 = to.x + px(6);
        const y2 = to.y + px(6);
        const bend = Math.max(px(40), Math.abs(x2 - x1) / 3);
        const strong = selectedStories.has(frame.storyId);
        return (
          <g key={`thread-${frame.id}`} className={`thread${strong ? ' strong' : ''}`} data-testid="thread" data-from={frame.id} data-to={frame.next} pointerEvents="none">
            <path d={`M${x1} ${y1}C${x1 + bend} ${y1},${x2 - bend} ${y2},${x2} ${y2}`} strokeWidth={px(strong ? 2 : 1.2)} markerEnd="url(#thread-arrow)" />
            <g className="thread-port">
              <rect x={x1 - px(9)} y={y1 - px(9)} width={px(18)} height={px(14)} rx={px(2)} />
              <text x={x1} y={y1 + px(1)} fontSize={px(10)} textAnchor="middle">
                {t.threadOut}
              </text>
            </g>
            <g className="thread-port">
              <rect x={x2 - px(9)} y={y2 - px(7)} width={px(18)} height={px(14)} rx={px(2)} />
              <text x={x2} y={y2 + px(3)} fontSize={px(10)} textAnchor="middle">
                {t.threadIn}
              </text>
            </g>
          </g>
        );
      })}

      {single &&
        HANDLES.map((h) => {
          const [x, y] = handlePoint(rects.get(single.id)!, h);
          const size = px(8);
          return (
            <rect
              key={h}
              className={`handle handle-${h}`}
              data-handle={h}
              x={x - size / 2}
              y={y - size / 2}
              width={size}
              height={size}
              strokeWidth={px(1)}
              onPointerDown={(event) => props.onHandlePointerDown(event, single.id, h)}
            />
          );
        })}

      {props.preview && (() => {
        const r = areaRect(geometry, props.preview);
        return <rect className="placement-preview" data-testid="placement-preview" x={r.x} y={r.y} width={r.width} height={r.height} strokeWidth={px(2)} pointerEvents="none" />;
      })()}
    </g>
  );
});
