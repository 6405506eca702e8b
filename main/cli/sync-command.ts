import { parseArgs } from 'node:util';
import { NewsroomDesk, type NewsroomStatus, type SyncOnceResult } from '../newsroom/newsroom-desk';
import { openReplica, replicaPathFor } from '../newsroom/replica';
import { safeUrl } from '../newsroom/server-errors';
import { splitServerUrl } from '../newsroom/server-setup';
import { openStore } from '../store/open-store';
import { UsageError, type CliIo } from './cli-context';
import { SYNC_USAGE } from './newsroom-usage';
import { readPassword } from './read-password';


const HELP = `Usage: banmian ${SYNC_USAGE}

Syncs a desk's database with the newsroom server, both ways, through the desk's replica
(DB's folder, NAME.replica/). The password comes from BANMIAN_PASSWORD or is asked for.

  --once   sync everything once and exit: 0 when done, 1 when the server could not be
           reached or refused the login, 3 when done but the server refused some changes
  (default) keep syncing until interrupted (Ctrl-C), printing each change of state
  --json   --once prints its result as JSON`;

/** Exit code of a sync that finished but had changes refused by the server. */
export const EXIT_REFUSED = 3;

export async function syncCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      server: { type: 'string' },
      user: { type: 'string' },
      once: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${HELP}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected ${positionals.join(' ')}: ${SYNC_USAGE}`);
  if (!values.db) throw new UsageError('missing --db PATH (the desk database)');
  if (!values.server) throw new UsageError('missing --server URL (the newsroom database, e.g. http://127.0.0.1:5984/banmian)');
  if (!values.user) throw new UsageError('missing --user NAME (a newsroom user)');
  let url: string;
  try {
    url = splitServerUrl(values.server).url;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const password = await readPassword('BANMIAN_PASSWORD', `Password of ${values.user} on ${safeUrl(url)}: `, io.err);

  const store = openStore(values.db);
  const replica = openReplica(replicaPathFor(store.path));
  const say = (line: string) => io.err(`${line}\n`);
  let lastLine = '';
  const desk = new NewsroomDesk(store, replica, { url, user: values.user, password }, {
    onStatus: values.once ? undefined : (status) => {
      const line = describeStatus(status);
      if (line !== lastLine) say(line);
      lastLine = line;
    },
    onInbound: (report) => say(`received: ${report.changed.story.length} stories, ${report.changed.page.length} pages, ${report.changed.mark.length} marks`),
  });
  try {
    if (values.once) return await once(desk, url, values.json, io);
    desk.start();
    say(`syncing ${store.path} with ${safeUrl(url)} as ${values.user}; Ctrl-C stops`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    return 0;
  } finally {
    await desk.stop();
    await replica.close();
    store.close();
  }
}

async function once(desk: NewsroomDesk, url: string, json: boolean, io: CliIo): Promise<number> {
  const waiting = desk.status().waiting;
  io.err(`sending ${waiting} saved change${waiting === 1 ? '' : 's'} to ${safeUrl(url)}…\n`);
  let result: SyncOnceResult;
  try {
    result = await desk.syncOnce();
  } catch (error) {
    io.err(`banmian sync: ${(error as Error).message}\n`);
    return 1;
  }
  const status = desk.status();
  if (json) io.out(`${JSON.stringify({ ...result, status }, null, 2)}\n`);
  const { changed } = result.received;
  io.err(`sent ${result.pushed} change${result.pushed === 1 ? '' : 's'}; received ${changed.story.length} stories, ${changed.page.length} pages, ${changed.mark.length} marks\n`);
  if (status.conflicts > 0) io.err(`${status.conflicts} conflict${status.conflicts === 1 ? '' : 's'} wait for a choice in the app (both versions are kept)\n`);
  for (const refusal of result.refused) io.err(`refused by the server: ${refusal.docId}: ${refusal.reason}\n`);
  if (result.received.deferred.length > 0) io.err(`${result.received.deferred.length} documents wait for what they refer to (they arrive with it)\n`);
  return result.refused.length > 0 ? EXIT_REFUSED : 0;
}

function describeStatus(status: NewsroomStatus): string {
  const parts: string[] = [status.state];
  if (status.waiting > 0) parts.push(`${status.waiting} waiting`);
  if (status.conflicts > 0) parts.push(`${status.conflicts} conflicts`);
  if (status.lastSync) parts.push(`last sync ${status.lastSync}`);
  if (status.error) parts.push(status.error);
  return parts.join(' · ');
}
