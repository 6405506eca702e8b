import { storyFieldsOf, type Story, type StoryFields } from '../../../../shared/model/story';

/** Whether two versions hold the same content (what a save would or would not change). */
export function sameContent(a: StoryFields, b: StoryFields): boolean {
  return JSON.stringify(storyFieldsOf(a)) === JSON.stringify(storyFieldsOf(b));
}

export type { Story, StoryFields };
