import { z } from 'zod';
import { BanmianError } from '../../shared/ipc/result';
import { pageFieldsSchema, type NewPage, type PagePlacement, type PageFields, type PageFilter, type PageRecord, type PageRepository, type PageSummary } from './page-types';
import { writeTransaction, type StoreContext } from './store-context';
import { parseInput, parseJsonColumn, parseStored, withoutUndefined } from './validation';
import { pageLabel, pageNumberLabel } from '../../shared/model/page-label';

interface PageRow {
  id: string;
  name: string;
  edition_date: string;
  page_number: number;
  section: string;
  document: string;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const COLUMNS = 'id, name, edition_date, page_number, section, document, version, created_at, updated_at, deleted_at';
const recordSchema = pageFieldsSchema.extend({
  id: z.string(),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
const newPageSchema = pageFieldsSchema.partial().required({ editionDate: true, pageNumber: true });
const filterSchema = z.object({ editionDate: z.string().optional(), deleted: z.boolean().optional() });

function toRecord(row: PageRow): PageRecord {
  const what = `Page ${row.id}`;
  return parseStored(
    recordSchema,
    {
      id: row.id,
      name: row.name,
      editionDate: row.edition_date,
      pageNumber: row.page_number,
      section: row.section,
      document: parseJsonColumn(row.document, `${what} document`),
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      deletedAt: row.deleted_at,
    },
    what,
  );
}

function summaryOf(page: PageRecord): PageSummary {
  const { document: _document, ...summary } = page;
  return summary;
}

/** `pages`: an edition's pages with an optimistic version each; one live page per slot. */
export class SqlitePageRepository implements PageRepository {
  constructor(private readonly ctx: StoreContext) {}

  create(page: NewPage): PageRecord {
    const input = withoutUndefined(parseInput(newPageSchema, page, 'page'));
    const fields = parseInput(
      pageFieldsSchema,
      { name: input.pageNumber === undefined ? '' : pageNumberLabel(input.pageNumber), section: '', document: {}, ...input },
      'page',
    );
    return writeTransaction(this.ctx.db, () => {
      this.assertSlotFree(fields, null);
      const id = this.ctx.newId();
      const now = this.ctx.now();
      this.ctx.db
        .prepare(
          `INSERT INTO pages (${COLUMNS}) VALUES (@id, @name, @edition_date, @page_number, @section, @document, 1, @now, @now, NULL)`,
        )
        .run({ ...columnsOf(fields), id, now });
      return this.get(id);
    });
  }

  get(id: string): PageRecord {
    return toRecord(this.row(id));
  }

  list(filter: PageFilter = {}): PageSummary[] {
    const checked = parseInput(filterSchema, filter, 'page filter');
    const where = [checked.deleted ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
    const params: Record<string, string> = {};
    if (checked.editionDate !== undefined) {
      where.push('edition_date = @edition_date');
      params.edition_date = checked.editionDate;
    }
    const rows = this.ctx.db
      .prepare(`SELECT ${COLUMNS} FROM pages WHERE ${where.join(' AND ')} ORDER BY edition_date DESC, page_number, seq`)
      .all(params) as PageRow[];
    return rows.map((row) => summaryOf(toRecord(row)));
  }

  save(id: string, expectedVersion: number, fields: Partial<PageFields>): PageRecord {
    parseInput(z.number().int().positive(), expectedVersion, 'version', 'version');
    const input = withoutUndefined(parseInput(pageFieldsSchema.partial(), fields ?? {}, 'page fields', 'fields'));
    return writeTransaction(this.ctx.db, () => {
      const current = this.get(id);
      if (current.deletedAt !== null) {
        throw new BanmianError('conflict', `${label(current)} is in the trash; restore it before saving. Nothing was saved.`, { current });
      }
      if (current.version !== expectedVersion) {
        throw new BanmianError(
          'conflict',
          `${label(current)} was saved elsewhere (now version ${current.version}; this copy is version ${expectedVersion}). Nothing was saved.`,
          { current },
        );
      }
      const merged = { ...fieldsOf(current), ...input };
      this.assertSlotFree(merged, id);
      this.ctx.db
        .prepare(
          `UPDATE pages SET name = @name, edition_date = @edition_date, page_number = @page_number, section = @section,
             document = @document, version = version + 1, updated_at = @now
           WHERE id = @id AND version = @expected`,
        )
        .run({ ...columnsOf(merged), now: this.ctx.now(), id, expected: expectedVersion });
      return this.get(id);
    });
  }

  softDelete(id: string): PageRecord {
    return writeTransaction(this.ctx.db, () => {
      const page = this.get(id);
      if (page.deletedAt !== null) return page;
      this.ctx.db.prepare('UPDATE pages SET deleted_at = ? WHERE id = ?').run(this.ctx.now(), id);
      return this.get(id);
    });
  }

  restore(id: string): PageRecord {
    return writeTransaction(this.ctx.db, () => {
      const page = this.get(id);
      if (page.deletedAt === null) return page;
      this.assertSlotFree(page, id);
      this.ctx.db.prepare('UPDATE pages SET deleted_at = NULL WHERE id = ?').run(id);
      return this.get(id);
    });
  }

  placements(storyIds: readonly string[]): Map<string, PagePlacement[]> {
    const out = new Map<string, PagePlacement[]>();
    if (storyIds.length === 0) return out;
    const wanted = new Set(storyIds);
    // Read from the documents themselves, so no second record can drift from what the page says;
    // each page's story ids are kept by (id, version) and only a page saved since is read again.
    const rows = this.ctx.db
      .prepare('SELECT id, version, edition_date, page_number FROM pages WHERE deleted_at IS NULL ORDER BY edition_date DESC, page_number')
      .all() as Array<{ id: string; version: number; edition_date: string; page_number: number }>;
    const live = new Set<string>();
    for (const row of rows) {
      live.add(row.id);
      for (const storyId of this.storiesOn(row.id, row.version)) {
        if (!wanted.has(storyId)) continue;
        const list = out.get(storyId) ?? [];
        list.push({ pageId: row.id, editionDate: row.edition_date, pageNumber: row.page_number });
        out.set(storyId, list);
      }
    }
    for (const id of this.placed.keys()) if (!live.has(id)) this.placed.delete(id);
    return out;
  }

  private readonly placed = new Map<string, { version: number; stories: string[] }>();

  /** The story ids a page's story frames name, read once per page version. */
  private storiesOn(id: string, version: number): string[] {
    const cached = this.placed.get(id);
    if (cached?.version === version) return cached.stories;
    const rows = this.ctx.db
      .prepare(
        `SELECT DISTINCT json_extract(f.value, '$.storyId') AS story_id FROM pages p, json_each(p.document, '$.frames') f
          WHERE p.id = ? AND json_extract(f.value, '$.kind') = 'story'`,
      )
      .all(id) as Array<{ story_id: unknown }>;
    const stories = rows.flatMap((r) => (typeof r.story_id === 'string' ? [r.story_id] : []));
    this.placed.set(id, { version, stories });
    return stories;
  }

  private assertSlotFree(fields: Pick<PageFields, 'editionDate' | 'pageNumber'>, ownId: string | null): void {
    const row = this.ctx.db
      .prepare(`SELECT ${COLUMNS} FROM pages WHERE edition_date = ? AND page_number = ? AND deleted_at IS NULL AND id IS NOT ?`)
      .get(fields.editionDate, fields.pageNumber, ownId) as PageRow | undefined;
    if (!row) return;
    const taken = toRecord(row);
    throw new BanmianError('conflict', `${pageLabel(fields.editionDate, fields.pageNumber)} already exists (“${taken.name}”).`, {
      slotTakenBy: summaryOf(taken),
    });
  }

  private row(id: string): PageRow {
    const row = this.ctx.db.prepare(`SELECT ${COLUMNS} FROM pages WHERE id = ?`).get(id) as PageRow | undefined;
    if (!row) throw new BanmianError('not-found', `No page with id ${id}.`, { id });
    return row;
  }
}

function fieldsOf(page: PageRecord): PageFields {
  return { name: page.name, editionDate: page.editionDate, pageNumber: page.pageNumber, section: page.section, document: page.document };
}

function columnsOf(fields: PageFields) {
  return {
    name: fields.name,
    edition_date: fields.editionDate,
    page_number: fields.pageNumber,
    section: fields.section,
    document: JSON.stringify(fields.document),
  };
}

function label(page: PageRecord): string {
  return pageLabel(page.editionDate, page.pageNumber);
}
