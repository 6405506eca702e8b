import type { PageExportResult } from '../../shared/ipc/page-contract';
import type { PageDocument } from '../../shared/model/page';
import type { StoryFields } from '../../shared/model/story';
import type { Store } from '../store/store-types';
import { composeDocument } from './compose-service';
import { PdfExportError } from '../export/export-errors';
import { BanmianError } from '../../shared/ipc/result';
import { writePagePdf } from './export-page';
import { pageLabel } from '../../shared/model/page-label';
import { namedStoryIds } from '../../shared/compose/photo-captions';
import { storedPhoto } from '../photos/photo-store';

/**
 * File → Export PDF from the page desk: the page as it stands on screen, through the same
 * composeDocument and writePagePdf as `banmian compose --out`. Stories being typed (`drafts`)
 * go in as the page's inline stories, which composition prefers to the store's copies.
 */

/** Where to write: the desktop app asks with a save dialog; null when the user cancels. */
export type PdfPathPicker = (suggestedName: string) => Promise<string | null>;

/** 2024-02-20 第3版 基层党建.pdf — what the file would be called on the desk's shared drive. */
export function suggestedPdfName(doc: PageDocument): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must not reach a file name
  const name = `${pageLabel(doc.page.edition, doc.page.number)} ${doc.page.name}`.trim().replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '_');
  return `${name}.pdf`;
}

export function withDrafts(doc: PageDocument, drafts: Record<string, StoryFields> = {}): PageDocument {
  // Stories in story frames and those captions are linked to (photo-captions.ts).
  const used = namedStoryIds(doc);
  const stories = { ...doc.stories };
  for (const [id, draft] of Object.entries(drafts)) if (used.has(id)) stories[id] = draft;
  return { ...doc, stories };
}

/** The page's stored photos whose original is not on this desk (a newsroom has them: docs/newsroom.md). */
export function photosNotOnDesk(store: Store, doc: PageDocument): string[] {
  const wanted = new Set(Object.values(doc.assets).flatMap((ref) => (ref.file === undefined && ref.sha256 ? [ref.sha256] : [])));
  return [...wanted].filter((sha256) => !storedPhoto(store, sha256) && store.newsroom.photos.get(sha256) !== null);
}

export interface DeskExportOptions {
  allowMissingGlyphs?: boolean;
  /** Brings originals from the newsroom onto the desk before the page is composed for print. */
  fetchPhotos?: (sha256s: string[]) => Promise<void>;
}

export async function exportPageFromDesk(
  store: Store,
  doc: PageDocument,
  drafts: Record<string, StoryFields> | undefined,
  pick: PdfPathPicker,
  options: DeskExportOptions = {},
): Promise<PageExportResult> {
  const path = await pick(suggestedPdfName(doc));
  const started = performance.now();
  if (!path) return { written: false, preflight: [], ms: 0 };
  const missing = photosNotOnDesk(store, doc);
  if (missing.length > 0 && options.fetchPhotos) await options.fetchPhotos(missing);
  const page = await composeDocument(withDrafts(doc, drafts), { store, forPdf: true });
  let report;
  try {
    report = await writePagePdf(page, path, { allowMissingGlyphs: options.allowMissingGlyphs });
  } catch (error) {
    // The writer's reason as a code the window words in its language (the English stays in the message).
    if (error instanceof PdfExportError) throw new BanmianError('bad-file', error.message, { exportFailure: { code: error.code } });
    throw error;
  }
  return { written: true, path: report.path, bytes: report.bytes, preflight: page.result.preflight, ms: performance.now() - started };
}
