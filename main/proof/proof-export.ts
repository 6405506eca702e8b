import type { ProofExportResult } from '../../shared/ipc/contract-types';
import type { Annotation } from '../../shared/model/annotation';
import type { PageDocument } from '../../shared/model/page';
import type { StoryFields } from '../../shared/model/story';
import type { ProofResult } from '../isolation/heavy-protocol';
import { runHeavy } from '../isolation/heavy-work';
import { suggestedPdfName, withDrafts, type PdfPathPicker } from '../pages/desk-export';
import { printJob, type PrintPageOptions } from '../pages/print-job';
import type { Store } from '../store/store-types';
import { proofMarksFor } from './proof-pdf';

/**
 * A proof PDF through the heavy-work process (main/isolation): the store is read here — the
 * page's stories inlined, its photos' files named, its proof marks listed — and the page is
 * composed and drawn there, so a page that exhausts or crashes it costs one line.
 */
export function printProof(doc: PageDocument, annotations: Annotation[], options: PrintPageOptions & { outPath: string }, label: string): Promise<ProofResult> {
  return runHeavy('page.proof', { print: { ...printJob(doc, options), outPath: options.outPath }, annotations }, label);
}

/**
 * The page desk's proof export: the page as it stands on screen (stories being typed as
 * `drafts`), its stored marks drawn over it, written where the user picks ("… 校样.pdf").
 */
export async function exportProofFromDesk(
  store: Store,
  document: PageDocument,
  drafts: Record<string, StoryFields> | undefined,
  pick: PdfPathPicker,
): Promise<ProofExportResult> {
  const name = suggestedPdfName(document).replace(/\.pdf$/, ' 校样.pdf');
  const path = await pick(name);
  if (!path) return { written: false, placed: 0, unplaced: [] };
  const doc = withDrafts(document, drafts);
  const report = await printProof(doc, proofMarksFor(doc, { store }), { store, outPath: path }, `Cannot export "${name}"`);
  return { written: true, path: report.path, bytes: report.bytes, placed: report.placed, unplaced: report.unplaced };
}
