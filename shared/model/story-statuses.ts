/**
 * The workflow steps of a story, in order. Apart from story.ts (which builds its schema from
 * them and re-exports them) so that the library's filter bar does not load zod at the window's start.
 */
export const STORY_STATUSES = ['draft', 'editing', 'proofing', 'approved', 'placed'] as const;
