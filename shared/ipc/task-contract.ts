import { z } from 'zod';
import { assignableKindSchema, personSchema, type Assignment, type NewsroomPerson, type Task } from '../model/assignment';
import type { StoryStatus } from '../model/story';
import { command, idSchema as id } from './command';

/**
 * Assignments and 我的任务 (`tasks.*`, docs/newsroom.md): a story or page given to a person,
 * and the items given to this desk's user. In a newsroom the person is a newsroom user and the
 * desk signs as its newsroom user; outside one, `by` / `me` (the workstation's name) are used.
 */
export const taskCommands = {
  'tasks.assign': command<Assignment>()(
    z.object({ kind: assignableKindSchema, itemId: id, assignee: personSchema, by: personSchema, note: z.string().max(2000).optional() }),
  ),
  /** 我的任务: the items whose current assignment names this desk's user (`me` outside a newsroom), newest first. */
  'tasks.mine': command<{ me: string; tasks: Task[] }>()(z.object({ me: z.string().trim().max(80) })),
  /** An item's assignments, newest (current) first. */
  'tasks.ofItem': command<Assignment[]>()(z.object({ kind: assignableKindSchema, itemId: id })),
  /** People to choose from, and who was last given each workflow step (the one on duty). */
  /** `people`: every name to offer (the newsroom's directory, and names this desk has seen); `directory`: the directory's entries. */
  'tasks.people': command<{ people: string[]; directory: NewsroomPerson[]; onDuty: Partial<Record<StoryStatus, string>> }>()(z.object({})),
} as const;
