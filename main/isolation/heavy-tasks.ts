import { composeDocument } from '../pages/compose-service';
import { writePagePdf } from '../pages/export-page';
import { linesFileJson } from '../pages/lines-file';
import { composeScreenJob } from '../pages/screen-compose';
import { readReporterFile } from '../import/read-reporter-file';
import { readProvenImageInfo } from '../photos/image-info';
import { serializeError, type HeavyInput, type HeavyOutput, type HeavyTask, type PrintJob, type PrintResult } from './heavy-protocol';

/**
 * The heavy, input-driven work, as it runs inside the worker (heavy-worker.ts): the same
 * functions the main thread used to call, on plain data. Nothing here touches the store.
 */

async function printPage(job: PrintJob): Promise<PrintResult> {
  const page = await composeDocument(job.doc, {
    baseDir: job.baseDir,
    photoPaths: job.photoPaths,
    convertRgb: job.convertRgb,
    forPdf: job.outPath !== undefined,
    press: job.press,
  });
  const result: PrintResult = { preflight: page.result.preflight };
  if (job.lines) result.linesJson = linesFileJson(page.doc, page.result);
  // A page with preflight errors (a collision, overset…) goes to the printer only when asked for;
  // characters without a glyph are refused by the PDF writer itself, each named.
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

export const heavyTasks: { [K in HeavyTask]: (input: HeavyInput<K>) => Promise<HeavyOutput<K>> | HeavyOutput<K> } = {
  'import.read': ({ name, bytes }) => readReporterFile(name, bytes),
  'photo.prove': ({ bytes }) => readProvenImageInfo(bytes),
  'page.screen': (job) => composeScreenJob(job),
  'page.print': printPage,
};
