import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AssetRecord } from '../store/asset-types';
import type { Store } from '../store/store-types';
import { writeContentFile } from './photo-files';
import { runHeavy } from '../isolation/heavy-work';

/**
 * A photo's screen preview: an upright sRGB JPEG of at most 2000 px beside the originals
 * (photos/previews/<sha256>.jpg), because the browser cannot draw TIFF, draws CMYK JPEG without
 * colour management, and should not decode a 40-megapixel original to show it 300 px wide.
 * The original is decoded in the heavy-work process (main/isolation); the preview is written here.
 */

const PREVIEW_FOLDER = 'previews';
const PREVIEW_EDGE = 2000;

/** How the photo folder is reached from the renderer: a URL for a path relative to it. */
export type PhotoUrl = (relativePath: string) => string | undefined;

const previews = new Map<string, Promise<string | null>>();

export function previewPath(sha256: string): string {
  return `${PREVIEW_FOLDER}/${sha256}.jpg`;
}

/** The preview's path relative to the photo folder, made on first use; null when it cannot be made. */
export function ensurePreview(store: Store, asset: AssetRecord): Promise<string | null> {
  const folder = store.assets.folder;
  if (folder === null) return Promise.resolve(null);
  let pending = previews.get(asset.sha256);
  if (!pending) {
    pending = (async () => {
      const relative = previewPath(asset.sha256);
      if (existsSync(join(folder, relative))) return relative;
      try {
        const bytes = await runHeavy('photo.preview', { path: store.assets.filePath(asset), edge: PREVIEW_EDGE }, asset.fileName);
        writeContentFile(join(folder, PREVIEW_FOLDER), basename(relative), bytes);
        return relative;
      } catch (error) {
        console.warn(`banmian: no preview for photo ${asset.sha256.slice(0, 12)}: ${(error as Error).message}`);
        return null;
      }
    })();
    previews.set(asset.sha256, pending);
  }
  return pending;
}
