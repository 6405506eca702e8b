import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PreflightIssue } from '../../shared/compose/compose-types';
import { BanmianError } from '../../shared/ipc/result';
import { deserializeError, type EditionPageResult } from '../isolation/heavy-protocol';
import { runHeavy } from '../isolation/heavy-work';
import type { Store } from '../store/store-types';
import type { ExportPageOptions } from './export-page';
import { loadStoredPage } from './page-files';
import { printJob } from './print-job';

/**
 * Every page of an edition (the live pages stored with that edition date) as print-ready PDFs,
 * in one task of the heavy-work process (main/isolation): the store is read here, every page's
 * photos start converting at once there and composition runs while they convert (heavy-tasks.ts,
 * printEdition); each page written is reported back as it is, and the time limit is per page.
 */

export interface EditionPage {
  pageNumber: number;
  name: string;
  /** The PDF written; absent when the page was refused. */
  path?: string;
  bytes: number;
  preflight: PreflightIssue[];
  /** With `refuseErrors`: the preflight errors that kept this page from being written. */
  refused?: number;
}

export interface EditionExportOptions extends ExportPageOptions {
  /** Write no PDF for a page whose preflight finds an error (a collision, overset, a missing photo…), like `compose --out` without --force. */
  refuseErrors?: boolean;
  /** Called as each page's PDF is written or refused (pages in 版次 order). */
  onPage?: (page: EditionPage, done: number, total: number) => void;
}

/** `2026-11-29-p03.pdf`: sorts in page order. */
export function editionPageFileName(editionDate: string, pageNumber: number): string {
  return `${editionDate}-p${String(pageNumber).padStart(2, '0')}.pdf`;
}

export async function exportEdition(store: Store, editionDate: string, outDir: string, options: EditionExportOptions = {}): Promise<EditionPage[]> {
  const summaries = store.pages.list({ editionDate }).sort((a, b) => a.pageNumber - b.pageNumber);
  if (summaries.length === 0) throw new BanmianError('not-found', `No pages are stored for the edition ${editionDate}.`, { editionDate });
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  const pages = summaries.map((summary) => {
    const loaded = loadStoredPage(store, summary.id);
    const outPath = join(dir, editionPageFileName(editionDate, summary.pageNumber));
    const settings = { fixedDate: options.fixedDate, convertRgb: options.convertRgb, allowMissingGlyphs: options.allowMissingGlyphs, refuseErrors: options.refuseErrors };
    return { ...printJob(loaded.doc, { ...settings, baseDir: loaded.baseDir, store, outPath }), outPath };
  });
  const editionPage = (result: EditionPageResult): EditionPage => {
    const summary = summaries[result.index]!;
    const page: EditionPage = { pageNumber: summary.pageNumber, name: summary.name, bytes: result.written?.bytes ?? 0, preflight: result.preflight };
    if (result.written) page.path = result.written.path;
    if (result.refused) page.refused = result.refused;
    return page;
  };
  const results = await runHeavy('edition.print', { pages }, `cannot write the edition ${editionDate}`, {
    onProgress: (step) => {
      const result = step as EditionPageResult;
      options.onPage?.(editionPage(result), result.index + 1, pages.length);
    },
  });
  // The writer's refusal (a character no font has, without --force) stops the edition, as it stops a page.
  const failed = results.find((result) => result.writeError);
  if (failed?.writeError) throw deserializeError(failed.writeError);
  return results.map(editionPage);
}
