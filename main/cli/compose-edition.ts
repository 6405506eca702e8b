import { exportEdition } from '../pages/edition-export';
import { loadStoredPage } from '../pages/page-files';
import { openStore } from '../store/open-store';
import { fetchPageOriginals, type NewsroomLogin } from './page-originals';
import { formatIssue, UsageError, type CliIo } from './cli-context';
import { progressBar } from './progress-bar';
import { pageNumberLabel } from '../../shared/model/page-label';

export interface ComposeEditionArgs {
  db: string;
  edition: string;
  outDir: string;
  fixedDate?: Date;
  convertRgb: boolean;
  /** Write pages despite preflight errors, characters no font has as boxes (--force). */
  force?: boolean;
  /** Where the originals of newsroom photos come from (fetch-originals.ts). */
  login?: NewsroomLogin;
}

/**
 * `compose --db DB --edition DATE --out-dir DIR`: every page of the edition, with a progress bar
 * on stderr. A page with preflight errors is not written unless --force (as `compose --out`):
 * the others are, and the command names the refused pages and exits 1.
 */
export async function composeEdition(args: ComposeEditionArgs, io: CliIo): Promise<number> {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(args.edition)) throw new UsageError(`--edition: expected a date as YYYY-MM-DD, found "${args.edition}"`);
  const store = openStore(args.db);
  try {
    const docs = store.pages.list({ editionDate: args.edition }).map((page) => loadStoredPage(store, page.id).doc);
    await fetchPageOriginals(store, docs, args.login ?? {}, io);
    let bar: ReturnType<typeof progressBar> | undefined;
    const problems: string[] = [];
    const pages = await exportEdition(store, args.edition, args.outDir, {
      fixedDate: args.fixedDate,
      convertRgb: args.convertRgb,
      allowMissingGlyphs: args.force ?? false,
      refuseErrors: !args.force,
      onPage(page, done, total) {
        bar ??= progressBar(io, total);
        bar.step(done, `${pageNumberLabel(page.pageNumber)} ${page.name}`.trimEnd());
        for (const issue of page.preflight) problems.push(`${pageNumberLabel(page.pageNumber)} ${formatIssue(issue)}`);
      },
    });
    bar?.end();
    for (const line of problems) io.err(`${line}\n`);
    const written = pages.filter((page) => page.path !== undefined);
    const bytes = written.reduce((sum, page) => sum + page.bytes, 0);
    io.err(`wrote ${written.length} page(s) of ${args.edition} to ${args.outDir} (${bytes} bytes)\n`);
    const refused = pages.filter((page) => page.refused);
    if (refused.length === 0) return 0;
    const names = refused.map((page) => pageNumberLabel(page.pageNumber)).join('、');
    io.err(`not written: ${names} (${refused.length} page(s) with preflight errors, listed above); fix them, or give --force to write them anyway\n`);
    return 1;
  } finally {
    store.close();
  }
}
