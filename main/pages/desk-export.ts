import type { PageExportResult } from '../../shared/ipc/page-contract';
import type { PageDocument } from '../../shared/model/page';
import type { StoryFields } from '../../shared/model/story';
import type { Store } from '../store/store-types';
import { PdfExportError } from '../export/export-errors';
import { BanmianError } from '../../shared/ipc/result';
import { printPage } from './print-job';
import { pageLabel } from '../../shared/model/page-label';
import { namedStoryIds } from '../../shared/compose/photo-captions';
import { photosNotOnDesk } from './photos-not-on-desk';

/**
 * File → Export PDF from the page desk: the page as it stands on screen, through the same
 * composeDocument and writePagePdf as `banmian compose --out`, in the heavy-work process
 * (print-job.ts). Stories being typed (`drafts`)
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

export { photosNotOnDesk } from './photos-not-on-desk';

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
  const label = `Cannot export "${suggestedPdfName(doc)}"`;
  const printed = await printPage(withDrafts(doc, drafts), { store, outPath: path, allowMissingGlyphs: options.allowMissingGlyphs }, label);
  // The writer's reason as a code the window words in its language (the English stays in the message).
  if (printed.writeError instanceof PdfExportError) throw new BanmianError('bad-file', printed.writeError.message, { exportFailure: { code: printed.writeError.code } });
  if (printed.writeError || !printed.written) throw printed.writeError ?? new Error(`${label}: no PDF was written.`);
  return { written: true, path: printed.written.path, bytes: printed.written.bytes, preflight: printed.preflight, ms: performance.now() - started };
}
