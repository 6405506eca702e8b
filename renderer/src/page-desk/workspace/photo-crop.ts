import { areaRect, type GridGeometry } from '../../../../shared/compose/grid-geometry';
import { cellArea } from '../../../../shared/compose/photo-frames';
import type { Crop } from '../../../../shared/compose/photo-geometry';
import type { DisplayItem, ImageItem, Rect } from '../../../../shared/model/display-list';
import type { Frame, PageDocument, Photo } from '../../../../shared/model/page';
import { patchFrame } from './frame-edits';

/**
 * Cropping on the page: the photo being cropped (a photo frame, or one cell of a photo group),
 * where it is on the page, and the document with its new crop. The geometry itself (the crop that
 * shows an image where it was dragged to) is shared/compose/photo-geometry.ts's.
 */

export interface CropTarget {
  frameId: string;
  /** The cell of a photo group; null for a photo frame. */
  cell: number | null;
}

export function targetPhoto(doc: PageDocument, target: CropTarget): Photo | undefined {
  const frame = doc.frames.find((f) => f.id === target.frameId);
  if (frame?.kind === 'photo' && target.cell === null) return frame;
  if (frame?.kind === 'photo-group' && target.cell !== null) return frame.photos[target.cell]?.photo;
  return undefined;
}

/** The rectangles of a photo group's cells on the page (each cell's area is relative to the group); none for other frames. */
export function cellRects(geometry: GridGeometry, frame: Frame | undefined): Rect[] {
  if (frame?.kind !== 'photo-group') return [];
  return frame.photos.map((cell) => areaRect(geometry, cellArea(frame.area, cell.area)));
}

/** The photo under a page point in this frame: the frame itself, or the group cell the point is in. */
export function cropTargetAt(doc: PageDocument, geometry: GridGeometry, frameId: string, point: { x: number; y: number } | null): CropTarget | null {
  const frame = doc.frames.find((f) => f.id === frameId);
  if (frame?.kind === 'photo') return { frameId, cell: null };
  if (frame?.kind !== 'photo-group' || !point) return null;
  const cell = cellRects(geometry, frame).findIndex((r) => point.x >= r.x && point.x <= r.x + r.width && point.y >= r.y && point.y <= r.y + r.height);
  return cell >= 0 ? { frameId, cell } : null;
}

/** The composed image of the target: its asset, drawn inside the frame's (or cell's) rectangle. */
export function targetImage(items: Iterable<DisplayItem>, doc: PageDocument, geometry: GridGeometry, target: CropTarget): ImageItem | undefined {
  const photo = targetPhoto(doc, target);
  const frame = doc.frames.find((f) => f.id === target.frameId);
  if (!photo || !frame) return undefined;
  const rect = target.cell === null ? areaRect(geometry, frame.area) : cellRects(geometry, frame)[target.cell];
  if (!rect) return undefined;
  for (const item of items) {
    if (item.kind !== 'image' || item.assetId !== photo.assetId) continue;
    const cx = item.clip.x + item.clip.width / 2;
    const cy = item.clip.y + item.clip.height / 2;
    if (cx >= rect.x && cx <= rect.x + rect.width && cy >= rect.y && cy <= rect.y + rect.height) return item;
  }
  return undefined;
}

/** The document with the target photo (a photo frame's, or a group cell's) changed by `update`, which returns the whole photo. */
export function updatePhoto(doc: PageDocument, target: CropTarget, update: (photo: Photo) => Photo): PageDocument {
  const frame = doc.frames.find((f) => f.id === target.frameId);
  // The frame's own fields come through `update`'s spread of the photo; a field it drops (a crop) stays dropped.
  if (frame?.kind === 'photo' && target.cell === null) return { ...doc, frames: doc.frames.map((f) => (f === frame ? { ...update(frame), id: frame.id, kind: frame.kind, area: frame.area } : f)) };
  if (frame?.kind === 'photo-group' && target.cell !== null) {
    const index = target.cell;
    return patchFrame(doc, frame.id, 'photo-group', { photos: frame.photos.map((c, i) => (i === index ? { ...c, photo: update(c.photo) } : c)) });
  }
  return doc;
}

/** The document with the target photo showing `crop`. */
export function withCrop(doc: PageDocument, target: CropTarget, crop: Crop): PageDocument {
  return updatePhoto(doc, target, (photo) => ({ ...photo, fit: 'crop', crop }));
}

/** The document with the target photo filling its frame again (the crop forgotten). */
export function withoutCrop(doc: PageDocument, target: CropTarget): PageDocument {
  return updatePhoto(doc, target, ({ crop: _crop, ...photo }) => ({ ...photo, fit: 'fill' }));
}
