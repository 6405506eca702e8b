import { composeDocument, type ComposedDocument } from '../pages/compose-service';
import { writePagePdf } from '../pages/export-page';
import { linesFileJson } from '../pages/lines-file';
import { composeScreenJob } from '../pages/screen-compose';
import { fitStoryInJob } from '../pages/copyfit-service';
import { fitFrameInJob } from '../pages/fit-story-frame';
import { readReporterFile } from '../import/read-reporter-file';
import { readInputFile } from '../files/read-input-file';
import { readProvenImageInfo } from '../photos/image-info';
import { printableBytes } from '../photos/print-conversion';
import { previewJpeg } from '../photos/sharp-pipelines';
import { writeProofPdf } from '../proof/proof-pdf';
import { prepareEditionPhotos } from '../photos/edition-photos';
import {
  serializeError,
  type HeavyInput,
  type HeavyOutput,
  type HeavyTask,
  type PrintJob,
  type PrintResult,
  type ProofJob,
  type ProofResult,
} from './heavy-protocol';

/**
 * The heavy, input-driven work, as it runs inside the heavy process (heavy-process.ts): the same
 * functions the main process used to call, on plain data. Nothing here touches the store.
 */

function composeJob(job: PrintJob): Promise<ComposedDocument> {
  return composeDocument(job.doc, {
    baseDir: job.baseDir,
    photoPaths: job.photoPaths,
    convertRgb: job.convertRgb,
    forPdf: job.outPath !== undefined,
    press: job.press,
  });
}

/** Preflight, the lines, and the PDF unless refused: a page with preflight errors goes to the printer only when asked for. */
async function finishPrint(job: PrintJob, page: ComposedDocument): Promise<PrintResult> {
  const result: PrintResult = { preflight: page.result.preflight };
  if (job.lines) result.linesJson = linesFileJson(page.doc, page.result);
  // Characters without a glyph are refused by the PDF writer itself, each named.
  const blocking = page.result.preflight.filter((i) => i.severity === 'error' && i.code !== 'missing-glyph').length;
  if (job.outPath !== undefined && job.refuseErrors && blocking > 0) result.refused = blocking;
  else if (job.outPath !== undefined) {
    try {
      const options = { fixedDate: job.fixedDate ? new Date(job.fixedDate) : undefined, convertRgb: job.convertRgb, allowMissingGlyphs: job.allowMissingGlyphs };
      const report = await writePagePdf(page, job.outPath, options);
      result.written = { path: report.path, bytes: report.bytes };
    } catch (error) {
      // The preflight still goes back: the CLI prints it before saying why the PDF was refused.
      result.writeError = serializeError(error);
    }
  }
  return result;
}

async function printPage(job: PrintJob): Promise<PrintResult> {
  return finishPrint(job, await composeJob(job));
}

async function printProof({ print, annotations }: ProofJob): Promise<ProofResult> {
  const page = await composeJob(print);
  const report = await writeProofPdf(page, print.outPath, { annotations, fixedDate: print.fixedDate ? new Date(print.fixedDate) : undefined, convertRgb: print.convertRgb });
  return { preflight: page.result.preflight, path: report.path, bytes: report.bytes, placed: report.placed, unplaced: report.unplaced };
}

type TaskRunner<K extends HeavyTask> = (input: HeavyInput<K>, progress: (step: unknown) => void) => Promise<HeavyOutput<K>> | HeavyOutput<K>;

export const heavyTasks: { [K in HeavyTask]: TaskRunner<K> } = {
  'import.read': ({ name, bytes }) => readReporterFile(name, bytes),
  'photo.prove': ({ bytes }) => readProvenImageInfo(bytes),
  'photo.press': ({ bytes, press }) => printableBytes(bytes, press),
  // The photo store's own file (no second name), size-capped, as every read from a path.
  'photo.preview': async ({ path, edge }) => previewJpeg(await readInputFile(path, { ownFile: true }), edge),
  'page.screen': (job) => composeScreenJob(job),
  'page.fit': fitStoryInJob,
  'page.fitFrame': fitFrameInJob,
  'page.print': printPage,
  'page.proof': printProof,
  'edition.photos': ({ photos, convertRgb }, progress) => prepareEditionPhotos(photos, convertRgb, progress),
};
