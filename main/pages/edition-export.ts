import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { PreflightIssue } from '../../shared/compose/compose-types';
import { BanmianError } from '../../shared/ipc/result';
import type { Store } from '../store/store-types';
import { composeDocument } from './compose-service';
import { writePagePdf, type ExportPageOptions } from './export-page';
import { loadStoredPage } from './page-files';

/**
 * Every page of an edition (the live pages stored with that edition date) as print-ready PDFs,
 * in one process: the fonts and the layout cache are opened once for all pages, and every
 * page's photos are read — and RGB ones converted, in libvips's threads — before the first
 * page is composed, so conversions overlap each other and the composition.
 */

export interface EditionPage {
  pageNumber: number;
  name: string;
  path: string;
  bytes: number;
  preflight: PreflightIssue[];
}

export interface EditionExportOptions extends ExportPageOptions {
  /** Called as each page's PDF is written (pages in 版次 order). */
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
  const convertRgb = options.convertRgb ?? true;
  // All pages' photos start converting at once; composition then runs while they convert.
  const composed = await Promise.all(
    summaries.map((summary) => {
      const loaded = loadStoredPage(store, summary.id);
      return composeDocument(loaded.doc, { baseDir: loaded.baseDir, store, convertRgb, forPdf: true });
    }),
  );
  const written: EditionPage[] = [];
  for (const [index, page] of composed.entries()) {
    const summary = summaries[index]!;
    const path = join(dir, editionPageFileName(editionDate, summary.pageNumber));
    const report = await writePagePdf(page, path, { fixedDate: options.fixedDate, convertRgb, allowMissingGlyphs: options.allowMissingGlyphs ?? false });
    const done: EditionPage = { pageNumber: summary.pageNumber, name: summary.name, path: report.path, bytes: report.bytes, preflight: page.result.preflight };
    written.push(done);
    options.onPage?.(done, written.length, composed.length);
  }
  return written;
}
