import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { ImageInfo } from '../../shared/compose/compose-types';
import type { PageDocument } from '../../shared/model/page';
import type { ImageResolver } from '../export/image-source';
import type { Store } from '../store/store-types';
import { readImageInfo } from './image-info';
import { storedPhoto } from './photo-store';
import { printableBytes } from './print-conversion';

/**
 * The page's photos, found and read once: a `file` path (relative paths are relative to the
 * folder of the page file, so a page file and its photos can move together), or a `sha256`
 * from the database's photo store. A photo that cannot be found or read is left out with the
 * reason; composition reports it (unknown-asset) and draws an empty frame.
 */

export interface ResolvedAsset {
  path?: string;
  bytes?: Uint8Array;
  /** CMYK bytes of an RGB photo, converted in the background (only when converting for a PDF). */
  printable?: Promise<Uint8Array>;
  info?: ImageInfo;
  problem?: string;
}

export interface PageAssets {
  assets: Map<string, ResolvedAsset>;
  /** Pixel size and colour per asset key, for composePage. */
  images: Record<string, ImageInfo | undefined>;
  /** The bytes per asset key, for the PDF writer. */
  resolver: ImageResolver;
}

function storedPath(store: Store | undefined, sha256: string): string | undefined {
  if (!store) return undefined;
  const asset = storedPhoto(store, sha256);
  return asset ? store.assets.filePath(asset) : undefined;
}

export interface ResolveAssetOptions {
  baseDir: string;
  store?: Store;
  /** Start converting RGB photos to CMYK right away (a PDF will be written, with conversion on). */
  convertForPdf?: boolean;
}

export async function resolvePageAssets(doc: PageDocument, options: ResolveAssetOptions): Promise<PageAssets> {
  const assets = new Map<string, ResolvedAsset>();
  await Promise.all(
    Object.entries(doc.assets).map(async ([key, ref]) => {
      const path = ref.file !== undefined ? (isAbsolute(ref.file) ? ref.file : resolve(options.baseDir, ref.file)) : ref.sha256 ? storedPath(options.store, ref.sha256) : undefined;
      if (!path) {
        assets.set(key, { problem: ref.sha256 ? `no stored photo ${ref.sha256.slice(0, 12)}… ${options.store ? 'in the database' : '(no database given)'}` : 'no file' });
        return;
      }
      try {
        const bytes = new Uint8Array(await readFile(path));
        const info = await readImageInfo(bytes);
        const convert = options.convertForPdf && (info.colorSpace === 'rgb' || info.colorSpace === 'other');
        assets.set(key, { path, bytes, info, ...(convert ? { printable: printableBytes(bytes) } : {}) });
      } catch (error) {
        assets.set(key, { path, problem: `${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      }
    }),
  );
  const images: Record<string, ImageInfo | undefined> = {};
  for (const key of Object.keys(doc.assets).sort()) images[key] = assets.get(key)?.info;
  const resolver: ImageResolver = async (assetId) => {
    const asset = assets.get(assetId);
    if (asset?.printable) return { bytes: await asset.printable };
    return asset?.bytes ? { bytes: asset.bytes } : undefined;
  };
  return { assets, images, resolver };
}
