import type { PageDocument } from '../../shared/model/page';
import { photosNotOnDesk } from '../pages/photos-not-on-desk';
import type { Store } from '../store/store-types';
import type { CliIo } from './cli-context';
import type { NewsroomLogin } from './fetch-originals';

export type { NewsroomLogin } from './fetch-originals';

/**
 * Before `compose --db` writes: the originals of newsroom photos the pages use, fetched when the
 * desk lacks any (fetch-originals.ts). PouchDB and its network stack are loaded only then, so an
 * ordinary `compose` starts as fast as before.
 */
export async function fetchPageOriginals(store: Store, docs: readonly PageDocument[], login: NewsroomLogin, io: CliIo): Promise<void> {
  if (!docs.some((doc) => photosNotOnDesk(store, doc).length > 0)) return;
  await (await import('./fetch-originals')).fetchMissingOriginals(store, docs, login, io);
}
