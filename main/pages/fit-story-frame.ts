import { fitStoryFrame, type StoryFrameFit } from '../../shared/compose/fit-story-frame';
import { BanmianError } from '../../shared/ipc/result';
import type { PageDocument } from '../../shared/model/page';
import type { StoryFields } from '../../shared/model/story';
import { pageLayoutCache, pageMeasurer } from '../fonts/page-measurer';
import type { Store } from '../store/store-types';
import { resolvePageStories } from './page-stories';

/**
 * The page desk's "size this story frame to its story" (on drop, and for a 续排 frame): the
 * stories from the page, the store and the editor's drafts, set with the page's fonts.
 */
export function fitStoryFrameOnPage(store: Store | undefined, doc: PageDocument, frameId: string, drafts: Record<string, StoryFields> = {}): StoryFrameFit {
  const stories = { ...resolvePageStories(doc, store), ...drafts };
  try {
    return fitStoryFrame(doc, frameId, { measurer: pageMeasurer(), cache: pageLayoutCache(), stories, images: {} });
  } catch (error) {
    throw new BanmianError('invalid-input', error instanceof Error ? error.message : String(error));
  }
}
