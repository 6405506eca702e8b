import { z } from 'zod';
import { editionDateSchema } from '../../shared/model/bounds';

/**
 * Pages as the store keeps them. The page document (grid, frames, what is placed where)
 * gets its model with the layout work; until then the store holds it as a JSON object.
 */

export const pageFieldsSchema = z.object({
  /** What the desk calls the page, e.g. "要闻" or "第3版". */
  name: z.string(),
  /** The date, YYYY-MM-DD. */
  editionDate: editionDateSchema,
  /** 版次: the page's number in the edition. */
  pageNumber: z.number().int().min(1).max(999),
  section: z.string(),
  document: z.record(z.string(), z.unknown()),
});
export type PageFields = z.infer<typeof pageFieldsSchema>;

/** What `create` needs: the slot; the rest has defaults (name "第N版", empty section and document). */
export type NewPage = Pick<PageFields, 'editionDate' | 'pageNumber'> & Partial<PageFields>;

export interface PageRecord extends PageFields {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export type PageSummary = Omit<PageRecord, 'document'>;

export interface PageFilter {
  editionDate?: string;
  /** true: the trash. */
  deleted?: boolean;
}

/** A live page a story is placed on (a story frame of its document names the story). */
export interface PagePlacement {
  pageId: string;
  editionDate: string;
  pageNumber: number;
}

export interface PageRepository {
  /** A live page already in that slot (date + number): BanmianError('conflict', …, { slotTakenBy }). */
  create(page: NewPage): PageRecord;
  /** Throws BanmianError('not-found'). Finds soft-deleted pages too. */
  get(id: string): PageRecord;
  /** By edition date (newest first), then page number. */
  list(filter?: PageFilter): PageSummary[];
  /** Merges `fields` when `expectedVersion` is current; otherwise BanmianError('conflict', …, { current }). */
  save(id: string, expectedVersion: number, fields: Partial<PageFields>): PageRecord;
  softDelete(id: string): PageRecord;
  /** Fails with 'conflict' when another live page has taken the slot meanwhile. */
  restore(id: string): PageRecord;
  /** The live pages each of these stories is placed on, by edition date and 版次; stories on none are absent. */
  placements(storyIds: readonly string[]): Map<string, PagePlacement[]>;
}
