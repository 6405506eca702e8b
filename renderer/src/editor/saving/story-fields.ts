import type { Story, StoryFields } from '../../../../shared/model/story';

/** The editable fields of a stored story, in a fixed key order. */
export function fieldsOf(story: StoryFields): StoryFields {
  return {
    section: story.section,
    status: story.status,
    kicker: story.kicker,
    headline: story.headline,
    subtitle: story.subtitle,
    bylines: story.bylines,
    body: story.body,
    photoCredit: story.photoCredit,
    flags: story.flags,
  };
}

/** Whether two versions hold the same content (what a save would or would not change). */
export function sameContent(a: StoryFields, b: StoryFields): boolean {
  return JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b));
}

export type { Story, StoryFields };
