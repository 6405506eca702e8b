import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { PreflightIssue } from '../../shared/compose/compose-types';
import { BanmianError } from '../../shared/ipc/result';
import { pageNumberLabel } from '../../shared/model/page-label';
import type { HeavyPool } from '../isolation/heavy-pool';
import { deserializeError, type EditionPhoto, type PrintJob, type PrintResult } from '../isolation/heavy-protocol';
import { heavyPool } from '../isolation/heavy-work';
import type { Store } from '../store/store-types';
import { pagePress } from './compose-service';
import { dealOut } from './deal-out';
import type { ExportPageOptions } from './export-page';
import { loadStoredPage } from './page-files';
import { printJob } from './print-job';

/**
 * Every page of an edition (the live pages stored with that edition date) as print-ready PDFs,
 * on every core: the store is read here; the heavy-work processes (main/isolation) — the app's
 * warm one and one more per core, min(cores, pages) in all — take the pages in 版次 order, the
 * next page to whichever process is free (deal-out.ts). The warm process first converts the
 * edition's photos into the disk caches (each photo once) while the others start up. Each process opens the fonts once for
 * all its pages. A page is reported as it is written; the results come back in 版次 order. A
 * process that fails (a crash, the memory or time limit) fails its page with that one line, and
 * the edition with it.
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
  /** Called as each page's PDF is written or refused, in the order they finish (`done` counts them). */
  onPage?: (page: EditionPage, done: number, total: number) => void;
  /** How many heavy-work processes share the pages (default: one per core); never more than the pages. */
  processes?: number;
}

/** `2026-11-29-p03.pdf`: sorts in page order. */
export function editionPageFileName(editionDate: string, pageNumber: number): string {
  return `${editionDate}-p${String(pageNumber).padStart(2, '0')}.pdf`;
}

type EditionJob = PrintJob & { outPath: string };

export async function exportEdition(store: Store, editionDate: string, outDir: string, options: EditionExportOptions = {}): Promise<EditionPage[]> {
  const summaries = store.pages.list({ editionDate }).sort((a, b) => a.pageNumber - b.pageNumber);
  if (summaries.length === 0) throw new BanmianError('not-found', `No pages are stored for the edition ${editionDate}.`, { editionDate });
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  const jobs: EditionJob[] = summaries.map((summary) => {
    const loaded = loadStoredPage(store, summary.id);
    const outPath = join(dir, editionPageFileName(editionDate, summary.pageNumber));
    const settings = { fixedDate: options.fixedDate, convertRgb: options.convertRgb, allowMissingGlyphs: options.allowMissingGlyphs, refuseErrors: options.refuseErrors };
    return { ...printJob(loaded.doc, { ...settings, baseDir: loaded.baseDir, store, outPath }), outPath };
  });
  const editionPage = (result: PrintResult, index: number): EditionPage => {
    const summary = summaries[index]!;
    const page: EditionPage = { pageNumber: summary.pageNumber, name: summary.name, bytes: result.written?.bytes ?? 0, preflight: result.preflight };
    if (result.written) page.path = result.written.path;
    if (result.refused) page.refused = result.refused;
    return page;
  };
  const label = (index: number) => `cannot write ${pageNumberLabel(summaries[index]!.pageNumber)} of the edition ${editionDate}`;
  const first = heavyPool();
  const pools = [first, ...Array.from({ length: Math.min(options.processes ?? availableParallelism(), jobs.length) - 1 }, () => first.sibling())];
  for (const pool of pools) pool.warm();
  try {
    // With more than one process, the warm one converts the photos first (each once, in libvips's threads) while
    // the others start up; their first pages wait for it, so no photo is converted twice.
    const photos = pools.length > 1 ? convertPhotosOnce(first, jobs, `cannot write the edition ${editionDate}`) : Promise.resolve();
    photos.catch(() => undefined); // awaited by every page below
    const results = await dealOut(
      pools,
      jobs,
      async (pool, job, index) => (await photos, pool.run('page.print', job, { label: label(index) })),
      (result, index, done) => options.onPage?.(editionPage(result, index), done, jobs.length),
    );
    // The writer's refusal (a character no font has, without --force) stops the edition, as it stops a page.
    const failed = results.find((result) => result.writeError);
    if (failed?.writeError) throw deserializeError(failed.writeError);
    return results.map(editionPage);
  } finally {
    // The extra processes end with the edition; the first stays warm for the app's next task.
    await Promise.all(pools.slice(1).map((pool) => pool.close()));
  }
}

/** The edition's distinct stored photos, converted by one process into the disk caches before any page is composed. */
async function convertPhotosOnce(pool: HeavyPool, jobs: EditionJob[], label: string): Promise<void> {
  const photos = new Map<string, EditionPhoto>();
  for (const job of jobs) {
    const press = pagePress(job.doc, job.press);
    for (const path of Object.values(job.photoPaths)) {
      const photo: EditionPhoto = { path, press, ...(job.baseDir !== undefined ? { baseDir: job.baseDir } : {}) };
      photos.set(JSON.stringify(photo), photo);
    }
  }
  if (photos.size > 0) await pool.run('edition.photos', { photos: [...photos.values()], convertRgb: jobs[0]!.convertRgb }, { label });
}
