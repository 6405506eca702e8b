import { composePage } from '../../shared/compose/compose-page';
import { fitStory, type CopyfitOutcome } from '../../shared/compose/copyfit';
import { BanmianError } from '../../shared/ipc/result';
import type { PageDocument } from '../../shared/model/page';
import type { StoryFields } from '../../shared/model/story';
import { pageLayoutCache, pageMeasurer } from '../fonts/page-measurer';
import { screenPhotos } from '../photos/screen-photos';
import type { Store } from '../store/store-types';
import { resolvePageStories } from './page-stories';

/**
 * "Fit to frames" for the page desk: the story of one frame fitted by shared/compose/copyfit.ts,
 * composing the page as it stands on screen (saved or not, with the stories being typed) with the
 * process's Measurer and layout cache. The window applies the result as one undoable change.
 */
export async function fitStoryOnPage(
  store: Store,
  input: { document: PageDocument; drafts?: Record<string, StoryFields>; frameId: string; tracking: number },
): Promise<CopyfitOutcome> {
  const doc = input.document;
  if (!doc.frames.some((f) => f.kind === 'story' && f.id === input.frameId)) {
    throw new BanmianError('not-found', `No story frame "${input.frameId}" on the page`);
  }
  const stories = { ...resolvePageStories(doc, store), ...input.drafts };
  const { images } = await screenPhotos(store, doc, undefined);
  const options = { measurer: pageMeasurer(), cache: pageLayoutCache(), stories, images, convertRgb: true };
  return fitStory(doc, input.frameId, { tracking: input.tracking }, (d, storyId) => composePage(d, options).frames.find((f) => f.story?.storyId === storyId)?.story);
}
