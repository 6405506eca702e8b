import type { StatusChangeResult } from '../../shared/ipc/contract-types';
import { BanmianError } from '../../shared/ipc/result';
import type { StoryStatus } from '../../shared/model/story';
import type { Store } from '../store/store-types';

export interface StatusRequest {
  id: string;
  version: number;
  status: StoryStatus;
  author: string;
  note?: string;
}

/**
 * Moves a story along the workflow (docs/proofreading.md): the save (with its version check)
 * and the history entry stand or fall together, in one transaction.
 */
export function setStoryStatus(store: Store, { id, version, status, author, note }: StatusRequest): StatusChangeResult {
  return store.transaction(() => {
    const before = store.stories.get(id);
    if (before.status === status) throw new BanmianError('invalid-input', `The story is already in status "${status}".`);
    const story = store.stories.save(id, version, { status });
    const change = store.statusHistory.record({ storyId: id, from: before.status, to: status, author, version: story.version, note });
    return { story, change };
  });
}
