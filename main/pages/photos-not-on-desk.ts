import type { PageDocument } from '../../shared/model/page';
import type { Store } from '../store/store-types';

/**
 * The page's stored photos whose original is not on this desk (a newsroom has them:
 * docs/newsroom.md). Store reads only, so the CLI can ask before it loads anything heavy.
 */
export function photosNotOnDesk(store: Store, doc: PageDocument): string[] {
  const wanted = new Set(Object.values(doc.assets).flatMap((ref) => (ref.file === undefined && ref.sha256 ? [ref.sha256] : [])));
  if (wanted.size === 0) return [];
  const onDesk = new Set(store.assets.list().map((asset) => asset.sha256));
  return [...wanted].filter((sha256) => !onDesk.has(sha256) && store.newsroom.photos.get(sha256) !== null);
}
