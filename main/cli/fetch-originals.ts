import { dirname, join } from 'node:path';
import type { PageDocument } from '../../shared/model/page';
import { readNewsroomSettings } from '../newsroom/newsroom-settings-file';
import { fetchOriginals, type FetchOriginalsResult } from '../newsroom/photo-sharing';
import { openRemote, openReplica, replicaPathFor, type Replica } from '../newsroom/replica';
import { describeServerError, safeUrl } from '../newsroom/server-errors';
import { splitServerUrl } from '../newsroom/server-setup';
import { photosNotOnDesk } from '../pages/photos-not-on-desk';
import type { Store } from '../store/store-types';
import { UsageError, type CliIo } from './cli-context';
import { readPassword } from './read-password';

/** `--server URL --user NAME` of `compose`; either falls back to the app's newsroom settings beside the database. */
export interface NewsroomLogin {
  server?: string;
  user?: string;
}

/**
 * `compose --db` on a newsroom desk fetches, before it writes, the originals of the photos its
 * pages use that the desk knows only by their preview, as the app's File → Export PDF does
 * (docs/newsroom.md, Photos). The server and user come from `--server`/`--user`, else from the
 * app's Settings → 编辑部 (newsroom.json beside the database); the password from BANMIAN_PASSWORD
 * or a prompt. Whatever cannot be fetched is said here, and the page's preflight then refuses it
 * (a missing original is an error) unless --force.
 */
export async function fetchMissingOriginals(store: Store, docs: readonly PageDocument[], login: NewsroomLogin, io: CliIo): Promise<void> {
  const missing = [...new Set(docs.flatMap((doc) => photosNotOnDesk(store, doc)))];
  if (missing.length === 0) return;
  const photos = `${missing.length} photo${missing.length === 1 ? '' : 's'}`;
  const settings = readNewsroomSettings(join(dirname(store.path), 'newsroom.json'));
  const server = login.server ?? settings?.url;
  const user = login.user ?? settings?.user;
  if (!server || !user) {
    io.err(`the originals of ${photos} are on the newsroom server, not on this desk: give --server URL --user NAME to fetch them\n`);
    return;
  }
  let url: string;
  try {
    url = splitServerUrl(server).url;
  } catch (error) {
    throw new UsageError(`--server: ${(error as Error).message}`);
  }
  const password = await readPassword('BANMIAN_PASSWORD', `Password of ${user} on ${safeUrl(url)}: `, io.err);
  io.err(`fetching the originals of ${photos} from ${safeUrl(url)}…\n`);
  let replica: Replica;
  try {
    replica = openReplica(replicaPathFor(store.path));
    await replica.info(); // LevelDB opens (and takes its lock) here
  } catch (error) {
    io.err(`cannot open the desk's replica ${replicaPathFor(store.path)} (is the app open on this database? close it first): ${(error as Error).message}\n`);
    return;
  }
  const remote = openRemote(url, user, password);
  let result: FetchOriginalsResult;
  try {
    result = await fetchOriginals(store, replica, remote, missing);
  } catch (error) {
    io.err(`could not fetch the originals: ${describeServerError(error, url)}\n`);
    return;
  } finally {
    await remote.close();
    await replica.close();
  }
  if (result.fetched.length > 0) io.err(`fetched ${result.fetched.length} original${result.fetched.length === 1 ? '' : 's'}\n`);
  for (const { sha256, reason } of result.missing) io.err(`photo ${sha256.slice(0, 12)}…: ${reason}\n`);
}
