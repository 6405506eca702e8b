import { parseArgs } from 'node:util';
import { BanmianError } from '../shared/ipc/result';
import { articlesCommand } from './cli/articles-command';
import { COMPOSE_USAGE, composeCommand } from './cli/compose-command';
import { importCommand } from './cli/import-command';
import { PAGE_SAVE_USAGE, pageSaveCommand } from './cli/page-save-command';
import { SAMPLE_PAGE_USAGE, samplePageCommand } from './cli/sample-page-command';
import { searchCommand } from './cli/search-command';
import { NEWSROOM_USAGE, SYNC_USAGE } from './cli/newsroom-usage';
import type { CliContext, CliIo } from './cli/cli-context';

/** Headless commands over the same services as the app; no Electron. */

const USAGE = `Usage: banmian <command> [options]

Commands:
  import FILE... --db DB [--json]   import reporter copy (.txt, .docx); prints the new story ids
  articles --db DB [--json]         list the stories in a database
  search QUERY --db DB [--json]     full-text search, best first
  ${COMPOSE_USAGE}
                                    compose a page into a print-ready PDF (compose --help)
  ${SAMPLE_PAGE_USAGE}          the built-in sample page as a page file (stdout, or FILE)
  ${PAGE_SAVE_USAGE}       save a page file (and its photos) in a database; prints the page id
  ${NEWSROOM_USAGE}
                                    make a CouchDB server a newsroom server (newsroom --help)
  ${SYNC_USAGE}
                                    sync a desk with the newsroom server (sync --help)

Options:
  --db PATH     the article database (created when missing)
  --json        machine-readable output
  -h, --help    this text`;

const COMMANDS: Record<string, (ctx: CliContext) => Promise<number>> = {
  import: importCommand,
  articles: articlesCommand,
  search: searchCommand,
};

/** Commands with options of their own: they parse their arguments themselves. */
const PAGE_COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  compose: composeCommand,
  'sample-page': samplePageCommand,
  'page-save': pageSaveCommand,
  // Loaded when run: PouchDB and its network stack cost a cold `compose` ~0.2 s otherwise.
  newsroom: async (argv, io) => (await import('./cli/newsroom-command')).newsroomCommand(argv, io),
  sync: async (argv, io) => (await import('./cli/sync-command')).syncCommand(argv, io),
};

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTTY: process.stderr.isTTY === true,
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [first, ...rest] = argv;
  const pageCommand = first !== undefined ? PAGE_COMMANDS[first] : undefined;
  if (pageCommand) {
    try {
      return await pageCommand(rest, io);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      io.err(`banmian ${first}: ${message}\n`);
      // A malformed command line is a usage error (2), like the other commands'; anything else failed (1).
      const code = String((error as { code?: unknown }).code);
      return code === 'usage' || code.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
    }
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`banmian: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const [name, ...args] = parsed.positionals;
  if (parsed.values.help || !name) {
    (parsed.values.help ? io.out : io.err)(`${USAGE}\n`);
    return parsed.values.help ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`banmian: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command({ args, db: parsed.values.db, json: parsed.values.json ?? false, io });
  } catch (error) {
    const message = error instanceof BanmianError || error instanceof Error ? error.message : String(error);
    io.err(`banmian ${name}: ${message}\n`);
    return 1;
  }
}
