import { basename, join } from 'node:path';
import { z } from 'zod';
import { BanmianError } from '../../shared/ipc/result';
import { sha256Hex, storedNameFor, writeContentFile } from '../photos/photo-files';
import { assetInfoSchema, type AssetInfo, type AssetRecord, type AssetRepository } from './asset-types';
import { writeTransaction, type StoreContext } from './store-context';
import { parseInput, parseStored } from './validation';

interface AssetRow {
  id: string;
  sha256: string;
  file_name: string;
  stored_name: string;
  byte_size: number;
  width: number;
  height: number;
  color_space: string;
  ppi: number | null;
  created_at: string;
}

const COLUMNS = 'id, sha256, file_name, stored_name, byte_size, width, height, color_space, ppi, created_at';
const recordSchema = assetInfoSchema.extend({
  id: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string(),
  storedName: z.string().regex(/^[0-9a-f]{64}(\.[a-z0-9]{1,5})?$/),
  byteSize: z.number().int().positive(),
  createdAt: z.string(),
});
const nameSchema = z.string().trim().min(1, 'a file name is required').max(260);

function toRecord(row: AssetRow): AssetRecord {
  return parseStored(
    recordSchema,
    {
      id: row.id,
      sha256: row.sha256,
      fileName: row.file_name,
      storedName: row.stored_name,
      byteSize: row.byte_size,
      width: row.width,
      height: row.height,
      colorSpace: row.color_space,
      ppi: row.ppi,
      createdAt: row.created_at,
    },
    `Asset ${row.id}`,
  );
}

/** `assets`: photos, stored once each under their SHA-256 in the photos folder. */
export class SqliteAssetRepository implements AssetRepository {
  constructor(
    private readonly ctx: StoreContext,
    readonly folder: string | null,
  ) {}

  addAsset(bytes: Uint8Array, name: string, info: AssetInfo): AssetRecord {
    if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) {
      throw new BanmianError('invalid-input', `${String(name)}: the photo file is empty.`, undefined, ['bytes: empty']);
    }
    const fileName = basename(parseInput(nameSchema, name, 'photo', 'name'));
    const checked = parseInput(assetInfoSchema, info, 'photo information', 'info');
    const folder = this.requireFolder();
    const sha256 = sha256Hex(bytes);
    const existing = this.bySha(sha256);
    const storedName = existing?.storedName ?? storedNameFor(sha256, bytes, fileName);
    // File first: a crash between the two leaves an unused file (reused next time), never a row without a file.
    // Also repairs a known photo whose file went missing.
    writeContentFile(folder, storedName, bytes);
    if (existing) return existing;
    return writeTransaction(this.ctx.db, () => {
      // Another window may have added the same bytes meanwhile: the unique hash keeps one row.
      this.ctx.db
        .prepare(
          `INSERT INTO assets (${COLUMNS})
           VALUES (@id, @sha256, @file_name, @stored_name, @byte_size, @width, @height, @color_space, @ppi, @created_at)
           ON CONFLICT (sha256) DO NOTHING`,
        )
        .run({
          id: this.ctx.newId(),
          sha256,
          file_name: fileName,
          stored_name: storedName,
          byte_size: bytes.byteLength,
          width: checked.width,
          height: checked.height,
          color_space: checked.colorSpace,
          ppi: checked.ppi,
          created_at: this.ctx.now(),
        });
      return this.bySha(sha256)!;
    });
  }

  get(id: string): AssetRecord {
    const row = this.ctx.db.prepare(`SELECT ${COLUMNS} FROM assets WHERE id = ?`).get(id) as AssetRow | undefined;
    if (!row) throw new BanmianError('not-found', `No photo with id ${id}.`, { id });
    return toRecord(row);
  }

  list(): AssetRecord[] {
    return (this.ctx.db.prepare(`SELECT ${COLUMNS} FROM assets ORDER BY seq`).all() as AssetRow[]).map(toRecord);
  }

  filePath(asset: Pick<AssetRecord, 'storedName'>): string {
    return join(this.requireFolder(), basename(asset.storedName));
  }

  private bySha(sha256: string): AssetRecord | null {
    const row = this.ctx.db.prepare(`SELECT ${COLUMNS} FROM assets WHERE sha256 = ?`).get(sha256) as AssetRow | undefined;
    return row ? toRecord(row) : null;
  }

  private requireFolder(): string {
    if (this.folder === null) {
      throw new BanmianError('internal', 'This store has no photos folder: an in-memory database needs openStore(…, { photosDir }).');
    }
    return this.folder;
  }
}
