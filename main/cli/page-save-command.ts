import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { PageDocument } from '../../shared/model/page';
import { BanmianError } from '../../shared/ipc/result';
import type { PhotoMetadata } from '../photos/image-info';
import { runHeavy } from '../isolation/heavy-work';
import { loadPageFile } from '../pages/page-files';
import { changingPage } from '../pages/stored-pages';
import { resolvePageAssets } from '../photos/page-photos';
import { withStore } from './with-store';
import { UsageError, type CliIo } from './cli-context';

export const PAGE_SAVE_USAGE = 'page-save PAGE.json --db DB';

/**
 * Saves a page file in a database: its photos go into the photo store (referenced by sha256
 * from then on), its inline stories stay in the page. A page already in the slot (edition date
 * + 版次) is saved over, as a new version. Prints the page id.
 */
export async function pageSaveCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { db: { type: 'string' } } });
  if (!values.db) throw new UsageError('missing --db PATH (the database to save the page in)');
  if (positionals.length !== 1) throw new UsageError(`name one page file: ${PAGE_SAVE_USAGE}`);
  const db = values.db;
  return withStore(db, async (store) => {
    const { doc, baseDir } = await loadPageFile(positionals[0]!, store);
    // The page file's photos are decoded whole in the heavy-work process (main/isolation), not here.
    const proven = new Map<Uint8Array, PhotoMetadata>();
    const prove = async (bytes: Uint8Array, label: string) => {
      const info = await runHeavy('photo.prove', { bytes }, `${label}: not saved`);
      proven.set(bytes, info);
      return info;
    };
    const { assets } = await resolvePageAssets(doc, { baseDir, store, prove });
    const stored: PageDocument = { ...doc, assets: {} };
    for (const [key, ref] of Object.entries(doc.assets)) {
      const asset = assets.get(key);
      if (!asset?.bytes || !asset.path) throw new BanmianError('bad-file', `assets.${key}: ${asset?.problem ?? 'cannot be read'}`);
      const info = proven.get(asset.bytes) ?? (await prove(asset.bytes, `assets.${key}`));
      const record = store.assets.addAsset(asset.bytes, basename(asset.path), { width: info.width, height: info.height, colorSpace: info.space, ppi: info.ppi });
      stored.assets[key] = { sha256: record.sha256, width: ref.width ?? info.width, height: ref.height ?? info.height };
    }
    const fields = { name: doc.page.name, editionDate: doc.page.edition, pageNumber: doc.page.number, section: doc.page.section, document: stored as unknown as Record<string, unknown> };
    const existing = store.pages.list({ editionDate: doc.page.edition }).find((p) => p.pageNumber === doc.page.number);
    // Library stories the page places become 已上版 (and those it no longer places go back), as in the app.
    const page = changingPage(store, existing?.id ?? null, () => (existing ? store.pages.save(existing.id, existing.version, fields) : store.pages.create(fields)));
    io.out(`${page.id}\n`);
    return 0;
  });
}
