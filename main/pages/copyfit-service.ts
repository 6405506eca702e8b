import { composePage } from '../../shared/compose/compose-page';
import { fitStory, type CopyfitLimits, type CopyfitOutcome } from '../../shared/compose/copyfit';
import { storyParagraphs } from '../../shared/compose/story-paragraphs';
import { BanmianError } from '../../shared/ipc/result';
import type { PageDocument, StoryFrame } from '../../shared/model/page';
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
  input: { document: PageDocument; drafts?: Record<string, StoryFields>; frameId: string } & CopyfitLimits,
): Promise<CopyfitOutcome> {
  const doc = input.document;
  const frame = doc.frames.find((f): f is StoryFrame => f.kind === 'story' && f.id === input.frameId);
  if (!frame) {
    throw new BanmianError('not-found', `No story frame "${input.frameId}" on the page`);
  }
  const stories = { ...resolvePageStories(doc, store), ...input.drafts };
  const { images } = await screenPhotos(store, doc, undefined);
  const options = { measurer: pageMeasurer(), cache: pageLayoutCache(), stories, images, convertRgb: true };
  const { tracking, subheadLines, paragraphLines } = input;
  const story = stories[frame.storyId];
  const styles = story ? storyParagraphs(story).map((p) => p.input.style) : [];
  const fitOf = (d: PageDocument, id: string) => composePage(d, options).frames.find((f) => f.story?.storyId === id)?.story;
  return fitStory(doc, input.frameId, { tracking, subheadLines, paragraphLines }, fitOf, styles);
}
