import { parseArgs } from 'node:util';
import { addNewsroomUsers, initNewsroom, parseUserSpec } from '../newsroom/server-setup';
import { safeUrl } from '../newsroom/server-errors';
import { UsageError, type CliIo } from './cli-context';
import { NEWSROOM_USAGE } from './newsroom-usage';
import { readPassword } from './read-password';


const HELP = `Usage: banmian ${NEWSROOM_USAGE}

Makes a CouchDB 3 server (or pouchdb-server) a newsroom server: creates the database (the
URL's last part, default "banmian") and _users, sets the database's _security (members: the
newsroom roles), writes the roles' validate_doc_update in _design/banmian, and creates or
updates each --user. Running it again updates all of that. Every --user is also listed in the
newsroom's directory (directory:users), which every desk reads to offer its assign box.

"newsroom user add" (an administrator) creates or updates the --user users and their directory
entries only, on a server already made a newsroom.

  --server URL     the server, e.g. https://couch.example:6984 or …:6984/banmian
  --admin USER[:PASS]  a server administrator (without :PASS, BANMIAN_ADMIN_PASSWORD or a prompt)
  --user NAME:PASS:ROLE[,ROLE][=DISPLAY NAME]  a newsroom user; roles: reporter, editor,
                   page_editor, proofreader, chief_editor, admin (repeat --user for more);
                   e.g. zhangsan:SECRET:reporter=张三`;

export async function newsroomCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      server: { type: 'string' },
      admin: { type: 'string' },
      user: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${HELP}\n`);
    return 0;
  }
  const action = positionals.join(' ');
  if (action !== 'init' && action !== 'user add') throw new UsageError(`expected: ${NEWSROOM_USAGE}`);
  if (!values.server) throw new UsageError('missing --server URL');
  if (!values.admin) throw new UsageError('missing --admin USER[:PASS]');
  const colon = values.admin.indexOf(':');
  const adminName = colon < 0 ? values.admin : values.admin.slice(0, colon);
  const adminPassword = colon < 0 ? await readPassword('BANMIAN_ADMIN_PASSWORD', `Password of ${adminName}: `, io.err) : values.admin.slice(colon + 1);
  let users;
  try {
    users = (values.user ?? []).map(parseUserSpec);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (action === 'user add' && users.length === 0) throw new UsageError('newsroom user add: give at least one --user NAME:PASS:ROLE');
  const result = await (action === 'init' ? initNewsroom : addNewsroomUsers)({
    server: values.server,
    admin: { name: adminName, password: adminPassword },
    users,
    log: (line) => io.out(`${line}\n`),
  });
  io.out(`newsroom ready: ${safeUrl(result.url)}\n`);
  return 0;
}
