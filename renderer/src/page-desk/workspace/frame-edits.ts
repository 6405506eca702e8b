import type { Cmyk } from '../../../../shared/model/color';
import type {
  StoryCopyfit,
  Frame,
  GridArea,
  HeadlineLayout,
  PageDocument,
  Photo,
  PhotoFrame,
  PhotoGroupFrame,
  StoryFrame,
} from '../../../../shared/model/page';
import type { GridLimits } from './grid-snap';

/**
 * Layout changes as pure functions of the page document: each returns a new document and
 * leaves the old one as it was, so the undo stack can keep whole documents and React can
 * compare them by identity. Every function keeps the document a valid page file: text columns
 * never exceed a frame's span, a photo group always holds its cells, a story's frames stay one
 * thread (续排), and photos no frame shows are dropped from `assets`.
 */

export const RED: Cmyk = [0, 1, 1, 0.05];
export const TINT: Cmyk = [0, 0.12, 0.12, 0];
export const BLACK: Cmyk = [0, 0, 0, 1];

type Patch<T> = Partial<Omit<T, 'id' | 'kind'>>;

export function frameById(doc: PageDocument, id: string): Frame | undefined {
  return doc.frames.find((f) => f.id === id);
}

/** A fresh frame id: `story-1`, `photo-3`, … */
export function newFrameId(doc: PageDocument, prefix: string): string {
  const ids = new Set(doc.frames.map((f) => f.id));
  for (let n = 1; ; n++) if (!ids.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** The frames a story runs through, in reading order (续排). */
export function storyChain(doc: PageDocument, storyId: string): StoryFrame[] {
  const frames = doc.frames.filter((f): f is StoryFrame => f.kind === 'story' && f.storyId === storyId);
  const continued = new Set(frames.map((f) => f.next).filter((n): n is string => n !== undefined));
  const head = frames.find((f) => !continued.has(f.id));
  const chain: StoryFrame[] = [];
  const byId = new Map(frames.map((f) => [f.id, f]));
  for (let f = head; f && !chain.includes(f); f = f.next !== undefined ? byId.get(f.next) : undefined) chain.push(f);
  return chain;
}

/** The headline a story frame starts with: bigger over more columns, 黑体, centred. */
export function defaultHeadline(span: number): HeadlineLayout {
  const size = span >= 5 ? 32 : span === 4 ? 28 : span === 3 ? 26 : span === 2 ? 22 : 18;
  return { size, face: 'noto-sans-sc-700', align: 'center', deckSize: span >= 4 ? 16 : 14 };
}

function withFrames(doc: PageDocument, frames: Frame[]): PageDocument {
  // Photos no frame shows any more leave the page's asset list.
  const used = new Set<string>();
  for (const f of frames) {
    if (f.kind === 'photo') used.add(f.assetId);
    if (f.kind === 'photo-group') for (const cell of f.photos) used.add(cell.photo.assetId);
  }
  const assets = Object.fromEntries(Object.entries(doc.assets).filter(([key]) => used.has(key)));
  return { ...doc, frames, assets };
}

function replaceFrame(doc: PageDocument, id: string, update: (frame: Frame) => Frame): PageDocument {
  return withFrames(
    doc,
    doc.frames.map((f) => (f.id === id ? update(f) : f)),
  );
}

/** The smallest group area that still holds every cell. */
export function groupMinimum(frame: PhotoGroupFrame): { span: number; depth: number } {
  let span = 1;
  let depth = 1;
  for (const cell of frame.photos) {
    span = Math.max(span, cell.area.column + cell.area.span);
    depth = Math.max(depth, cell.area.line + cell.area.depth);
  }
  return { span, depth };
}

/** A new area for a frame, with what depends on it kept consistent (text columns, group cells). */
export function setArea(doc: PageDocument, id: string, area: GridArea): PageDocument {
  return replaceFrame(doc, id, (frame) => {
    if (frame.kind === 'story') {
      // Normal columns follow the span; 破栏 keeps its column count unless the frame gets too narrow for it.
      const bodyColumns = frame.bodyColumns === frame.area.span ? area.span : Math.min(frame.bodyColumns, area.span);
      return { ...frame, area, bodyColumns };
    }
    if (frame.kind === 'photo-group') {
      const min = groupMinimum(frame);
      return { ...frame, area: { ...area, span: Math.max(area.span, min.span), depth: Math.max(area.depth, min.depth) } };
    }
    return { ...frame, area };
  });
}

export function setAreas(doc: PageDocument, areas: ReadonlyMap<string, GridArea>): PageDocument {
  let next = doc;
  for (const [id, area] of areas) next = setArea(next, id, area);
  return next;
}

export function patchFrame<K extends Frame['kind']>(doc: PageDocument, id: string, kind: K, patch: Patch<Extract<Frame, { kind: K }>>): PageDocument {
  return replaceFrame(doc, id, (frame) => (frame.kind === kind ? ({ ...frame, ...patch } as Frame) : frame));
}

/** Sets a free text frame's text and its 着重号 ranges (none: the field left out), as one change. */
export function setFreeText(doc: PageDocument, id: string, text: string, emphasis: ReadonlyArray<[number, number]>): PageDocument {
  return replaceFrame(doc, id, (frame) => (frame.kind !== 'text' ? frame : emphasis.length ? { ...frame, text, emphasis: [...emphasis] } : { ...without(frame, 'emphasis'), text }));
}

/** Removes `key` from an object (exactOptionalPropertyTypes-safe: the key is gone, not undefined). */
function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

/** Sets one field of a story frame's headline block, or removes it (undefined: the default applies). */
export function setHeadlineField<K extends keyof HeadlineLayout>(doc: PageDocument, id: string, key: K, value: HeadlineLayout[K] | undefined): PageDocument {
  const frame = doc.frames.find((f) => f.id === id);
  if (frame?.kind !== 'story' || !frame.headline) return doc;
  const rest = without(frame.headline, key);
  return patchFrame(doc, id, 'story', { headline: (value === undefined ? rest : { ...rest, [key]: value }) as HeadlineLayout });
}

/** Sets (or, with null, removes) the copyfit "fit to frames" found for a story's first frame. */
export function setStoryCopyfit(doc: PageDocument, id: string, copyfit: StoryCopyfit | null): PageDocument {
  return replaceFrame(doc, id, (frame) => (frame.kind !== 'story' ? frame : copyfit ? { ...frame, copyfit } : without(frame, 'copyfit')));
}

/**
 * Places a story. A story already on the page is not set twice: the new frame continues its
 * thread (续排) from the last frame it runs through.
 */
export function placeStory(
  doc: PageDocument,
  storyId: string,
  area: GridArea,
): { doc: PageDocument; id: string; continued: string | null } {
  const id = newFrameId(doc, 'story');
  const chain = storyChain(doc, storyId);
  const last = chain[chain.length - 1];
  const frame: StoryFrame = {
    id,
    kind: 'story',
    storyId,
    area,
    bodyColumns: area.span,
    ...(last ? {} : { headline: defaultHeadline(area.span) }),
  };
  const frames = doc.frames.map((f) => (last && f.id === last.id ? { ...last, next: id } : f));
  return { doc: withFrames(doc, [...frames, frame]), id, continued: last?.id ?? null };
}

/**
 * A story frame given the size its story needs (pages.fitStoryFrame) — unless it was moved or
 * resized since it was dropped at `dropped` (the editor's hand wins). The headline keeps its
 * size: the fit was found with it.
 */
export function fitStoryFrameTo(doc: PageDocument, id: string, dropped: GridArea, fit: { area: GridArea; bodyColumns: number }): PageDocument {
  const frame = doc.frames.find((f) => f.id === id);
  if (frame?.kind !== 'story' || JSON.stringify(frame.area) !== JSON.stringify(dropped)) return doc;
  return replaceFrame(doc, id, () => ({ ...frame, area: fit.area, bodyColumns: fit.bodyColumns }));
}

export interface PhotoSource {
  sha256: string;
  width: number;
  height: number;
  fileName?: string;
}

/** The page's asset key for a stored photo: the one already used for it, or a new one from its file name. */
export function assetKeyFor(doc: PageDocument, photo: PhotoSource): { doc: PageDocument; key: string } {
  const existing = Object.entries(doc.assets).find(([, ref]) => ref.sha256 === photo.sha256);
  if (existing) return { doc, key: existing[0] };
  const stem = (photo.fileName ?? 'photo').replace(/\.[^.]*$/u, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 40) || 'photo';
  let key = stem;
  for (let n = 2; key in doc.assets; n++) key = `${stem}-${n}`;
  return { doc: { ...doc, assets: { ...doc.assets, [key]: { sha256: photo.sha256, width: photo.width, height: photo.height } } }, key };
}

export function placePhoto(doc: PageDocument, photo: PhotoSource, area: GridArea): { doc: PageDocument; id: string } {
  const { doc: withAsset, key } = assetKeyFor(doc, photo);
  const id = newFrameId(withAsset, 'photo');
  const frame: PhotoFrame = { id, kind: 'photo', area, assetId: key, fit: 'fill', caption: '', credit: '' };
  return { doc: { ...withAsset, frames: [...withAsset.frames, frame] }, id };
}

/** Puts another stored photo into a photo frame (or a group's cell), keeping caption and credit. */
export function replacePhoto(doc: PageDocument, id: string, photo: PhotoSource, cell?: number): PageDocument {
  const { doc: withAsset, key } = assetKeyFor(doc, photo);
  return replaceFrame(withAsset, id, (frame) => {
    if (frame.kind === 'photo') {
      // A crop chosen for the old photo means nothing for the new one.
      const { crop: _crop, ...rest } = frame;
      return { ...rest, assetId: key, fit: frame.fit === 'crop' ? 'fill' : frame.fit };
    }
    if (frame.kind === 'photo-group' && cell !== undefined) {
      return { ...frame, photos: frame.photos.map((c, i) => (i === cell ? { ...c, photo: { ...c.photo, assetId: key } } : c)) };
    }
    return frame;
  });
}

export function placeBanner(doc: PageDocument, area: GridArea, text: string, style: 'reverse' | 'tint'): { doc: PageDocument; id: string } {
  const id = newFrameId(doc, 'banner');
  const frame: Frame = { id, kind: 'banner', area, text, style, color: style === 'reverse' ? RED : TINT };
  return { doc: { ...doc, frames: [...doc.frames, frame] }, id };
}

export function placeRule(doc: PageDocument, area: GridArea, orientation: 'horizontal' | 'vertical'): { doc: PageDocument; id: string } {
  const id = newFrameId(doc, 'rule');
  const frame: Frame = { id, kind: 'rule', area, orientation, weight: 0.5, color: BLACK };
  return { doc: { ...doc, frames: [...doc.frames, frame] }, id };
}

export function placeText(doc: PageDocument, area: GridArea, text: string): { doc: PageDocument; id: string } {
  const id = newFrameId(doc, 'text');
  const frame: Frame = { id, kind: 'text', area, text, size: 9, face: 'noto-serif-sc-400', align: 'justify' };
  return { doc: { ...doc, frames: [...doc.frames, frame] }, id };
}

/**
 * Removes frames. A story frame taken out of the middle of a thread joins its neighbours; when
 * a thread's first frame goes, the next one takes over the headline.
 */
export function removeFrames(doc: PageDocument, ids: readonly string[]): PageDocument {
  const gone = new Set(ids);
  let frames = doc.frames;
  for (const id of ids) {
    const frame = frames.find((f) => f.id === id);
    if (frame?.kind !== 'story') continue;
    const next = frame.next;
    frames = frames.map((f) => {
      if (f.kind !== 'story') return f;
      if (f.next === id) return next !== undefined ? { ...f, next } : without(f, 'next');
      if (f.id === next && frame.headline && !frames.some((o) => o.kind === 'story' && o.next === id)) return { ...f, headline: frame.headline };
      return f;
    });
  }
  return withFrames(
    doc,
    frames.filter((f) => !gone.has(f.id)),
  );
}

export type Order = 'front' | 'back' | 'forward' | 'backward';

/** Z-order: frames are drawn in document order, so later frames lie on top. */
export function reorderFrames(doc: PageDocument, ids: readonly string[], order: Order): PageDocument {
  const chosen = new Set(ids);
  const frames = [...doc.frames];
  if (order === 'front') return { ...doc, frames: [...frames.filter((f) => !chosen.has(f.id)), ...frames.filter((f) => chosen.has(f.id))] };
  if (order === 'back') return { ...doc, frames: [...frames.filter((f) => chosen.has(f.id)), ...frames.filter((f) => !chosen.has(f.id))] };
  if (order === 'forward') {
    for (let i = frames.length - 2; i >= 0; i--) {
      if (chosen.has(frames[i]!.id) && !chosen.has(frames[i + 1]!.id)) [frames[i], frames[i + 1]] = [frames[i + 1]!, frames[i]!];
    }
  } else {
    for (let i = 1; i < frames.length; i++) {
      if (chosen.has(frames[i]!.id) && !chosen.has(frames[i - 1]!.id)) [frames[i], frames[i - 1]] = [frames[i - 1]!, frames[i]!];
    }
  }
  return { ...doc, frames };
}

function overlapsArea(a: GridArea, b: GridArea): boolean {
  return a.column < b.column + b.span && b.column < a.column + a.span && a.line < b.line + b.depth && b.line < a.line + a.depth;
}

/** Somewhere on the grid no frame covers, near `after`: to its right first, then below it. */
export function freeAreaNear(doc: PageDocument, limits: GridLimits, after: GridArea, span: number, depth: number): GridArea {
  const taken = doc.frames.map((f) => f.area);
  const fits = (area: GridArea) =>
    area.column + area.span <= limits.columns && area.line + area.depth <= limits.lines && !taken.some((t) => overlapsArea(t, area));
  const candidates: GridArea[] = [];
  for (let column = after.column + after.span; column + span <= limits.columns; column++) candidates.push({ column, span, line: after.line, depth });
  for (let line = after.line + after.depth; line + depth <= limits.lines; line++) candidates.push({ column: after.column, span, line, depth });
  for (let line = 0; line + depth <= limits.lines; line++) {
    for (let column = 0; column + span <= limits.columns; column++) candidates.push({ column, span, line, depth });
  }
  return candidates.find(fits) ?? { column: Math.min(after.column, limits.columns - span), span, line: Math.min(after.line + after.depth, Math.max(0, limits.lines - depth)), depth };
}

/** 续排: the story goes on in a new frame placed where the page has room, after the thread's last frame. */
export function continueStory(doc: PageDocument, limits: GridLimits, frameId: string): { doc: PageDocument; id: string } | null {
  const frame = frameById(doc, frameId);
  if (frame?.kind !== 'story') return null;
  const chain = storyChain(doc, frame.storyId);
  const last = chain[chain.length - 1] ?? frame;
  const depth = Math.min(20, limits.lines);
  const area = freeAreaNear(doc, limits, last.area, Math.min(last.bodyColumns, last.area.span), depth);
  const placed = placeStory(doc, frame.storyId, area);
  return { doc: placed.doc, id: placed.id };
}

/** Ends the thread after this frame; the frames after it are left empty until threaded again. */
export function unthread(doc: PageDocument, frameId: string): PageDocument {
  const cut = frameById(doc, frameId);
  if (cut?.kind !== 'story' || cut.next === undefined) return doc;
  // The frames after the cut are removed: a second thread of the same story would set it twice.
  const after: string[] = [];
  for (let id: string | undefined = cut.next; id !== undefined; ) {
    const f = frameById(doc, id);
    if (f?.kind !== 'story' || after.includes(id)) break;
    after.push(id);
    id = f.next;
  }
  const trimmed = replaceFrame(doc, frameId, (f) => (f.kind === 'story' ? without(f, 'next') : f));
  return withFrames(
    trimmed,
    trimmed.frames.filter((f) => !after.includes(f.id)),
  );
}

/** Photo frames joined into a photo group with one credit line (本栏照片均由…摄) at its foot. */
export function groupPhotos(doc: PageDocument, ids: readonly string[]): { doc: PageDocument; id: string } | null {
  const photos = doc.frames.filter((f): f is PhotoFrame => f.kind === 'photo' && ids.includes(f.id));
  if (photos.length < 2) return null;
  const column = Math.min(...photos.map((p) => p.area.column));
  const line = Math.min(...photos.map((p) => p.area.line));
  const right = Math.max(...photos.map((p) => p.area.column + p.area.span));
  const bottom = Math.max(...photos.map((p) => p.area.line + p.area.depth));
  const credit = photos.map((p) => p.credit).find((c) => c.trim()) ?? '';
  const id = newFrameId(doc, 'photos');
  const group: PhotoGroupFrame = {
    id,
    kind: 'photo-group',
    area: { column, span: right - column, line, depth: bottom - line },
    photos: [...photos]
      .sort((a, b) => a.area.line - b.area.line || a.area.column - b.area.column)
      .map((p) => {
        const { id: _id, kind: _kind, area, ...photo } = p;
        const cell: GridArea = { ...area, column: area.column - column, line: area.line - line };
        return { area: cell, photo: { ...(photo as Photo), credit: '' } };
      }),
    credit,
  };
  const first = doc.frames.findIndex((f) => ids.includes(f.id));
  const frames = doc.frames.filter((f) => !photos.includes(f as PhotoFrame));
  frames.splice(Math.min(first, frames.length), 0, group);
  return { doc: withFrames(doc, frames), id };
}

/** A photo group back into photo frames; the shared credit goes to the photo at the group's foot. */
export function ungroupPhotos(doc: PageDocument, id: string): { doc: PageDocument; ids: string[] } | null {
  const group = frameById(doc, id);
  if (group?.kind !== 'photo-group') return null;
  const ids: string[] = [];
  let next = { ...doc, frames: doc.frames.filter((f) => f.id !== id) };
  const lastAtFoot = group.photos.reduce((best, cell, i) => (cell.area.line + cell.area.depth >= group.photos[best]!.area.line + group.photos[best]!.area.depth ? i : best), 0);
  const created: PhotoFrame[] = group.photos.map((cell, i) => {
    const frameId = newFrameId(next, 'photo');
    ids.push(frameId);
    const area: GridArea = { ...cell.area, column: group.area.column + cell.area.column, line: group.area.line + cell.area.line };
    const frame: PhotoFrame = { id: frameId, kind: 'photo', area, ...cell.photo, credit: i === lastAtFoot && group.credit ? group.credit : cell.photo.credit };
    next = { ...next, frames: [...next.frames, frame] };
    return frame;
  });
  const at = doc.frames.findIndex((f) => f.id === id);
  const frames = doc.frames.flatMap((f, i) => (i === at ? created : f.id === id ? [] : [f]));
  return { doc: withFrames(doc, frames), ids };
}
