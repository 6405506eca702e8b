import type { PageDocument } from '../../shared/model/page';
import { pageLabel } from '../../shared/model/page-label';
import type { StoryStatus } from '../../shared/model/story';
import type { StorySummary } from '../../shared/ipc/contract-types';
import type { Store } from '../store/store-types';

/**
 * Statuses follow the page (docs/page-desk.md, Statuses): a library story placed on a live page
 * becomes 已上版 (`placed`); taken off its last live page it goes back to the status it had
 * before. Each move is a story save and a status-history entry, in the page save's transaction,
 * with the page's label as the author (the page moved it, not a person).
 */

/** The library stories a page document places (inline stories are the page's own, not the library's). */
export function placedStoryIds(doc: PageDocument | undefined): Set<string> {
  const ids = new Set<string>();
  if (!doc) return ids;
  for (const frame of doc.frames) {
    if (frame.kind === 'story' && !Object.prototype.hasOwnProperty.call(doc.stories, frame.storyId)) ids.add(frame.storyId);
  }
  return ids;
}

/** The status a placed story goes back to: what it was when it was last placed (approved when the history does not say). */
function statusBeforePlacing(store: Store, storyId: string): StoryStatus {
  const history = store.statusHistory.list(storyId);
  for (let i = history.length - 1; i >= 0; i--) {
    const change = history[i]!;
    if (change.to === 'placed' && change.from !== 'placed') return change.from;
  }
  return 'approved';
}

function move(store: Store, storyId: string, to: StoryStatus, author: string): boolean {
  let story;
  try {
    story = store.stories.get(storyId);
  } catch {
    return false; // not a library story (the page check names unknown stories)
  }
  if (story.deletedAt !== null || story.status === to) return false;
  const saved = store.stories.save(storyId, story.version, { status: to });
  store.statusHistory.record({ storyId, from: story.status, to, author, version: saved.version });
  return true;
}

/**
 * After a page changed (saved, made, deleted or restored): stories it now places become placed,
 * stories it no longer places and no other live page does go back. Run inside the transaction
 * that changed the page, after the change. Returns the ids of the stories whose status moved.
 */
export function syncPlacements(store: Store, before: Set<string>, after: Set<string>, page: { editionDate: string; pageNumber: number }): string[] {
  const author = pageLabel(page.editionDate, page.pageNumber);
  const moved: string[] = [];
  for (const id of after) if (!before.has(id) && move(store, id, 'placed', author)) moved.push(id);
  const removed = [...before].filter((id) => !after.has(id));
  const stillPlaced = store.pages.placements(removed);
  for (const id of removed) {
    if (stillPlaced.has(id)) continue;
    let status: StoryStatus;
    try {
      if (store.stories.get(id).status !== 'placed') continue;
      status = statusBeforePlacing(store, id);
    } catch {
      continue;
    }
    if (move(store, id, status, author)) moved.push(id);
  }
  return moved;
}

/** Library rows with the pages their stories are on (what the library's 版面 column shows). */
export function withPlacements(store: Store, stories: StorySummary[]): StorySummary[] {
  const placements = store.pages.placements(stories.map((s) => s.id));
  return stories.map((story) => {
    const pages = placements.get(story.id);
    return pages ? { ...story, pages } : story;
  });
}
