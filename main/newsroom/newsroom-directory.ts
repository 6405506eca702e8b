import { z } from 'zod';
import { NEWSROOM_ROLES } from './validate-doc-update';
import type { Replica } from './replica';

/**
 * The newsroom's directory of people (`directory:users`): every user's name, display name and
 * roles, readable by every member (CouchDB's `_users` is readable by administrators only), so a
 * desk's assign box offers everyone, not just the names it has seen. Written only by a server
 * administrator (`newsroom init` / `newsroom user add`; the server's validate_doc_update refuses
 * anyone else); desks get it by replication and never write it.
 */
export const DIRECTORY_DOC_ID = 'directory:users';

export const directoryEntrySchema = z.object({
  name: z.string().min(1),
  displayName: z.string(),
  roles: z.array(z.enum(NEWSROOM_ROLES)),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

const directoryDocSchema = z.object({ type: z.literal('directory'), users: z.array(directoryEntrySchema) });

/** The directory with these users added or updated (by name), sorted by name; the rest kept as they were. */
export function mergeDirectory(current: readonly DirectoryEntry[], users: readonly DirectoryEntry[]): DirectoryEntry[] {
  const byName = new Map(current.map((entry) => [entry.name, entry]));
  for (const user of users) byName.set(user.name, { ...user, displayName: user.displayName || byName.get(user.name)?.displayName || '' });
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** What a stored directory document lists; an unreadable one (a newer Banmian's) lists nobody. */
export function directoryOf(doc: unknown): DirectoryEntry[] {
  const parsed = directoryDocSchema.safeParse(doc);
  return parsed.success ? parsed.data.users : [];
}

/** The directory as this desk's replica has it ([] before it arrived). */
export async function readDirectory(replica: Replica): Promise<DirectoryEntry[]> {
  return directoryOf(await replica.get(DIRECTORY_DOC_ID).catch(() => null));
}
