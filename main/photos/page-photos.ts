import { isAbsolute, resolve } from 'node:path';
import type { ImageInfo } from '../../shared/compose/compose-types';
import type { PageDocument } from '../../shared/model/page';
import { PdfExportError } from '../export/export-errors';
import type { ImageResolver } from '../export/image-source';
import type { AssetRecord } from '../store/asset-types';
import type { Store } from '../store/store-types';
import type { PhotoMetadata } from './image-info';
import { cachedImageInfo } from './photo-facts-cache';
import { storedPhoto, storedPhotoInfo } from './photo-store';
import { printableBytes } from './print-conversion';
import { InputFileError, readInputFile } from '../files/read-input-file';
import type { PressSetup } from './press-conversion';

/**
 * The page's photos, found and read once: a `file` path (relative paths are relative to the
 * folder of the page file, so a page file and its photos can move together), or a `sha256`
 * from the database's photo store. Paths are followed only for a page file the user named
 * (`baseDir` given): a page from the window or the database names photos by SHA-256 alone.
 * Files are read by readInputFile (regular files, size cap). A photo that cannot be found or
 * read is left out with the reason; composition reports it (unknown-asset) and draws an empty frame.
 */

export interface ResolvedAsset {
  path?: string;
  bytes?: Uint8Array;
  /** The photo made ready for the press, converted in the background (only when converting for a PDF). */
  printable?: Promise<Uint8Array>;
  info?: ImageInfo;
  problem?: string;
  /** The newsroom has this photo; its original is not on the desk yet (docs/newsroom.md). */
  onServer?: boolean;
}

export interface PageAssets {
  assets: Map<string, ResolvedAsset>;
  /** Pixel size and colour per asset key, for composePage. */
  images: Record<string, ImageInfo | undefined>;
  /** The bytes per asset key, for the PDF writer. */
  resolver: ImageResolver;
}

export interface ResolveAssetOptions {
  /** The page file's folder: only a page file the user named may give photo paths. */
  baseDir?: string;
  store?: Store;
  /** Stored photos by SHA-256 → their file, gathered from the store beforehand (the heavy-work process has no store). */
  photoPaths?: Record<string, string>;
  /**
   * The press the resolver's photos are converted for (with conversion on): RGB separated, CMYK
   * above the ink limit limited, grey compensated for dot gain. Without it, the files as they are.
   */
  convertFor?: PressSetup;
  /** Start those conversions right away (a PDF will be written), so they run while the page is composed. */
  convertNow?: boolean;
  /**
   * How a page file's photo is decoded whole (default: here, through photo-facts-cache.ts). Outside the
   * heavy-work process — `banmian page-save` — the caller hands in the heavy process's proof.
   */
  prove?: (bytes: Uint8Array, label: string) => Promise<PhotoMetadata>;
}

export async function resolvePageAssets(doc: PageDocument, options: ResolveAssetOptions): Promise<PageAssets> {
  const assets = new Map<string, ResolvedAsset>();
  await Promise.all(
    Object.entries(doc.assets).map(async ([key, ref]) => {
      const found = locate(ref, options);
      if ('problem' in found) {
        assets.set(key, { problem: found.problem, ...(found.onServer ? { onServer: true } : {}) });
        return;
      }
      try {
        const bytes = await readInputFile(found.path, { ownFile: found.own });
        // A page file's photo has not been through the import's check: decode it whole once (per content, photo-facts-cache.ts).
        // A stored photo's facts are read once per process (by content hash) where the store is here.
        const info = !found.own
          ? await (options.prove ? options.prove(bytes, found.label) : cachedImageInfo(bytes, true))
          : found.stored && options.store
            ? await storedPhotoInfo(options.store, found.stored, bytes)
            : await cachedImageInfo(bytes, false);
        const convert = options.convertFor && options.convertNow;
        assets.set(key, { path: found.path, bytes, info, ...(convert ? { printable: printableBytes(bytes, options.convertFor!) } : {}) });
      } catch (error) {
        const reason = error instanceof InputFileError ? error.reason : (error as Error).message;
        assets.set(key, { path: found.path, problem: `${found.label}: ${reason}` });
      }
    }),
  );
  const images: Record<string, ImageInfo | undefined> = {};
  for (const key of Object.keys(doc.assets).sort()) images[key] = assets.get(key)?.info;
  const resolver: ImageResolver = async (assetId) => {
    const asset = assets.get(assetId);
    if (!asset?.bytes) return undefined;
    if (options.convertFor) asset.printable ??= printableBytes(asset.bytes, options.convertFor);
    if (!asset.printable) return { bytes: asset.bytes };
    try {
      return { bytes: await asset.printable };
    } catch (error) {
      throw new PdfExportError('unsupported-image', `Image "${assetId}" cannot be converted for the press: ${(error as Error).message}`, { cause: error });
    }
  };
  return { assets, images, resolver };
}

/** `own`: a file of the photo store (proven at import); `stored`: its record, where the store is at hand. */
type Located = { path: string; own: boolean; stored?: AssetRecord; label: string } | { problem: string; onServer?: boolean };

/** Where an asset's bytes are; `label` names it in messages as the page names it (a stored photo's path is not shown). */
function locate(ref: PageDocument['assets'][string], options: ResolveAssetOptions): Located {
  if (ref.file !== undefined) {
    if (options.baseDir === undefined) return { problem: 'a page from the window or the database names photos in the photo store only, not files' };
    return { path: isAbsolute(ref.file) ? ref.file : resolve(options.baseDir, ref.file), own: false, label: ref.file };
  }
  if (!ref.sha256) return { problem: 'no file' };
  const label = `stored photo ${ref.sha256.slice(0, 12)}…`;
  if (options.photoPaths) {
    const path = Object.prototype.hasOwnProperty.call(options.photoPaths, ref.sha256) ? options.photoPaths[ref.sha256] : undefined;
    return path === undefined ? { problem: `no ${label} in the database` } : { path, own: true, label };
  }
  if (!options.store) return { problem: `no ${label} (no database given)` };
  const asset = storedPhoto(options.store, ref.sha256);
  if (!asset) {
    if (options.store.newsroom.photos.get(ref.sha256)) return { problem: `the original of ${label} is not on this desk yet`, onServer: true };
    return { problem: `no ${label} in the database` };
  }
  return { path: options.store.assets.filePath(asset), own: true, stored: asset, label };
}

/** The files of the stored photos a page names, for composition away from the store (PrintJob.photoPaths). */
export function storedPhotoPaths(doc: PageDocument, store: Store | undefined): Record<string, string> {
  const paths: Record<string, string> = {};
  if (!store) return paths;
  for (const ref of Object.values(doc.assets)) {
    if (ref.file !== undefined || !ref.sha256) continue;
    const asset = storedPhoto(store, ref.sha256);
    if (asset) paths[ref.sha256] = store.assets.filePath(asset);
  }
  return paths;
}
