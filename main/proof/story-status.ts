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
  /** Routing: the story goes to this person for its new step (an assignment made with the change). */
  assignTo?: string;
  /** Who the assignment is signed by (the newsroom user; defaults to the author). */
  assignedBy?: string;
}

/**
 * Moves a story along the workflow (docs/proofreading.md): the save (with its version check),
 * the history entry and the routing (the assignment to whoever takes the next step) stand or
 * fall together, in one transaction.
 */
export function setStoryStatus(store: Store, { id, version, status, author, note, assignTo, assignedBy }: StatusRequest): StatusChangeResult {
  return store.transaction(() => {
    const before = store.stories.get(id);
    if (before.status === status) throw new BanmianError('invalid-input', `The story is already in status "${status}".`);
    const story = store.stories.save(id, version, { status });
    const change = store.statusHistory.record({ storyId: id, from: before.status, to: status, author, version: story.version, note });
    if (!assignTo) return { story, change };
    const assignment = store.assignments.assign({ kind: 'story', itemId: id, assignee: assignTo, assignedBy: assignedBy ?? author, status, note });
    return { story, change, assignment };
  });
}
