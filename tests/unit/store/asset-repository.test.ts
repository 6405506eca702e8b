import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/open-store';
import { caught } from './caught';
import { useTempStores } from './temp-stores';

/** Bytes that start like a JPEG file (SOI + APP0), different per seed. */
function jpegBytes(seed: number, size = 4096): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  for (let i = 4; i < size; i += 1) bytes[i] = (i * 31 + seed * 17) % 251;
  return bytes;
}

const INFO = { width: 4000, height: 2667, colorSpace: 'srgb', ppi: 300 };

describe('assets', () => {
  const stores = useTempStores();

  it('stores a photo under its SHA-256 in the photos folder beside the database', () => {
    const store = stores.open();
    const bytes = jpegBytes(1);
    const asset = store.assets.addAsset(bytes, 'IMG_0412.JPG', INFO);
    expect(asset).toMatchObject({ fileName: 'IMG_0412.JPG', byteSize: 4096, width: 4000, height: 2667, colorSpace: 'srgb', ppi: 300 });
    expect(asset.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(asset.storedName).toBe(`${asset.sha256}.jpg`);
    const file = store.assets.filePath(asset);
    expect(file).toBe(join(dirname(store.path), 'photos', asset.storedName));
    expect(readFileSync(file).equals(Buffer.from(bytes))).toBe(true);
    expect(store.assets.get(asset.id)).toEqual(asset);
  });

  it('keeps the same photo once, whatever it is called', () => {
    const store = stores.open();
    const first = store.assets.addAsset(jpegBytes(1), '朱光丽上网查找资料.jpg', INFO);
    const again = store.assets.addAsset(jpegBytes(1), 'copy of photo.jpeg', { ...INFO, ppi: 72 });
    const other = store.assets.addAsset(jpegBytes(2), '温室大棚.jpg', { width: 1200, height: 800, colorSpace: 'cmyk', ppi: null });
    expect(again).toEqual(first);
    expect(other.id).not.toBe(first.id);
    expect(store.assets.list().map((asset) => asset.fileName)).toEqual(['朱光丽上网查找资料.jpg', '温室大棚.jpg']);
    // Two files, no temporary leftovers.
    expect(readdirSync(store.assets.folder!).sort()).toEqual([first.storedName, other.storedName].sort());
  });

  it('puts back a missing file when the same photo is added again', () => {
    const store = stores.open();
    const asset = store.assets.addAsset(jpegBytes(3), 'a.jpg', INFO);
    rmSync(store.assets.filePath(asset));
    expect(store.assets.addAsset(jpegBytes(3), 'a.jpg', INFO).id).toBe(asset.id);
    expect(existsSync(store.assets.filePath(asset))).toBe(true);
  });

  it('shares photos between two windows on the same database', () => {
    const first = stores.open();
    const second = stores.open(first.path);
    const a = first.assets.addAsset(jpegBytes(4), 'a.jpg', INFO);
    expect(second.assets.addAsset(jpegBytes(4), 'b.jpg', INFO).id).toBe(a.id);
  });

  it('refuses bad photo information or an empty file, writing nothing', () => {
    const store = stores.open();
    const error = caught(() => store.assets.addAsset(jpegBytes(5), 'a.jpg', { ...INFO, width: 0 }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.[0]).toMatch(/^info\.width: /);
    expect(() => store.assets.addAsset(new Uint8Array(), 'empty.jpg', INFO)).toThrow(/empty/);
    expect(store.assets.list()).toEqual([]);
    expect(existsSync(join(dirname(store.path), 'photos'))).toBe(false);
  });

  it('names the file by its content type, not by the name it came with', () => {
    const store = stores.open();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    expect(store.assets.addAsset(png, 'scan.jpg', { width: 1, height: 1, colorSpace: 'srgb', ppi: null }).storedName).toMatch(/\.png$/);
  });

  it('needs a photos folder for an in-memory database', () => {
    const memory = openStore(':memory:');
    expect(() => memory.assets.addAsset(jpegBytes(6), 'a.jpg', INFO)).toThrow(/photosDir/);
    memory.close();
    const withFolder = openStore(':memory:', { photosDir: join(stores.dir(), 'photos') });
    expect(existsSync(withFolder.assets.filePath(withFolder.assets.addAsset(jpegBytes(6), 'a.jpg', INFO)))).toBe(true);
    withFolder.close();
  });
});
