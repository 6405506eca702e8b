import type { PageExportResult } from '../../shared/ipc/page-contract';
import type { PageDocument } from '../../shared/model/page';
import type { StoryFields } from '../../shared/model/story';
import type { Store } from '../store/store-types';
import { printPage } from './print-job';
import { pageLabel } from '../../shared/model/page-label';

/**
 * File → Export PDF from the page desk: the page as it stands on screen, through the same
 * composeDocument and writePagePdf as `banmian compose --out`, in the heavy-work worker
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
  const used = new Set(doc.frames.flatMap((f) => (f.kind === 'story' ? [f.storyId] : [])));
  const stories = { ...doc.stories };
  for (const [id, draft] of Object.entries(drafts)) if (used.has(id)) stories[id] = draft;
  return { ...doc, stories };
}

export async function exportPageFromDesk(
  store: Store,
  doc: PageDocument,
  drafts: Record<string, StoryFields> | undefined,
  pick: PdfPathPicker,
  options: { allowMissingGlyphs?: boolean } = {},
): Promise<PageExportResult> {
  const path = await pick(suggestedPdfName(doc));
  const started = performance.now();
  if (!path) return { written: false, preflight: [], ms: 0 };
  const label = `Cannot export "${suggestedPdfName(doc)}"`;
  const printed = await printPage(withDrafts(doc, drafts), { store, outPath: path, allowMissingGlyphs: options.allowMissingGlyphs }, label);
  if (printed.writeError || !printed.written) throw printed.writeError ?? new Error(`${label}: no PDF was written.`);
  return { written: true, path: printed.written.path, bytes: printed.written.bytes, preflight: printed.preflight, ms: performance.now() - started };
}
