import { basename, extname } from 'node:path';
import type { PhotoView } from '../../shared/ipc/page-contract';
import { BanmianError } from '../../shared/ipc/result';
import { readInputFile } from '../files/read-input-file';
import type { AssetRecord } from '../store/asset-types';
import type { Store } from '../store/store-types';
import { isPlaceablePhoto } from './image-format';
import { readImageInfo, type PhotoMetadata } from './image-info';
import { runHeavy } from '../isolation/heavy-work';
import { ensurePreview, type PhotoUrl } from './previews';
import { defaultPressSetup, type PressSetup } from './press-conversion';

/**
 * Photos for the page desk: imported into the store's content-addressed photo folder, read once
 * for their pixel size and colour (cached by SHA-256: the same hash is the same photo forever),
 * and shown through their screen preview (previews.ts).
 */

const infos = new Map<string, Promise<PhotoMetadata>>();

export function storedPhoto(store: Store, sha256: string): AssetRecord | undefined {
  return store.assets.list().find((asset) => asset.sha256 === sha256);
}

/** A stored photo's bytes: its own regular file in the photo folder (not a hard link to elsewhere), size-capped. */
export function readStoredPhoto(store: Store, asset: AssetRecord): Promise<Uint8Array> {
  return readInputFile(store.assets.filePath(asset), { ownFile: true });
}

/**
 * Pixel size and colour of a stored photo, read once per process (an edition's pages that share
 * a CMYK photo decode it for its ink map once, not once a page). `bytes`: the photo's bytes when
 * the caller has read them already.
 */
export function storedPhotoInfo(store: Store, asset: AssetRecord, bytes?: Uint8Array): Promise<PhotoMetadata> {
  let info = infos.get(asset.sha256);
  if (!info) {
    info = (bytes ? Promise.resolve(bytes) : readStoredPhoto(store, asset)).then((read) => readImageInfo(read));
    info.catch(() => infos.delete(asset.sha256));
    infos.set(asset.sha256, info);
  }
  return info;
}

export async function photoView(store: Store, asset: AssetRecord, url?: PhotoUrl): Promise<PhotoView> {
  const preview = url ? await ensurePreview(store, asset) : null;
  const link = preview && url ? url(preview) : undefined;
  return {
    sha256: asset.sha256,
    fileName: asset.fileName,
    width: asset.width,
    height: asset.height,
    colorSpace: asset.colorSpace,
    ppi: asset.ppi,
    ...(link ? { url: link } : {}),
  };
}

/**
 * Imports photos: every file is checked and read before any is stored, so one bad file stores
 * nothing. Only what a newspaper places: JPEG, PNG, TIFF (by content, whatever the name says),
 * and only a photo that decodes whole (readProvenImageInfo, in the heavy-work process): a truncated
 * or garbled one is refused.
 */
export async function importPhotos(store: Store, files: { name: string; bytes: Uint8Array }[], url?: PhotoUrl): Promise<PhotoView[]> {
  const read: { name: string; bytes: Uint8Array; info: PhotoMetadata }[] = [];
  for (const file of files) {
    const name = basename(file.name);
    if (file.bytes.byteLength === 0) throw new BanmianError('bad-file', `${name}: the file is empty.`);
    if (!isPlaceablePhoto(file.bytes)) throw new BanmianError('bad-file', `${name}: only JPEG, PNG and TIFF photos can be placed.`);
    let info: PhotoMetadata;
    try {
      info = await runHeavy('photo.prove', { bytes: file.bytes }, `${name}: not imported`);
    } catch (error) {
      if (error instanceof BanmianError) throw error; // the worker was stopped: the message says why
      throw new BanmianError('bad-file', `${name}: not imported, ${(error as Error).message}.`);
    }
    read.push({ name, bytes: file.bytes, info });
  }
  const views: PhotoView[] = [];
  for (const file of read) {
    const asset = store.assets.addAsset(file.bytes, file.name, { width: file.info.width, height: file.info.height, colorSpace: file.info.space, ppi: file.info.ppi });
    infos.set(asset.sha256, Promise.resolve(file.info));
    views.push(await photoView(store, asset, url));
  }
  return views;
}

/**
 * A stored photo converted for the press with the exporter's own conversion (CMYK within the ink
 * limit, or grey compensated for dot gain), in the heavy-work process, stored as a photo of its own.
 */
export async function convertPhotoToCmyk(store: Store, sha256: string, url?: PhotoUrl, press?: PressSetup): Promise<PhotoView> {
  const asset = storedPhoto(store, sha256);
  if (!asset) throw new BanmianError('not-found', `No stored photo ${sha256.slice(0, 12)}….`);
  const original = await readStoredPhoto(store, asset);
  const bytes = await runHeavy('photo.press', { bytes: original, press: press ?? (await defaultPressSetup()) }, `${asset.fileName}: not converted`);
  const stem = basename(asset.fileName, extname(asset.fileName));
  const [converted] = await importPhotos(store, [{ name: `${stem}-cmyk.jpg`, bytes }], url);
  return converted!;
}
