import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ImageInfo } from '../../shared/compose/compose-types';
import type { PhotoView } from '../../shared/ipc/page-contract';
import type { NewsroomPhoto } from '../store/newsroom-photos';
import type { Store } from '../store/store-types';
import { previewPath, type PhotoUrl } from './previews';

/**
 * Photos a newsroom desk knows only by their preview (docs/newsroom.md, Photos): the preview
 * replicated at once, the original stays on the server until an export fetches it. The page desk
 * lists and places them like stored photos and draws them from the preview.
 */

/** The photo as the page desk's photo panel and canvas see it, marked `onServer`. */
export function previewOnlyView(store: Store, photo: NewsroomPhoto, url: PhotoUrl | undefined): PhotoView {
  const relative = previewPath(photo.sha256);
  const shown = url && store.assets.folder !== null && existsSync(join(store.assets.folder, relative)) ? url(relative) : undefined;
  return {
    sha256: photo.sha256,
    fileName: photo.fileName,
    width: photo.width,
    height: photo.height,
    colorSpace: photo.colorSpace,
    ppi: photo.ppi,
    ...(shown ? { url: shown } : {}),
    onServer: true,
  };
}

/** Every photo the newsroom told this desk about whose original is not here, oldest first. */
export function previewOnlyViews(store: Store, url: PhotoUrl | undefined): PhotoView[] {
  return store.newsroom.photos.notOnDesk().map((photo) => previewOnlyView(store, photo, url));
}

/**
 * Size and colour for composing on screen, from the facts the newsroom document carries (the
 * original's pixel size, the decoder's colour space name). Print never uses this: the original
 * is fetched and read before a page is exported.
 */
export function previewOnlyInfo(photo: NewsroomPhoto): ImageInfo {
  const colorSpace = photo.colorSpace === 'cmyk' ? 'cmyk' : photo.colorSpace === 'b-w' ? 'gray' : 'rgb';
  return { width: photo.width, height: photo.height, colorSpace };
}
