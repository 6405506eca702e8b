import { z } from 'zod';
import { storyStatusSchema } from './story';

/**
 * An assignment: a story or a page given to a person (a newsroom user, or outside a newsroom a
 * name), by someone, maybe for a step of the workflow (a story sent to proofing goes to a
 * proofreader). Never edited: a newer assignment of the same item takes over.
 */
export const ASSIGNABLE_KINDS = ['story', 'page'] as const;
export const assignableKindSchema = z.enum(ASSIGNABLE_KINDS);
export type AssignableKind = z.infer<typeof assignableKindSchema>;

export const personSchema = z.string().trim().min(1, 'a person is required').max(80);

export const assignmentSchema = z.object({
  id: z.string().min(1),
  kind: assignableKindSchema,
  itemId: z.string().min(1),
  assignee: personSchema,
  assignedBy: personSchema,
  /** The workflow step the item was given for (stories), or null. */
  status: storyStatusSchema.nullable(),
  note: z.string().max(2000),
  at: z.string(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

/** A member of the newsroom as its directory lists them (every member can read it). */
export interface NewsroomPerson {
  name: string;
  /** '' when the administrator gave none. */
  displayName: string;
  roles: string[];
}

/** A line of 我的任务: the item's current assignment, with what the item is now. */
export interface Task extends Assignment {
  /** Headline or page name ('' when the item has not reached this desk yet). */
  title: string;
  /** The story's status now (null for a page, or a story not on this desk). */
  itemStatus: z.infer<typeof storyStatusSchema> | null;
}
