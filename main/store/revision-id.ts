import { createHash } from 'node:crypto';

/**
 * A story revision's global id, named by what it is: the story, when that version was saved and
 * its fields (as stored JSON). Every desk that keeps the same version makes the same id, so the
 * newsroom holds it once however many desks kept it (docs/newsroom.md, History).
 */
export function revisionId(storyId: string, savedAt: string, fieldsJson: string): string {
  return createHash('sha256').update(`${storyId}\n${savedAt}\n${fieldsJson}`).digest('hex').slice(0, 32);
}
