import type { ImageInfo } from '../../shared/compose/compose-types';
import type { PhotoView } from '../../shared/ipc/page-contract';
import type { PageDocument } from '../../shared/model/page';
import type { Store } from '../store/store-types';
import { photoView, storedPhoto, storedPhotoInfo } from './photo-store';
import type { PhotoUrl } from './previews';
import { previewOnlyInfo, previewOnlyView } from './preview-only-photos';

/**
 * The page's photos for the screen: pixel size and colour for composition, and each stored photo's
 * view (with its preview URL). A newsroom photo whose original is not on the desk yet is drawn from
 * its preview (its view says `onServer`).
 */
export async function screenPhotos(store: Store, doc: PageDocument, url: PhotoUrl | undefined) {
  const images: Record<string, ImageInfo | undefined> = {};
  const photos: Record<string, PhotoView> = {};
  await Promise.all(
    Object.entries(doc.assets).map(async ([key, ref]) => {
      if (ref.sha256) {
        const asset = storedPhoto(store, ref.sha256);
        if (!asset) {
          const known = store.newsroom.photos.get(ref.sha256);
          if (known) {
            images[key] = previewOnlyInfo(known);
            photos[key] = previewOnlyView(store, known, url);
          }
          return;
        }
        try {
          images[key] = await storedPhotoInfo(store, asset);
        } catch {
          return;
        }
        photos[key] = await photoView(store, asset, url);
      }
      // A `file` path is never followed here: the window's pages name photos in the store only.
    }),
  );
  return { images, photos };
}
