import type { MarkConflict, PageConflict, PageConflictSide, SlotConflict } from '../../shared/ipc/newsroom-contract';
import { BanmianError } from '../../shared/ipc/result';
import { diffPages, frameBoxes, gridSize } from '../../shared/model/page-diff';
import { docIdOf, pageDocSchema, parseDocId, type MarkDoc, type PageDoc } from '../store/newsroom-docs';
import type { NewsroomConflict } from '../store/newsroom-outbox';
import type { Store } from '../store/store-types';
import type { Replica } from './replica';

/**
 * The engine's conflicts on pages and proof marks, and the page waiting for an edition slot,
 * as the desk shows them (docs/newsroom.md, Conflicts). Nothing is decided here until the user
 * picks: `resolvePage`/`resolveMark` keep the chosen side as this desk's save and remove the
 * others on the server, exactly as a story's conflict is ended.
 */

function open(store: Store, kind: 'page' | 'mark', id?: string): Array<NewsroomConflict & { id: string }> {
  const { outbox } = store.newsroom;
  const conflicts = id ? [outbox.conflict(docIdOf(kind, id))].filter((c) => c !== null) : outbox.conflicts();
  return conflicts.flatMap((conflict) => {
    const parsed = parseDocId(conflict.docId);
    return parsed?.kind === kind && conflict.discard === null ? [{ ...conflict, id: parsed.id }] : [];
  });
}

export function pageConflicts(store: Store, pageId?: string): PageConflict[] {
  return open(store, 'page', pageId).map((conflict) => {
    const base = store.newsroom.outbox.baseRev(conflict.docId);
    const shownSide = conflict.versions.find((side) => side.rev === base) ?? conflict.versions[0];
    const shownDocument = shownSide?.doc?.type === 'page' ? shownSide.doc.fields.document : null;
    const sides = conflict.versions.flatMap((side): PageConflictSide[] => {
      const doc = side.doc?.type === 'page' ? side.doc : null;
      if (side.doc !== null && !doc) return [];
      const document = doc?.fields.document ?? null;
      return [
        {
          rev: side.rev,
          editedBy: doc?.editedBy ?? '',
          editedAt: doc?.editedAt ?? '',
          deleted: !doc || doc.deletedAt !== null,
          shown: side.rev === base,
          unchecked: doc?.unchecked ?? null,
          name: doc?.fields.name ?? '',
          editionDate: doc?.fields.editionDate ?? '',
          pageNumber: doc?.fields.pageNumber ?? 0,
          section: doc?.fields.section ?? '',
          frames: frameBoxes(document),
          grid: gridSize(document),
          diff: diffPages(shownDocument, document),
        },
      ];
    });
    return { pageId: conflict.id, foundAt: conflict.foundAt, sides };
  });
}

export function markConflicts(store: Store, storyId?: string): MarkConflict[] {
  return open(store, 'mark').flatMap((conflict) => {
    const base = store.newsroom.outbox.baseRev(conflict.docId);
    const marks = conflict.versions.map((side) => (side.doc?.type === 'mark' ? side.doc : null));
    const owner = marks.find((mark) => mark !== null)?.storyId ?? '';
    if (storyId && owner !== storyId) return [];
    const sides = conflict.versions.map((side, index) => {
      const mark: MarkDoc | null = marks[index] ?? null;
      return {
        rev: side.rev,
        editedBy: mark?.editedBy ?? '',
        editedAt: mark?.editedAt ?? '',
        deleted: mark === null,
        shown: side.rev === base,
        kind: mark?.kind ?? '',
        quote: mark?.anchor.quote ?? '',
        text: mark?.text ?? '',
        body: mark?.body ?? '',
        author: mark?.author ?? '',
        status: mark?.status ?? '',
      };
    });
    return [{ markId: conflict.id, storyId: owner, foundAt: conflict.foundAt, sides }];
  });
}

/** The user's pick: that side becomes the page (or mark) here and, once sent, on every desk. */
export function resolveSide(store: Store, kind: 'page' | 'mark', id: string, rev: string): void {
  const conflict = store.newsroom.outbox.conflict(docIdOf(kind, id));
  const side = conflict?.versions.find((version) => version.rev === rev);
  if (!conflict || !side) throw new BanmianError('not-found', `There is no such side (${rev}) of a conflict on this ${kind}; it may have been decided already.`, { id });
  try {
    store.newsroom.outbox.resolve(kind, id, () => store.newsroom.inbound.writeChosen(kind, id, side.doc));
  } catch (error) {
    if (error instanceof BanmianError) throw error;
    const slot = side.doc?.type === 'page' ? `${side.doc.fields.editionDate} 第${side.doc.fields.pageNumber}版` : '';
    throw new BanmianError('conflict', `That version cannot be kept here${slot ? `: another page holds ${slot}` : ''} (${(error as Error).message}).`);
  }
}

/** Pages waiting because this desk already has a page in their edition slot. */
export async function slotConflicts(store: Store, replica: Replica | null): Promise<SlotConflict[]> {
  if (!replica) return [];
  const result: SlotConflict[] = [];
  for (const docId of store.newsroom.inbound.deferred()) {
    const parsed = parseDocId(docId);
    if (parsed?.kind !== 'page') continue;
    const page = await waitingPage(replica, docId);
    if (!page || page.doc.deletedAt !== null) continue;
    const { editionDate, pageNumber, name } = page.doc.fields;
    const holder = store.pages.list({ editionDate }).find((other) => other.pageNumber === pageNumber && other.id !== parsed.id);
    if (!holder) continue;
    result.push({
      pageId: parsed.id,
      name,
      editionDate,
      pageNumber,
      editedBy: page.doc.editedBy,
      editedAt: page.doc.editedAt,
      holder: { pageId: holder.id, name: holder.name },
      freeNumber: freeNumber(store, editionDate),
    });
  }
  return result;
}

/** The waiting page takes `pageNumber` in its edition; refused while that number is taken too. */
export async function resolveSlot(store: Store, replica: Replica | null, pageId: string, pageNumber: number): Promise<void> {
  const docId = docIdOf('page', pageId);
  const page = replica ? await waitingPage(replica, docId) : null;
  if (!page || !store.newsroom.inbound.deferred().includes(docId)) {
    throw new BanmianError('not-found', 'This page is no longer waiting for its slot (it may have been placed already).', { id: pageId });
  }
  const { editionDate } = page.doc.fields;
  if (store.pages.list({ editionDate }).some((other) => other.pageNumber === pageNumber)) {
    throw new BanmianError('invalid-input', `第${pageNumber}版 of ${editionDate} is taken on this desk too; choose a free number (${freeNumber(store, editionDate)}).`);
  }
  const document = page.doc.fields.document as { page?: Record<string, unknown> };
  const renumbered: PageDoc = {
    ...page.doc,
    fields: {
      ...page.doc.fields,
      pageNumber,
      document: document.page ? { ...document, page: { ...document.page, number: pageNumber } } : document,
    },
  };
  store.newsroom.inbound.placeWaitingPage(docId, pageId, page.rev, renumbered);
}

async function waitingPage(replica: Replica, docId: string): Promise<{ rev: string; doc: PageDoc } | null> {
  const stored = (await replica.get(docId).catch(() => null)) as (Record<string, unknown> & { _rev: string }) | null;
  if (!stored) return null;
  const { _id, _rev, _revisions, _conflicts, ...content } = stored;
  const parsed = pageDocSchema.safeParse(content);
  return parsed.success ? { rev: _rev, doc: parsed.data } : null;
}

function freeNumber(store: Store, editionDate: string): number {
  const taken = new Set(store.pages.list({ editionDate }).map((page) => page.pageNumber));
  let number = 1;
  while (taken.has(number)) number += 1;
  return number;
}
