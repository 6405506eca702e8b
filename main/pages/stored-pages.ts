import { PageFileError, parsePageDocument } from '../../shared/compose/page-file';
import type { PageSummaryView, PageView } from '../../shared/ipc/page-contract';
import { BanmianError } from '../../shared/ipc/result';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, storedPageDocumentSchema, type PageDocument, type PageInfo, type PageTemplate } from '../../shared/model/page';
import type { PageRecord, PageSummary } from '../store/page-types';
import type { Store } from '../store/store-types';
import { storedStoryIds } from './page-stories';
import { pageLabel } from '../../shared/model/page-label';
import { placedStoryIds, syncPlacements } from './story-placement';

/**
 * Pages as the page desk keeps them in the store: the record's document is a page document
 * (docs/page-format.md); its name, edition date, 版次 and section are the record's columns, so
 * the page list needs no document. Every save checks the document as a page file is checked.
 */

export function emptyPageDocument(page: PageInfo, template: PageTemplate): PageDocument {
  return { format: PAGE_FORMAT, version: PAGE_FORMAT_VERSION, page: structuredClone(page), template: structuredClone(template), stories: {}, assets: {}, frames: [] };
}

export function summaryView(page: PageSummary): PageSummaryView {
  return {
    id: page.id,
    name: page.name,
    editionDate: page.editionDate,
    pageNumber: page.pageNumber,
    section: page.section,
    version: page.version,
    updatedAt: page.updatedAt,
    deletedAt: page.deletedAt,
  };
}

/**
 * The document checked against the page format and the store's stories; problems named by field.
 * A stored page names its photos by the photo store's SHA-256 only, never by a path.
 */
export function checkedDocument(store: Store, document: unknown, what: string): PageDocument {
  try {
    return parsePageDocument(document, storedStoryIds(document, store), storedPageDocumentSchema);
  } catch (error) {
    if (error instanceof PageFileError) throw new BanmianError('invalid-input', `${what}: ${error.problems.join('; ')}`, undefined, error.problems);
    throw error;
  }
}

export function pageView(store: Store, record: PageRecord): PageView {
  // A page made by the bare repository (or an older tool) has no document yet: an empty broadsheet-less page is no use, so say so.
  if (Object.keys(record.document).length === 0) {
    throw new BanmianError('bad-file', `${pageLabel(record.editionDate, record.pageNumber)} has no layout yet; make it from a template in the page list.`);
  }
  return { ...summaryView(record), document: checkedDocument(store, record.document, pageLabel(record.editionDate, record.pageNumber)) };
}

function columnsOf(doc: PageDocument) {
  return {
    name: doc.page.name,
    editionDate: doc.page.edition,
    pageNumber: doc.page.number,
    section: doc.page.section,
    document: doc as unknown as Record<string, unknown>,
  };
}

/** Told the ids of library stories whose status moved because a page placed or dropped them. */
export type StoriesMoved = (ids: string[]) => void;

/** A page record's document as placed stories go (an unreadable or deleted page places none). */
function placedOn(record: PageRecord | undefined): Set<string> {
  if (!record || record.deletedAt !== null) return new Set();
  return placedStoryIds(record.document as unknown as PageDocument);
}

/**
 * Runs a change of one page in a transaction, then moves the statuses of the stories it placed
 * or dropped (story-placement.ts) in the same transaction.
 */
export function changingPage(store: Store, id: string | null, change: () => PageRecord, moved?: StoriesMoved): PageRecord {
  let ids: string[] = [];
  const record = store.transaction(() => {
    const before = placedOn(id === null ? undefined : store.pages.get(id));
    const after = change();
    ids = syncPlacements(store, before, placedOn(after), after);
    return after;
  });
  if (ids.length) moved?.(ids);
  return record;
}

export function createPage(store: Store, page: PageInfo, template: PageTemplate): PageView {
  const doc = checkedDocument(store, emptyPageDocument(page, template), 'new page');
  return pageView(store, store.pages.create(columnsOf(doc)));
}

export function createPageFromDocument(store: Store, doc: PageDocument, moved?: StoriesMoved): PageView {
  const checked = checkedDocument(store, doc, 'page');
  return pageView(store, changingPage(store, null, () => store.pages.create(columnsOf(checked)), moved));
}

export function savePage(store: Store, id: string, version: number, document: PageDocument, moved?: StoriesMoved): PageView {
  const doc = checkedDocument(store, document, 'page');
  return pageView(store, changingPage(store, id, () => store.pages.save(id, version, columnsOf(doc)), moved));
}

/** To the trash and back: the page's stories leave it and come back with it. */
export function deletePage(store: Store, id: string, moved?: StoriesMoved): PageSummaryView {
  return summaryView(changingPage(store, id, () => store.pages.softDelete(id), moved));
}

export function restorePage(store: Store, id: string, moved?: StoriesMoved): PageSummaryView {
  return summaryView(changingPage(store, id, () => store.pages.restore(id), moved));
}

/** A copy of a page (frames, template, inline stories and photos) in another slot. */
export function duplicatePage(store: Store, id: string, slot: { editionDate: string; pageNumber: number; name?: string }, moved?: StoriesMoved): PageView {
  const source = pageView(store, store.pages.get(id));
  const doc = structuredClone(source.document);
  doc.page.edition = slot.editionDate;
  doc.page.number = slot.pageNumber;
  if (slot.name !== undefined && slot.name.trim()) doc.page.name = slot.name.trim();
  return createPageFromDocument(store, doc, moved);
}
