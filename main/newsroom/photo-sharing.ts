import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { imageFormat } from '../photos/image-format';
import { sha256Hex, writeContentFile } from '../photos/photo-files';
import { readStoredPhoto } from '../photos/photo-store';
import { ensurePreview, previewPath } from '../photos/previews';
import type { AssetRecord } from '../store/asset-types';
import { photoDocSchema, type PhotoDoc, type Stamp } from '../store/newsroom-docs';
import type { NewsroomPhoto } from '../store/newsroom-photos';
import type { Store } from '../store/store-types';
import { childRevision } from './local-revision';
import type { Replica } from './replica';

/**
 * Photos in the newsroom. A photo is two documents named by its SHA-256: `photo:<sha256>` with
 * the original as the attachment `original`, and `preview:<sha256>` with the screen preview as
 * `preview`. A desk's live sync pulls previews with everything else and leaves originals on the
 * server (`pullFilter`); `fetchOriginals` copies the ones a page needs, by the engine's own
 * replication restricted to those ids. Both documents are written once and never edited.
 */

export const PHOTO_PREFIX = 'photo:';
export const PREVIEW_PREFIX = 'preview:';

/** The live sync's pull side: everything but originals (fetched on demand). */
export function pullFilter(doc: { _id: string }): boolean {
  return !doc._id.startsWith(PHOTO_PREFIX);
}

const CONTENT_TYPES: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', tiff: 'image/tiff' };

/** The photo's two documents, ready for the replica (`new_edits: false`, revision 1 from their content). */
export async function photoDocs(store: Store, asset: AssetRecord, stamp: Stamp): Promise<object[]> {
  const bytes = await readStoredPhoto(store, asset);
  const description = (type: PhotoDoc['type']): PhotoDoc => ({
    type,
    sha256: asset.sha256,
    fileName: asset.fileName,
    byteSize: asset.byteSize,
    width: asset.width,
    height: asset.height,
    colorSpace: asset.colorSpace,
    ppi: asset.ppi,
    createdAt: asset.createdAt,
    updatedAt: asset.createdAt,
    ...stamp,
  });
  const docs: object[] = [];
  const original = description('photo');
  const format = imageFormat(bytes)?.format;
  docs.push(document(`${PHOTO_PREFIX}${asset.sha256}`, original, 'original', CONTENT_TYPES[format ?? ''] ?? 'application/octet-stream', bytes));
  const preview = await ensurePreview(store, asset);
  if (preview !== null && store.assets.folder !== null) {
    docs.push(document(`${PREVIEW_PREFIX}${asset.sha256}`, description('preview'), 'preview', 'image/jpeg', readFileSync(join(store.assets.folder, preview))));
  }
  return docs;
}

function document(id: string, content: PhotoDoc, attachment: string, contentType: string, bytes: Uint8Array): object {
  // The revision hashes the description; the attachment is named by the same hash already.
  const revision = childRevision(null, content);
  return {
    _id: id,
    _rev: revision.rev,
    _revisions: revision.revisions,
    ...content,
    _attachments: { [attachment]: { content_type: contentType, data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) } },
  };
}

/**
 * A preview that reached the replica: its file goes where the page desk looks for previews
 * (photos/previews/<sha256>.jpg) and the photo is described for `newsroom_photos`. Throws when
 * the document is not a photo preview this version can read.
 */
export async function receivePreview(store: Store, replica: Replica, doc: Record<string, unknown> & { _id: string }): Promise<NewsroomPhoto> {
  const { _id, _rev: _r, _conflicts: _c, _revisions: _v, _attachments: _a, ...content } = doc;
  const parsed = photoDocSchema.safeParse(content);
  if (!parsed.success || `${PREVIEW_PREFIX}${parsed.data.sha256}` !== _id) {
    throw new Error(`${_id} is not a Banmian photo preview this version can read.`);
  }
  const photo = parsed.data;
  if (store.assets.folder !== null) {
    const bytes = (await replica.getAttachment(_id, 'preview')) as Buffer;
    const target = join(store.assets.folder, previewPath(photo.sha256));
    writeContentFile(dirname(target), basename(target), bytes);
  }
  return {
    sha256: photo.sha256,
    fileName: photo.fileName,
    byteSize: photo.byteSize,
    width: photo.width,
    height: photo.height,
    colorSpace: photo.colorSpace,
    ppi: photo.ppi,
    createdBy: photo.createdBy,
    createdAt: photo.createdAt,
  };
}

export interface FetchOriginalsResult {
  /** Now on the desk as ordinary stored photos. */
  fetched: string[];
  /** Still missing, with why. */
  missing: Array<{ sha256: string; reason: string }>;
}

/**
 * Copies the originals of `sha256s` from the server into the replica (one-off replication of
 * those documents) and stores each as a photo on the desk, its bytes checked against its name.
 * The photo's revision is recorded first, so storing it does not queue it to go out again.
 */
export async function fetchOriginals(store: Store, replica: Replica, remote: Replica, sha256s: readonly string[]): Promise<FetchOriginalsResult> {
  const result: FetchOriginalsResult = { fetched: [], missing: [] };
  const wanted = sha256s.filter((sha256) => !store.assets.list().some((asset) => asset.sha256 === sha256));
  if (wanted.length === 0) return result;
  await replica.replicate.from(remote, { doc_ids: wanted.map((sha256) => `${PHOTO_PREFIX}${sha256}`) });
  for (const sha256 of wanted) {
    const id = `${PHOTO_PREFIX}${sha256}`;
    const doc = (await replica.get(id).catch(() => null)) as (Record<string, unknown> & { _id: string; _rev: string }) | null;
    if (!doc) {
      result.missing.push({ sha256, reason: 'the newsroom server does not have this photo (yet)' });
      continue;
    }
    const { _id, _rev, _attachments: _a, ...content } = doc;
    const parsed = photoDocSchema.safeParse(content);
    if (!parsed.success) {
      result.missing.push({ sha256, reason: `${_id} is not a Banmian photo this version can read` });
      continue;
    }
    const bytes = (await replica.getAttachment(id, 'original')) as Buffer;
    if (sha256Hex(bytes) !== sha256) {
      result.missing.push({ sha256, reason: 'the original on the server does not match its SHA-256 (damaged in transit or on the server)' });
      continue;
    }
    store.newsroom.outbox.setBaseRev(id, _rev);
    const { fileName, width, height, colorSpace, ppi } = parsed.data;
    store.assets.addAsset(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName, { width, height, colorSpace, ppi });
    result.fetched.push(sha256);
  }
  return result;
}
