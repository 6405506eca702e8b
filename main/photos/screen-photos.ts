import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { ImageInfo } from '../../shared/compose/compose-types';
import type { PhotoView } from '../../shared/ipc/page-contract';
import type { PageDocument } from '../../shared/model/page';
import type { Store } from '../store/store-types';
import { readImageInfo } from './image-info';
import { photoView, storedPhoto, storedPhotoInfo } from './photo-store';
import type { PhotoUrl } from './previews';

const fileInfos = new Map<string, { stamp: string; info: Promise<ImageInfo> }>();

/** A photo named by path (a page file saved by the CLI): read again only when the file changes. */
async function fileImageInfo(path: string): Promise<ImageInfo | undefined> {
  try {
    const s = await stat(path);
    const stamp = `${s.size}:${s.mtimeMs}`;
    let entry = fileInfos.get(path);
    if (entry?.stamp !== stamp) {
      entry = { stamp, info: readFile(path).then((bytes) => readImageInfo(new Uint8Array(bytes))) };
      fileInfos.set(path, entry);
    }
    return await entry.info;
  } catch {
    return undefined;
  }
}

/** The page's photos for the screen: pixel size and colour for composition, and each stored photo's view (with its preview URL). */
export async function screenPhotos(store: Store, doc: PageDocument, url: PhotoUrl | undefined) {
  const images: Record<string, ImageInfo | undefined> = {};
  const photos: Record<string, PhotoView> = {};
  await Promise.all(
    Object.entries(doc.assets).map(async ([key, ref]) => {
      if (ref.sha256) {
        const asset = storedPhoto(store, ref.sha256);
        if (!asset) return;
        try {
          images[key] = await storedPhotoInfo(store, asset);
        } catch {
          return;
        }
        photos[key] = await photoView(store, asset, url);
      } else if (ref.file) {
        const info = await fileImageInfo(isAbsolute(ref.file) ? ref.file : resolve(ref.file));
        if (info) images[key] = info;
      }
    }),
  );
  return { images, photos };
}
