import { fitStoryFrame, type StoryFrameFit } from '../../shared/compose/fit-story-frame';
import { BanmianError } from '../../shared/ipc/result';
import type { PageDocument } from '../../shared/model/page';
import type { StoryFields } from '../../shared/model/story';
import { pageLayoutCache, pageMeasurer } from '../fonts/page-measurer';
import type { FitFrameJob } from '../isolation/heavy-protocol';
import type { Store } from '../store/store-types';
import { resolvePageStories } from './page-stories';

/**
 * The page desk's "size this story frame to its story" (on drop, and for a 续排 frame): the
 * stories from the page, the store and the editor's drafts (fitFrameJob, in the main process),
 * set with the page's fonts by trial compositions (fitFrameInJob, in the heavy-work process).
 */
export function fitFrameJob(store: Store | undefined, document: PageDocument, frameId: string, drafts: Record<string, StoryFields> = {}): FitFrameJob {
  return { document, frameId, stories: { ...resolvePageStories(document, store), ...drafts } };
}

export function fitFrameInJob({ document, frameId, stories }: FitFrameJob): StoryFrameFit {
  try {
    return fitStoryFrame(document, frameId, { measurer: pageMeasurer(), cache: pageLayoutCache(), stories, images: {} });
  } catch (error) {
    throw new BanmianError('invalid-input', error instanceof Error ? error.message : String(error));
  }
}

/** Both halves in this process: for the tests of the fitting itself. */
export function fitStoryFrameOnPage(store: Store | undefined, doc: PageDocument, frameId: string, drafts: Record<string, StoryFields> = {}): StoryFrameFit {
  return fitFrameInJob(fitFrameJob(store, doc, frameId, drafts));
}
