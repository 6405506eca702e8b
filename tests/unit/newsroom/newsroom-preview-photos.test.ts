import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli';
import { composeForScreen } from '../../../main/pages/screen-compose';
import { openSamplePage } from '../../../main/pages/sample-in-store';
import { createPageFromDocument, pageView } from '../../../main/pages/stored-pages';
import { previewOnlyViews } from '../../../main/photos/preview-only-photos';
import { openStore } from '../../../main/store/open-store';
import type { PageDocument } from '../../../shared/model/page';
import { freePort, startNewsroomServer, type TestServer } from './newsroom-server';
import { deskFolder, openTestDesk, removeFolder, type TestDesk } from './test-desks';

/**
 * A desk that has a newsroom photo only as its preview: the page desk lists it and places it,
 * draws it from the preview and says the original is still on the server; `banmian compose --db`
 * fetches the original before it writes, and says so plainly when the server is out of reach.
 */
const USERS = {
  wang: { name: 'wang', password: 'pw-wang', roles: ['page_editor' as const, 'reporter' as const] },
  li: { name: 'li', password: 'pw-li', roles: ['page_editor' as const] },
};
const photoUrl = (relative: string) => `banmian-photo://desk/${relative}`;

async function cli(...argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await runCli(argv, { out: () => undefined, err: (text) => void (err += text) });
  return { code, err };
}

describe('newsroom photos known by their preview', { timeout: 180_000 }, () => {
  let server: TestServer;
  let url: string;
  const folders: string[] = [];
  let a: TestDesk;
  let b: TestDesk;
  let sample: { id: string; document: PageDocument };

  beforeAll(async () => {
    ({ server, url } = await startNewsroomServer({ database: 'previews', users: Object.values(USERS) }));
    folders.push(deskFolder(), deskFolder());
    a = openTestDesk(folders[0]!, url, USERS.wang);
    b = openTestDesk(folders[1]!, url, USERS.li);
    sample = await openSamplePage(a.store);
    await a.desk.syncOnce();
    await b.desk.syncOnce();
  }, 90_000);

  afterAll(async () => {
    for (const desk of [a, b]) await desk?.close();
    await server?.stop();
    for (const dir of folders) removeFolder(dir);
  });

  it('lists them for the photo panel, places them, draws them from the preview and preflight waits for the original', async () => {
    const onA = a.store.assets.list();
    expect(b.store.assets.list()).toEqual([]);
    const views = previewOnlyViews(b.store, photoUrl);
    expect(views.map((view) => view.sha256).sort()).toEqual(onA.map((asset) => asset.sha256).sort());
    for (const view of views) {
      const asset = onA.find((stored) => stored.sha256 === view.sha256)!;
      expect(view).toMatchObject({ fileName: asset.fileName, width: asset.width, height: asset.height, onServer: true, url: photoUrl(`previews/${view.sha256}.jpg`) });
    }

    // Placed on a new page of desk B, as the panel's drag does: a frame naming the photo by its SHA-256.
    const photo = views[0]!;
    const document: PageDocument = structuredClone(pageView(b.store, b.store.pages.get(sample.id)).document);
    document.page.number = 9;
    document.frames = [{ ...document.frames.find((frame) => frame.kind === 'photo')!, id: 'placed', assetId: 'placed-photo' }] as PageDocument['frames'];
    document.assets = { 'placed-photo': { sha256: photo.sha256, width: photo.width, height: photo.height } };
    const page = createPageFromDocument(b.store, document);

    const composition = await composeForScreen(b.store, { document: page.document }, { photo: photoUrl });
    expect(composition.photos['placed-photo']).toMatchObject({ onServer: true, url: photo.url });
    expect(Object.values(composition.items).filter((item) => item.kind === 'image')).toEqual([expect.objectContaining({ assetId: 'placed-photo' })]);
    expect(composition.preflight).toContainEqual({ severity: 'error', code: 'unknown-asset', frameId: 'placed', params: { assetId: 'placed-photo', onServer: true } });
  });

  it('compose --db says why it cannot fetch the originals when the server is out of reach, and writes nothing', async () => {
    const dbPath = b.dbPath;
    await b.close();
    const out = join(folders[1]!, 'offline.pdf');
    const closed = `http://127.0.0.1:${await freePort()}/previews`;
    process.env.BANMIAN_PASSWORD = USERS.li.password;
    try {
      const result = await cli('compose', '--db', dbPath, '--page', sample.id, '--out', out, '--server', closed, '--user', 'li');
      expect(result.code).toBe(1);
      expect(result.err).toContain(`fetching the originals of ${a.store.assets.list().length} photos from ${closed}`);
      expect(result.err).toMatch(/could not fetch the originals: Cannot reach http:\/\/127\.0\.0\.1:\d+\/previews/);
      expect(result.err).toContain('not written');
      expect(existsSync(out)).toBe(false);
    } finally {
      delete process.env.BANMIAN_PASSWORD;
      b = openTestDesk(folders[1]!, url, USERS.li);
    }
  });

  it('compose --db fetches the missing originals from the server, then writes the page as desk A does', async () => {
    const [dbA, dbB] = [a.dbPath, b.dbPath];
    const shared = a.store.assets.list().map((asset) => asset.sha256).sort();
    await a.close();
    await b.close();
    const [outA, outB] = [join(folders[0]!, 'page.pdf'), join(folders[1]!, 'page.pdf')];
    process.env.BANMIAN_PASSWORD = USERS.li.password;
    try {
      const result = await cli('compose', '--db', dbB, '--page', sample.id, '--out', outB, '--server', url, '--user', 'li');
      expect(result.err).toContain(`fetched ${shared.length} originals`);
      expect(result.code).toBe(0);
      const store = openStore(dbB);
      try {
        expect(store.assets.list().map((asset) => asset.sha256).sort()).toEqual(shared);
        // A fetched original does not go back out.
        expect(store.newsroom.outbox.pending().filter((entry) => entry.docId.startsWith('photo:'))).toEqual([]);
      } finally {
        store.close();
      }
      // Desk A's own database, through the same command: the same bytes.
      expect((await cli('compose', '--db', dbA, '--page', sample.id, '--out', outA)).code).toBe(0);
      expect(readFileSync(outB).equals(readFileSync(outA))).toBe(true);
    } finally {
      delete process.env.BANMIAN_PASSWORD;
      a = openTestDesk(folders[0]!, url, USERS.wang);
      b = openTestDesk(folders[1]!, url, USERS.li);
    }
  });
});
