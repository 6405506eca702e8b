import type { Annotation } from '../../shared/model/annotation';
import type { PageDocument } from '../../shared/model/page';
import type { StoryFields } from '../../shared/model/story';
import { layoutProof, type ProofOptions } from '../../shared/proof/proof-layer';
import type { ProofPageLayer } from '../../shared/proof/proof-types';
import { writePdf, type PdfExportReport } from '../export/index';
import type { ComposedDocument } from '../pages/compose-service';
import { displayDocument, editionDate } from '../pages/export-page';
import { pageMeasurer } from '../fonts/page-measurer';
import { resolvePageStories } from '../pages/page-stories';
import { sampleProofRound } from '../sample/sample-proof-round';
import type { Store } from '../store/store-types';

/**
 * The proof PDF of a composed page: the print page with the open proof marks of its stories
 * drawn over it in their rounds' colours, margin notes with leaders, and every note as a PDF
 * annotation (main/export/proof-annotations.ts). The print PDF of the same page is untouched.
 * writeProofPdf runs in the heavy-work process (main/isolation, task page.proof); proof-export.ts
 * and the CLI read the marks from the store and send it the page.
 */

export interface ProofPdfOptions {
  /** The marks of the page's stories (replies included); see proofMarksFor. */
  annotations: readonly Annotation[];
  store?: Store;
  fixedDate?: Date;
  convertRgb?: boolean;
  layout?: ProofOptions;
}

export interface ProofReport extends PdfExportReport {
  /** Marks drawn on the page. */
  placed: number;
  /** Marks of the page's stories that are not on it: their text is gone (orphaned) or on no set line. */
  unplaced: ProofPageLayer['unplaced'];
}

/** The marks a proof of this page shows: the built-in sample round for the sample page, else the stored ones. */
export function proofMarksFor(doc: PageDocument, source: { store?: Store; sample?: boolean }): Annotation[] {
  if (source.sample) return sampleProofRound(doc.stories ?? {});
  const { store } = source;
  if (!store) return [];
  const ids = new Set(doc.frames.flatMap((frame) => (frame.kind === 'story' ? [frame.storyId] : [])));
  return [...ids].flatMap((id) => {
    try {
      return store.annotations.listByStory(id);
    } catch {
      return []; // a story only in the page file has no stored marks
    }
  });
}

export function proofLayerFor(page: ComposedDocument, annotations: readonly Annotation[], store?: Store, layout?: ProofOptions): ProofPageLayer {
  const stories: Record<string, StoryFields> = resolvePageStories(page.doc, store);
  return layoutProof({ page: page.result.page, stories, annotations, measurer: pageMeasurer(), options: layout });
}

function pdfOptions(page: ComposedDocument, layer: ProofPageLayer, options: ProofPdfOptions) {
  return {
    images: page.assets.resolver,
    title: `${page.title} 校样`,
    fixedDate: options.fixedDate ?? editionDate(page),
    convertRgb: options.convertRgb ?? true,
    // A proof shows a character no font has as its box, for the proofreader to mark; only a print file refuses it.
    allowMissingGlyphs: true,
    proof: { pages: [layer] },
  };
}

export async function writeProofPdf(page: ComposedDocument, outPath: string, options: ProofPdfOptions): Promise<ProofReport & { path: string }> {
  const layer = proofLayerFor(page, options.annotations, options.store, options.layout);
  const report = await writePdf(displayDocument(page), { ...pdfOptions(page, layer, options), outPath });
  return { ...report, placed: layer.notes.length, unplaced: layer.unplaced };
}
