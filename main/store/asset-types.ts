import { z } from 'zod';

/** What the photo importer reads from the image; the store records it with the file. */
export const assetInfoSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** As the decoder names it: "srgb", "cmyk", "b-w", … */
  colorSpace: z.string().min(1),
  /** Resolution the file declares, in pixels per inch; null when it declares none. */
  ppi: z.number().positive().nullable(),
});
export type AssetInfo = z.infer<typeof assetInfoSchema>;

export interface AssetRecord extends AssetInfo {
  id: string;
  /** SHA-256 of the bytes, hex: the file's identity. */
  sha256: string;
  /** The name it was imported under (display only). */
  fileName: string;
  /** Its file in the photos folder: "<sha256>.<ext>". */
  storedName: string;
  byteSize: number;
  createdAt: string;
}

export interface AssetRepository {
  /** The photos folder next to the database; null for an in-memory store opened without one. */
  readonly folder: string | null;
  /**
   * Stores a photo once: the same bytes again (under any name) return the existing asset.
   * The file is written (temp file + rename) before its row, so no row points at a missing file.
   */
  addAsset(bytes: Uint8Array, name: string, info: AssetInfo): AssetRecord;
  /** Throws BanmianError('not-found'). */
  get(id: string): AssetRecord;
  /** Oldest first. */
  list(): AssetRecord[];
  /** Absolute path of the asset's file. */
  filePath(asset: Pick<AssetRecord, 'storedName'>): string;
}
