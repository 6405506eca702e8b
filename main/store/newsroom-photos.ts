import { z } from 'zod';
import type { StoreContext } from './store-context';
import { parseStored } from './validation';

/**
 * Photos the newsroom has told this desk about (their preview arrived, migration 9): what a page
 * may place before the original is on the desk. The original is fetched on demand
 * (main/newsroom/photo-sharing.ts) and then becomes an ordinary asset.
 */
/** A photo's facts as the newsroom documents carry them (newsroom-docs.ts) and this table keeps them. */
export const photoFactsShape = {
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().min(1),
  byteSize: z.number().int().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  colorSpace: z.string().min(1),
  ppi: z.number().positive().nullable(),
};

export const newsroomPhotoSchema = z.object({
  ...photoFactsShape,
  createdBy: z.string().min(1),
  createdAt: z.string(),
});
export type NewsroomPhoto = z.infer<typeof newsroomPhotoSchema>;

interface PhotoRow {
  sha256: string;
  file_name: string;
  byte_size: number;
  width: number;
  height: number;
  color_space: string;
  ppi: number | null;
  created_by: string;
  created_at: string;
}

const COLUMNS = 'sha256, file_name, byte_size, width, height, color_space, ppi, created_by, created_at';

function toPhoto(row: PhotoRow): NewsroomPhoto {
  return parseStored(
    newsroomPhotoSchema,
    {
      sha256: row.sha256,
      fileName: row.file_name,
      byteSize: row.byte_size,
      width: row.width,
      height: row.height,
      colorSpace: row.color_space,
      ppi: row.ppi,
      createdBy: row.created_by,
      createdAt: row.created_at,
    },
    `Newsroom photo ${row.sha256}`,
  );
}

export class NewsroomPhotos {
  constructor(private readonly ctx: StoreContext) {}

  /** A photo is immutable (its name is its hash): the first record of it stays. Call inside the applier's transaction. */
  record(photo: NewsroomPhoto): void {
    this.ctx.db
      .prepare(
        `INSERT INTO newsroom_photos (${COLUMNS})
         VALUES (@sha256, @fileName, @byteSize, @width, @height, @colorSpace, @ppi, @createdBy, @createdAt)
         ON CONFLICT (sha256) DO NOTHING`,
      )
      .run(photo);
  }

  get(sha256: string): NewsroomPhoto | null {
    const row = this.ctx.db.prepare(`SELECT ${COLUMNS} FROM newsroom_photos WHERE sha256 = ?`).get(sha256) as PhotoRow | undefined;
    return row ? toPhoto(row) : null;
  }

  /** Photos known from the newsroom whose original is not on this desk, oldest first. */
  notOnDesk(): NewsroomPhoto[] {
    return (
      this.ctx.db
        .prepare(`SELECT ${COLUMNS} FROM newsroom_photos WHERE sha256 NOT IN (SELECT sha256 FROM assets) ORDER BY created_at, sha256`)
        .all() as PhotoRow[]
    ).map(toPhoto);
  }
}
