import type { PageDocument } from '../../shared/model/page';
import type { StoryFields } from '../../shared/model/story';
import type { Store } from '../store/store-types';
import { namedStoryIds } from '../../shared/compose/photo-captions';

/**
 * The stories a page names (its story frames, its linked captions): inline in the page document first, else by id from the
 * database. A story that is in neither is left out; composition reports it (unknown-story).
 */
export function resolvePageStories(doc: PageDocument, store?: Store): Record<string, StoryFields> {
  const stories: Record<string, StoryFields> = { ...doc.stories };
  for (const id of namedStoryIds(doc)) {
    if (Object.prototype.hasOwnProperty.call(stories, id) || !store) continue;
    try {
      const { id: _id, version: _v, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = store.stories.get(id);
      stories[id] = fields;
    } catch {
      // not in the database either: composition reports the frame
    }
  }
  return stories;
}

/** Ids of the database stories a page names (for the page-file check of references). */
export function storedStoryIds(doc: unknown, store: Store): Set<string> {
  const ids = new Set<string>();
  const frames = (doc as { frames?: unknown }).frames;
  if (!Array.isArray(frames)) return ids;
  for (const frame of frames as { kind?: unknown; storyId?: unknown }[]) {
    if (frame?.kind !== 'story' || typeof frame.storyId !== 'string') continue;
    try {
      store.stories.get(frame.storyId);
      ids.add(frame.storyId);
    } catch {
      // unknown: the page-file check names the frame
    }
  }
  return ids;
}
