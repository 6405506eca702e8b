import type { Rect } from '../model/display-list';
import type { GridArea, Photo, PhotoFrame, PhotoGroupFrame } from '../model/page';
import { CAPTION_GAP, setCaption, type CaptionBlock } from './caption-block';
import { cropInk } from './ink-map';
import type { ComposeContext } from './compose-context';
import type { FrameReport } from './compose-types';
import { areaRect } from './grid-geometry';
import { placePhoto } from './photo-geometry';

/**
 * Photo frames and photo groups. A frame's grid area holds the image and its caption: the image
 * starts where the em box of a body line in the next column starts, and the caption's last line
 * ends where such a line's em box ends, so photo and text columns line up at head and foot.
 * A photo group gives each photo a cell (cell areas are relative to the group) with its own
 * caption (图① …) and sets the one shared credit line right-aligned at the group's foot.
 */

/** Below the grid line's top to the top of a body line's em box (0.88 em above the baseline). */
export function headInset(ctx: ComposeContext): number {
  const { pitch } = ctx.geometry;
  return Math.max(0, 0.75 * pitch - 0.88 * ctx.doc.template.grid.bodySize);
}

/** Above the grid line's bottom to the bottom of a body line's em box (0.12 em below the baseline). */
export function footInset(ctx: ComposeContext): number {
  const { pitch } = ctx.geometry;
  return Math.max(0, 0.25 * pitch - 0.12 * ctx.doc.template.grid.bodySize);
}

/** Places the image (or, when it is missing, an outlined box) and checks its resolution and colour. */
function drawImage(ctx: ComposeContext, frameId: string, photo: Photo, box: Rect): void {
  const info = ctx.images[photo.assetId];
  if (!info) {
    ctx.issues.push({ severity: 'error', code: 'unknown-asset', frameId, params: { assetId: photo.assetId } });
    ctx.out.add({ kind: 'box', rect: box, stroke: { color: [0, 0, 0, 0.5], width: 0.5 } });
    ctx.out.occupy({ frameId, content: 'photo', assetId: photo.assetId }, box);
    return;
  }
  if (box.width <= 0 || box.height <= 0) return;
  const { item, ppi } = placePhoto(photo.assetId, box, info, photo);
  ctx.out.add(item);
  ctx.out.occupy({ frameId, content: 'photo', assetId: photo.assetId }, item.clip);
  const photoFacts = { assetId: photo.assetId, width: info.width, height: info.height };
  if (ppi < 200) {
    ctx.issues.push({ severity: ppi < 150 ? 'error' : 'warning', code: 'low-resolution', frameId, params: { ...photoFacts, ppi: Math.round(ppi) } });
  }
  if (info.colorSpace === 'rgb' || info.colorSpace === 'other') {
    const params = { ...photoFacts, colorSpace: info.colorSpace, converted: ctx.convertRgb };
    ctx.issues.push({ severity: ctx.convertRgb ? 'warning' : 'error', code: 'rgb-image', frameId, params });
  }
  if (info.ink) {
    const ink = cropInk(info.ink, item.draw, item.clip, ctx.inkLimit);
    if (ink.max > ctx.inkLimit) {
      const params = { element: 'photo' as const, assetId: photo.assetId, ink: ink.max, over: ink.over, limit: ctx.inkLimit, converted: ctx.convertRgb };
      ctx.issues.push({ severity: ctx.convertRgb ? 'warning' : 'error', code: 'ink-limit', frameId, params });
    }
  }
}

function drawCaption(ctx: ComposeContext, frameId: string, block: CaptionBlock, x: number, top: number): number {
  for (const line of block.lines) {
    ctx.out.addLine(line.typeset, x, top + line.baseline, { frameId, block: line.block, column: 0 });
  }
  return block.lines.length;
}

/** The image box that is left once the caption has its room; reports when nothing sensible is left. */
function imageBox(ctx: ComposeContext, frameId: string, x: number, width: number, top: number, bottom: number, caption: CaptionBlock): Rect {
  const height = bottom - top - caption.height - (caption.height ? CAPTION_GAP : 0);
  if (height < ctx.geometry.pitch) {
    ctx.issues.push({ severity: 'error', code: 'overset', frameId, params: { frame: 'caption' } });
  }
  return { x, y: top, width, height: Math.max(0, height) };
}

export function composePhotoFrame(ctx: ComposeContext, frame: PhotoFrame): FrameReport {
  const rect = areaRect(ctx.geometry, frame.area);
  const top = rect.y + headInset(ctx);
  const bottom = rect.y + rect.height - footInset(ctx);
  const caption = setCaption(ctx, frame.caption, frame.credit, rect.width, frame.id);
  const box = imageBox(ctx, frame.id, rect.x, rect.width, top, bottom, caption);
  drawImage(ctx, frame.id, frame, box);
  const lines = drawCaption(ctx, frame.id, caption, rect.x, bottom - caption.height);
  return { frameId: frame.id, kind: 'photo', rect, lines, overset: box.height < ctx.geometry.pitch };
}

/** A cell's area on the page: the group's position plus the cell's. */
export function cellArea(group: GridArea, cell: GridArea): GridArea {
  const area: GridArea = { ...cell, column: group.column + cell.column, line: group.line + cell.line };
  for (const key of ['dx', 'dy'] as const) {
    const sum = (group[key] ?? 0) + (cell[key] ?? 0);
    if (sum) area[key] = sum;
  }
  return area;
}

export function composePhotoGroup(ctx: ComposeContext, frame: PhotoGroupFrame): FrameReport {
  const rect = areaRect(ctx.geometry, frame.area);
  const foot = rect.y + rect.height - footInset(ctx);
  const credit = setCaption(ctx, '', frame.credit, rect.width, frame.id);
  const creditTop = foot - credit.height;
  const cells = frame.photos.map((cell) => {
    const r = areaRect(ctx.geometry, cellArea(frame.area, cell.area));
    const atFoot = r.y + r.height >= rect.y + rect.height - 0.5;
    // Cells above others keep half a grid line clear under their caption; cells at the foot stop at the credit line.
    const bottom = atFoot ? creditTop - (credit.height ? CAPTION_GAP : 0) : r.y + r.height - 0.5 * ctx.geometry.pitch;
    return { cell, rect: r, top: r.y + headInset(ctx), bottom, caption: setCaption(ctx, cell.photo.caption, cell.photo.credit, r.width, frame.id) };
  });
  // Cells ending on the same line get the same caption depth, so their images end level.
  const rowDepth = new Map<number, number>();
  for (const c of cells) {
    const key = Math.round(c.bottom * 100);
    rowDepth.set(key, Math.max(rowDepth.get(key) ?? 0, c.caption.height));
  }
  let lines = 0;
  let overset = false;
  for (const c of cells) {
    const depth = rowDepth.get(Math.round(c.bottom * 100)) ?? c.caption.height;
    const padded = { ...c.caption, height: depth };
    const box = imageBox(ctx, frame.id, c.rect.x, c.rect.width, c.top, c.bottom, padded);
    overset ||= box.height < ctx.geometry.pitch;
    drawImage(ctx, frame.id, c.cell.photo, box);
    lines += drawCaption(ctx, frame.id, c.caption, c.rect.x, box.y + box.height + (depth ? CAPTION_GAP : 0));
  }
  lines += drawCaption(ctx, frame.id, credit, rect.x, creditTop);
  return { frameId: frame.id, kind: 'photo-group', rect, lines, overset };
}
