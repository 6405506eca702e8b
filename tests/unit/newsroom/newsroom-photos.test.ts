import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDocument } from '../../../main/pages/compose-service';
import { exportPageFromDesk, photosNotOnDesk } from '../../../main/pages/desk-export';
import { openSamplePage } from '../../../main/pages/sample-in-store';
import { pageView, savePage } from '../../../main/pages/stored-pages';
import { importPhotos } from '../../../main/photos/photo-store';
import type { PageDocument } from '../../../shared/model/page';
import { asAdmin, startNewsroomServer, type TestServer } from './newsroom-server';
import { deskFolder, openTestDesk, removeFolder, type TestDesk } from './test-desks';

/**
 * Photos travel as attachments: a page editor on desk A lays out a page with photos (one of them
 * an 8 MB JPEG); desk B gets the page, the stories and the previews at once, the originals only
 * when it exports, and then writes the same PDF, byte for byte.
 */
const USERS = {
  wang: { name: 'wang', password: 'pw-wang', roles: ['page_editor' as const, 'reporter' as const] },
  li: { name: 'li', password: 'pw-li', roles: ['page_editor' as const] },
};

/** An 8 MB CMYK JPEG: noise does not compress, so the size is real. */
async function bigPhoto(): Promise<Uint8Array> {
  const bytes = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#c0c0c0', noise: { type: 'gaussian', mean: 170, sigma: 60 } } })
    .toColourspace('cmyk')
    .jpeg({ quality: 92 })
    .toBuffer();
  return new Uint8Array(bytes);
}

describe('photos shared through the newsroom', { timeout: 180_000 }, () => {
  let server: TestServer;
  let url: string;
  const folders: string[] = [];
  let a: TestDesk;
  let b: TestDesk;

  beforeAll(async () => {
    ({ server, url } = await startNewsroomServer({ database: 'photos', users: Object.values(USERS) }));
    for (const user of [USERS.wang, USERS.li]) {
      const dir = deskFolder();
      folders.push(dir);
      const desk = openTestDesk(dir, url, user);
      if (user === USERS.wang) a = desk;
      else b = desk;
    }
  }, 60_000);

  afterAll(async () => {
    for (const desk of [a, b]) await desk?.close();
    await server?.stop();
    for (const dir of folders) removeFolder(dir);
  });

  it('a page with photos made on A exports a byte-identical PDF on B, fetching the originals first', async () => {
    // Desk A: the sample page (its photos imported into A's photo store), with an 8 MB photo in the portrait frame.
    const sample = await openSamplePage(a.store);
    const big = await bigPhoto();
    expect(big.byteLength).toBeGreaterThan(8_000_000);
    const [photo] = await importPhotos(a.store, [{ name: '现场大图.jpg', bytes: big }]);
    const document: PageDocument = structuredClone(sample.document);
    document.assets['portrait-camera'] = { sha256: photo!.sha256, width: photo!.width, height: photo!.height };
    savePage(a.store, sample.id, sample.version, document);
    const shas = Object.values(document.assets).map((ref) => ref.sha256!);

    const pdfA = await exportPageFromDesk(a.store, document, undefined, async (name) => join(folders[0]!, name));
    expect(pdfA.preflight.filter((issue) => issue.severity === 'error')).toEqual([]);

    await a.desk.syncOnce();
    // On the server: the original as an attachment of photo:<sha256>, its preview beside it.
    const onServer = await asAdmin(server, 'GET', `${url}/photo:${photo!.sha256}`);
    expect(onServer).toMatchObject({ type: 'photo', sha256: photo!.sha256, fileName: '现场大图.jpg', createdBy: 'wang' });
    expect((onServer._attachments as Record<string, { length: number; content_type: string }>).original).toMatchObject({
      length: big.byteLength,
      content_type: 'image/jpeg',
    });
    expect(await asAdmin(server, 'GET', `${url}/preview:${photo!.sha256}`)).toMatchObject({ type: 'preview' });

    // Desk B: the page, its stories and every preview arrive; no original does.
    await b.desk.syncOnce();
    const pageOnB = pageView(b.store, b.store.pages.get(sample.id));
    expect(pageOnB.document).toEqual(document);
    for (const sha256 of shas) {
      expect(existsSync(join(folders[1]!, 'photos', 'previews', `${sha256}.jpg`))).toBe(true);
      await expect(b.replica.get(`photo:${sha256}`)).rejects.toMatchObject({ status: 404 });
    }
    expect(b.store.assets.list()).toEqual([]);
    expect(photosNotOnDesk(b.store, pageOnB.document).sort()).toEqual([...new Set(shas)].sort());

    // Preflight says the originals are not on the desk yet.
    const composed = await composeDocument(pageOnB.document, { store: b.store });
    const waiting = composed.result.preflight.filter((issue) => issue.code === 'unknown-asset');
    expect(waiting.map((issue) => issue.code === 'unknown-asset' && issue.params).sort((x, y) => String(x && x.assetId).localeCompare(String(y && y.assetId)))).toEqual(
      Object.keys(document.assets)
        .sort()
        .map((assetId) => expect.objectContaining({ assetId, onServer: true })),
    );

    // Exporting fetches them, then writes the same bytes as desk A.
    const fetched: string[][] = [];
    const pdfB = await exportPageFromDesk(b.store, pageOnB.document, undefined, async (name) => join(folders[1]!, name), {
      fetchPhotos: async (missing) => {
        fetched.push(missing);
        const result = await b.desk.fetchOriginals(missing);
        expect(result.missing).toEqual([]);
      },
    });
    expect(fetched).toHaveLength(1);
    expect(pdfB.preflight.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(readFileSync(pdfB.path!).equals(readFileSync(pdfA.path!))).toBe(true);
    expect(b.store.assets.list().find((asset) => asset.sha256 === photo!.sha256)).toMatchObject({ fileName: '现场大图.jpg', byteSize: big.byteLength });

    // A fetched original is not sent back, and the next export needs nothing.
    expect(b.store.newsroom.outbox.count()).toBe(0);
    expect(photosNotOnDesk(b.store, pageOnB.document)).toEqual([]);
  });

  it('a photo the server does not have is reported by name, not exported as an empty frame', async () => {
    const missing = 'f'.repeat(64);
    const result = await b.desk.fetchOriginals([missing]);
    expect(result).toEqual({ fetched: [], missing: [{ sha256: missing, reason: expect.stringContaining('does not have') }] });
  });
});
