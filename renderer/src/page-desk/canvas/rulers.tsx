import { useEffect, useRef } from 'react';
import type { GridGeometry } from '../../../../shared/compose/grid-geometry';
import { PT_PER_MM } from '../../../../shared/model/units';

/**
 * Rulers along the top and left of the page, in two scales at once: millimetres from the trim's
 * top-left corner (the outer band), and the grid's own units from the type area (the inner band)
 * — body characters and basic columns across, grid lines down. Drawn on a canvas on every
 * scroll and zoom, since they follow the page and not the document.
 */

export const RULER_SIZE = 30;

export interface RulerView {
  /** Screen position (px, relative to the ruler's own start) of the trim's left or top edge. */
  origin: number;
  /** Screen pixels per point. */
  scale: number;
}

interface RulerProps {
  orientation: 'horizontal' | 'vertical';
  view: RulerView | null;
  geometry: GridGeometry;
  columns: number;
  bodySize: number;
  /** Where the pointer is, in points along the ruler (a hairline marks it). */
  pointer: number | null;
}

const INK = '#3d4955';
const FAINT = '#98a2ad';
const GRID = '#2f6fd6';

function mmStep(pxPerMm: number): { minor: number; major: number } {
  if (pxPerMm >= 6) return { minor: 1, major: 10 };
  if (pxPerMm >= 2) return { minor: 5, major: 10 };
  if (pxPerMm >= 0.8) return { minor: 10, major: 50 };
  return { minor: 50, major: 100 };
}

export function Ruler({ orientation, view, geometry, columns, bodySize, pointer }: RulerProps) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const element = canvas.current;
    if (!element || !view) return;
    const ratio = window.devicePixelRatio || 1;
    const length = orientation === 'horizontal' ? element.clientWidth : element.clientHeight;
    const thickness = RULER_SIZE;
    const w = orientation === 'horizontal' ? length : thickness;
    const h = orientation === 'horizontal' ? thickness : length;
    element.width = Math.round(w * ratio);
    element.height = Math.round(h * ratio);
    const ctx = element.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.fillStyle = '#f7f8fa';
    ctx.fillRect(0, 0, w, h);
    ctx.font = '9px system-ui, sans-serif';
    ctx.lineWidth = 1;
    const horizontal = orientation === 'horizontal';
    const at = (pt: number) => view.origin + pt * view.scale;
    // A tick from the outer edge inwards: `from`/`to` are distances from the outer edge.
    const tick = (pos: number, from: number, to: number, color: string) => {
      ctx.strokeStyle = color;
      ctx.beginPath();
      const p = Math.round(pos) + 0.5;
      if (horizontal) {
        ctx.moveTo(p, from);
        ctx.lineTo(p, to);
      } else {
        ctx.moveTo(from, p);
        ctx.lineTo(to, p);
      }
      ctx.stroke();
    };
    const label = (pos: number, offset: number, text: string, color: string) => {
      ctx.fillStyle = color;
      if (horizontal) ctx.fillText(text, pos + 2, offset);
      else {
        ctx.save();
        ctx.translate(offset, pos + 2);
        ctx.rotate(Math.PI / 2);
        ctx.fillText(text, 0, 0);
        ctx.restore();
      }
    };
    const half = thickness / 2;

    // Outer band: millimetres from the trim edge.
    const pxPerMm = view.scale * PT_PER_MM;
    const { minor, major } = mmStep(pxPerMm);
    const firstMm = Math.floor(-view.origin / pxPerMm / minor) * minor;
    const lastMm = Math.ceil((length - view.origin) / pxPerMm / minor) * minor;
    for (let mm = firstMm; mm <= lastMm; mm += minor) {
      const pos = at(mm * PT_PER_MM);
      const isMajor = mm % major === 0;
      tick(pos, isMajor ? 0 : half - 5, half, isMajor ? INK : FAINT);
      if (isMajor) label(pos, 9, String(mm), INK);
    }

    // Inner band: grid units from the type area's edge.
    ctx.fillStyle = '#eef3fb';
    if (horizontal) ctx.fillRect(at(geometry.typeArea.x), half, geometry.typeArea.width * view.scale, half);
    else ctx.fillRect(half, at(geometry.typeArea.y), half, geometry.typeArea.height * view.scale);
    if (horizontal) {
      const pitch = geometry.columnWidth + geometry.gutter;
      const charPx = bodySize * view.scale;
      for (let c = 0; c < columns; c++) {
        const left = geometry.typeArea.x + c * pitch;
        tick(at(left), half, thickness, GRID);
        tick(at(left + geometry.columnWidth), half, thickness, GRID);
        if (charPx >= 3) {
          for (let x = left + bodySize; x < left + geometry.columnWidth - 0.01; x += bodySize) tick(at(x), thickness - 4, thickness, FAINT);
        }
        label(at(left + geometry.columnWidth / 2) - 6, thickness - 5, `${c + 1}`, GRID);
      }
    } else {
      const linePx = geometry.pitch * view.scale;
      const every = linePx >= 8 ? 5 : linePx >= 3 ? 10 : 20;
      for (let k = 0; k <= geometry.lines; k++) {
        const y = geometry.typeArea.y + k * geometry.pitch;
        const isMajor = k % every === 0;
        if (linePx >= 3 || isMajor) tick(at(y), isMajor ? half : thickness - 4, thickness, isMajor ? GRID : FAINT);
        if (isMajor && k > 0) label(at(y) - 14, half + 3, String(k), GRID);
      }
    }
    if (pointer !== null) {
      ctx.strokeStyle = '#b8272c';
      tick(at(pointer), 0, thickness, '#b8272c');
    }
    ctx.strokeStyle = '#c6ccd3';
    ctx.beginPath();
    if (horizontal) {
      ctx.moveTo(0, thickness - 0.5);
      ctx.lineTo(w, thickness - 0.5);
    } else {
      ctx.moveTo(thickness - 0.5, 0);
      ctx.lineTo(thickness - 0.5, h);
    }
    ctx.stroke();
  }, [orientation, view, geometry, columns, bodySize, pointer]);

  return <canvas ref={canvas} className={`ruler ruler-${orientation}`} data-testid={`ruler-${orientation}`} aria-hidden="true" />;
}
