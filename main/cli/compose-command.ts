import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PreflightIssue } from '../../shared/compose/compose-types';
import { pressProfileSchema, type PressProfile } from '../../shared/model/press';
import { printPage } from '../pages/print-job';
import { heavyPool } from '../isolation/heavy-work';
import { loadPageFile, loadStoredPage, type LoadedPage } from '../pages/page-files';
import { samplePageDocument } from '../sample/sample-page';
import { openStore } from '../store/open-store';
import type { Store } from '../store/store-types';
import { formatIssue, UsageError, type CliIo } from './cli-context';
import { fetchPageOriginals } from './page-originals';

export const COMPOSE_USAGE = `compose (PAGE.json | --sample | --db DB --page ID | --db DB --edition DATE --out-dir DIR) [--out PDF] [--proof] [--lines FILE] [--preflight] [--date ISO|now] [--no-rgb-conversion] [--force] [--ink-limit PCT] [--press-icc FILE] [--press-condition NAME] [--black-generation light|medium|heavy] [--server URL --user NAME]`;

const HELP = `Usage: banmian ${COMPOSE_USAGE}

Composes a page and writes it as a print-ready PDF.

  PAGE.json            a page file (docs/page-format.md); photo paths are relative to its folder
  --sample             the built-in sample page
  --db DB --page ID    a page stored in a database
  --db DB --edition DATE --out-dir DIR
                       every page stored for that edition date (YYYY-MM-DD), one PDF each in DIR
                       (DATE-pNN.pdf), in one process, with a progress bar on stderr; a page with
                       preflight errors is not written (the others are; exit 1) unless --force
  --out PDF            the PDF to write (atomically: a temporary file, then renamed)
  --proof              write a proof instead: the open proof marks of the page's stories drawn in
                       their rounds' colours with margin notes, and the notes as PDF comments
                       (the sample page has a first proof round); never a print file
  --lines FILE         also write the set lines as JSON (frame, column, text, x, y, width in pt)
  --preflight          print every problem found; exit 1 when any is an error
  --date ISO           the PDF's dates, e.g. 2024-02-20T06:00:00Z; "now" for the current time.
                       Default: the edition date at 00:00 UTC, so the same page gives the same bytes
  --no-rgb-conversion  refuse RGB photos instead of converting them (preflight reports them as errors)
  --force              write the PDF even when preflight finds errors (colliding frames, overset
                       text, a missing photo…) or a character has no glyph in any font (it prints
                       as an empty box); without it such a page is refused (exit 1), each error named

On a newsroom desk (docs/newsroom.md), --db fetches the originals of the photos the page uses
that the desk has only as previews before it writes; a photo it cannot fetch is named and the
page is refused (a preflight error) unless --force:
  --server URL --user NAME  the newsroom database and user (default: the app's Settings → 编辑部
                       beside the database); the password from BANMIAN_PASSWORD or a prompt

The press (overrides the page file's "press"; docs/pdf-export.md, Press profile):
  --ink-limit PCT      total ink limit, C+M+Y+K in % (default 240, newsprint)
  --press-icc FILE     the printer's CMYK ICC profile: photos are separated through it and it is
                       embedded as the PDF's DestOutputProfile
  --press-condition NAME  registered characterisation named in the output intent
                       (default WAN-IFRAnewspaper26v5)
  --black-generation light|medium|heavy  how much grey goes to the black plate (default medium)`;

function parseDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  if (value === 'now') return new Date();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--date: expected YYYY-MM-DDTHH:MM:SSZ or "now", found "${value}"`);
  }
  return new Date(value);
}

/** The press options as a page file's `press`, checked by its schema. */
function pressOptions(values: Record<string, string | boolean | undefined>): PressProfile | undefined {
  const given: Record<string, unknown> = {};
  if (typeof values['ink-limit'] === 'string') given.inkLimit = Number(values['ink-limit']);
  if (typeof values['press-icc'] === 'string') given.iccProfile = resolve(values['press-icc']);
  if (typeof values['press-condition'] === 'string') given.condition = values['press-condition'];
  if (typeof values['black-generation'] === 'string') given.blackGeneration = values['black-generation'];
  if (Object.keys(given).length === 0) return undefined;
  const parsed = pressProfileSchema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const option = { inkLimit: '--ink-limit', iccProfile: '--press-icc', condition: '--press-condition', blackGeneration: '--black-generation' }[String(issue.path[0])] ?? 'press';
    throw new UsageError(`${option}: ${issue.message}`);
  }
  return parsed.data;
}

export async function composeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      sample: { type: 'boolean', default: false },
      db: { type: 'string' },
      page: { type: 'string' },
      edition: { type: 'string' },
      'out-dir': { type: 'string' },
      out: { type: 'string' },
      lines: { type: 'string' },
      preflight: { type: 'boolean', default: false },
      date: { type: 'string' },
      'no-rgb-conversion': { type: 'boolean', default: false },
      proof: { type: 'boolean', default: false },
      'ink-limit': { type: 'string' },
      'press-icc': { type: 'string' },
      'press-condition': { type: 'string' },
      'black-generation': { type: 'string' },
      force: { type: 'boolean', default: false },
      server: { type: 'string' },
      user: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(`${HELP}\n`);
    return 0;
  }
  if (values.edition !== undefined || values['out-dir'] !== undefined) {
    const others = values.sample || positionals.length > 0 || values.page !== undefined || values.out || values.lines || values.proof || values.preflight;
    if (!values.db || values.edition === undefined || !values['out-dir'] || others) {
      throw new UsageError(`an edition is written as: compose --db DB --edition DATE --out-dir DIR [--date ISO|now] [--no-rgb-conversion] [--force]`);
    }
    const edition = { db: values.db, edition: values.edition, outDir: values['out-dir'], fixedDate: parseDate(values.date), login: { server: values.server, user: values.user } };
    heavyPool().warm();
    // Loaded when run, like --proof below: what only an edition or a proof needs in this process
    // would cost every cold `compose` its loading.
    const { composeEdition } = await import('./compose-edition');
    return composeEdition({ ...edition, convertRgb: !values['no-rgb-conversion'], force: values.force }, io);
  }
  const sources = [values.sample, positionals.length > 0, values.page !== undefined].filter(Boolean).length;
  if (sources !== 1 || positionals.length > 1) {
    throw new UsageError(`name one page: a page file, --sample, or --db DB --page ID\n\n${HELP}`);
  }
  if (values.page !== undefined && !values.db) throw new UsageError('--page needs --db DB (the database the page is stored in)');
  if (!values.out && !values.lines && !values.preflight) throw new UsageError('nothing to do: give --out PDF, --lines FILE or --preflight');
  const fixedDate = parseDate(values.date);
  const convertRgb = !values['no-rgb-conversion'];
  const press = pressOptions(values);
  heavyPool().warm(); // the heavy-work process starts while the page and the store are read

  let store: Store | undefined;
  try {
    if (values.db) store = openStore(values.db);
    let loaded: LoadedPage;
    if (values.sample) loaded = { doc: await samplePageDocument(), baseDir: process.cwd() };
    else if (values.page !== undefined) loaded = loadStoredPage(store!, values.page);
    else loaded = await loadPageFile(positionals[0]!, store);

    if (store && values.out) await fetchPageOriginals(store, [loaded.doc], { server: values.server, user: values.user }, io);
    // A --press-icc path is relative to where the command runs, not to the page file.
    const common = { baseDir: loaded.baseDir, store, convertRgb, press };
    if (values.out && values.proof) return await writeProof(loaded, common, { out: values.out, sample: values.sample, fixedDate, preflight: values.preflight }, io);
    // Composition, the lines and the PDF in the heavy-work process: a page that exhausts or crashes it is one line, exit 1.
    // A page with preflight errors (a collision, overset, a missing photo…) is written only with --force.
    const outPath = values.out ? resolve(values.out) : undefined;
    const printed = await printPage(
      loaded.doc,
      { ...common, outPath, fixedDate, allowMissingGlyphs: values.force, refuseErrors: !values.force, lines: values.lines !== undefined },
      'cannot compose the page',
    );
    const issues = printed.preflight;
    const errors = reportIssues(issues, values.preflight, io);
    if (values.lines && printed.linesJson !== undefined) await writeFile(resolve(values.lines), printed.linesJson, 'utf8');
    if (printed.refused) {
      io.err(`not written: the page has ${printed.refused} preflight error(s) (listed above); fix them, or give --force to write it anyway\n`);
      return 1;
    }
    if (printed.writeError) throw printed.writeError;
    if (printed.written && !values.preflight) io.err(`wrote ${printed.written.path} (${printed.written.bytes} bytes)\n`);
    return values.preflight && errors > 0 ? 1 : 0;
  } finally {
    store?.close();
  }
}

/** The preflight: on stdout with a count under --preflight, else on stderr; returns the number of errors. */
function reportIssues(issues: PreflightIssue[], preflight: boolean, io: CliIo): number {
  const errors = issues.filter((i) => i.severity === 'error').length;
  if (preflight) {
    for (const issue of issues) io.out(`${formatIssue(issue)}\n`);
    io.out(`preflight: ${errors} error(s), ${issues.length - errors} warning(s)\n`);
  } else {
    for (const issue of issues) io.err(`${formatIssue(issue)}\n`);
  }
  return errors;
}

/** --proof: the store's proof marks are read here, the page composed and drawn in the heavy-work process. */
async function writeProof(
  loaded: LoadedPage,
  common: { baseDir?: string; store?: Store; convertRgb: boolean; press?: PressProfile },
  options: { out: string; sample: boolean; fixedDate?: Date; preflight: boolean },
  io: CliIo,
): Promise<number> {
  const [{ proofMarksFor }, { printProof }] = await Promise.all([import('../proof/proof-pdf'), import('../proof/proof-export')]);
  const annotations = proofMarksFor(loaded.doc, { store: common.store, sample: options.sample });
  const report = await printProof(loaded.doc, annotations, { ...common, outPath: resolve(options.out), fixedDate: options.fixedDate }, 'cannot write the proof');
  const errors = reportIssues(report.preflight, options.preflight, io);
  for (const mark of report.unplaced) io.err(`proof: mark ${mark.id} not on the page (${mark.reason})\n`);
  if (!options.preflight) io.err(`wrote proof ${report.path} (${report.placed} marks, ${report.bytes} bytes)\n`);
  return options.preflight && errors > 0 ? 1 : 0;
}
