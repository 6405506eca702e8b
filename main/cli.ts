import { parseArgs } from 'node:util';
import { BanmianError } from '../shared/ipc/result';
import { articlesCommand } from './cli/articles-command';
import { importCommand } from './cli/import-command';
import { searchCommand } from './cli/search-command';
import type { CliContext, CliIo } from './cli/cli-context';

/** Headless commands over the same services as the app; no Electron. */

const USAGE = `Usage: banmian <command> [options]

Commands:
  import FILE... --db DB [--json]   import reporter copy (.txt, .docx); prints the new story ids
  articles --db DB [--json]         list the stories in a database
  search QUERY --db DB [--json]     full-text search, best first

Options:
  --db PATH     the article database (created when missing)
  --json        machine-readable output
  -h, --help    this text`;

const COMMANDS: Record<string, (ctx: CliContext) => Promise<number>> = {
  import: importCommand,
  articles: articlesCommand,
  search: searchCommand,
};

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
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
