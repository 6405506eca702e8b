import { composePage } from '../../shared/compose/compose-page';
import { fitStory, type CopyfitLimits, type CopyfitOutcome } from '../../shared/compose/copyfit';
import { storyParagraphs } from '../../shared/compose/story-paragraphs';
import { BanmianError } from '../../shared/ipc/result';
import type { PageDocument, StoryFrame } from '../../shared/model/page';
import type { StoryFields } from '../../shared/model/story';
import { pageLayoutCache, pageMeasurer } from '../fonts/page-measurer';
import type { FitStoryJob } from '../isolation/heavy-protocol';
import { screenPhotos } from '../photos/screen-photos';
import type { Store } from '../store/store-types';
import { resolvePageStories } from './page-stories';

/**
 * "Fit to frames" for the page desk: the story of one frame fitted by shared/compose/copyfit.ts,
 * composing the page as it stands on screen (saved or not, with the stories being typed). The
 * store is read in the main process (fitStoryJob); the trial compositions run in the heavy-work
 * process (fitStoryInJob, main/isolation), like every composition of a page from the window.
 * The window applies the result as one undoable change.
 */

export type FitStoryInput = { document: PageDocument; drafts?: Record<string, StoryFields>; frameId: string } & CopyfitLimits;

export async function fitStoryJob(store: Store, input: FitStoryInput): Promise<FitStoryJob> {
  const doc = input.document;
  if (!doc.frames.some((f) => f.kind === 'story' && f.id === input.frameId)) {
    throw new BanmianError('not-found', `No story frame "${input.frameId}" on the page`);
  }
  const stories = { ...resolvePageStories(doc, store), ...input.drafts };
  const { images } = await screenPhotos(store, doc, undefined);
  const { tracking, subheadLines, paragraphLines } = input;
  return { document: doc, frameId: input.frameId, stories, images, limits: { tracking, subheadLines, paragraphLines } };
}

export function fitStoryInJob({ document, frameId, stories, images, limits }: FitStoryJob): CopyfitOutcome {
  const frame = document.frames.find((f): f is StoryFrame => f.kind === 'story' && f.id === frameId);
  const story = frame ? stories[frame.storyId] : undefined;
  const styles = story ? storyParagraphs(story).map((p) => p.input.style) : [];
  const options = { measurer: pageMeasurer(), cache: pageLayoutCache(), stories, images, convertRgb: true };
  const fitOf = (d: PageDocument, id: string) => composePage(d, options).frames.find((f) => f.story?.storyId === id)?.story;
  return fitStory(document, frameId, limits, fitOf, styles);
}
