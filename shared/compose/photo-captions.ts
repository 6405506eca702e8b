import type { Frame, PageDocument, Photo, PhotoGroupFrame } from '../model/page';
import type { PhotoBlock, StoryFields } from '../model/story';
import type { PreflightIssue } from './compose-types';

/**
 * One source for captions: a photo linked to a story's photo block (`source`) prints that block's
 * caption and credit, and a photo group linked to a story (`creditFrom`) prints its shared credit
 * line, so an edit in the story shows on the page. The page's own text wins only where the desk
 * overrode it (`captionOverride`, `creditOverride`). A link to a story or photo block that is not
 * there prints the page's text and is reported (caption-source).
 */

export type StoryLookup = Readonly<Record<string, StoryFields | undefined>>;

function has(stories: StoryLookup, id: string): StoryFields | undefined {
  return Object.prototype.hasOwnProperty.call(stories, id) ? stories[id] : undefined;
}

/** The story's nth photo block (0-based, in body order). */
export function storyPhotoBlock(story: StoryFields | undefined, n: number): PhotoBlock | undefined {
  return story?.body.filter((b): b is PhotoBlock => b.type === 'photo')[n];
}

/** Where a photo's printed caption comes from: the story's block, the page (override or no link), or a broken link. */
export type CaptionOrigin = 'story' | 'override' | 'page' | 'missing';

export interface PrintedCaption {
  caption: string;
  credit: string;
  origin: CaptionOrigin;
}

export function printedCaption(photo: Photo, stories: StoryLookup): PrintedCaption {
  if (!photo.source) return { caption: photo.caption, credit: photo.credit, origin: 'page' };
  if (photo.captionOverride) return { caption: photo.caption, credit: photo.credit, origin: 'override' };
  const block = storyPhotoBlock(has(stories, photo.source.storyId), photo.source.photo);
  if (!block) return { caption: photo.caption, credit: photo.credit, origin: 'missing' };
  return { caption: block.caption, credit: block.credit, origin: 'story' };
}

export function printedGroupCredit(frame: PhotoGroupFrame, stories: StoryLookup): { credit: string; origin: CaptionOrigin } {
  if (frame.creditFrom === undefined) return { credit: frame.credit, origin: 'page' };
  if (frame.creditOverride) return { credit: frame.credit, origin: 'override' };
  const story = has(stories, frame.creditFrom);
  return story ? { credit: story.photoCredit, origin: 'story' } : { credit: frame.credit, origin: 'missing' };
}

function resolvePhoto<P extends Photo>(photo: P, frameId: string, stories: StoryLookup, issues: PreflightIssue[]): P {
  const printed = printedCaption(photo, stories);
  if (printed.origin === 'missing' && photo.source) {
    issues.push({ severity: 'warning', code: 'caption-source', frameId, params: { storyId: photo.source.storyId, photo: photo.source.photo + 1 } });
  }
  return printed.origin === 'story' ? { ...photo, caption: printed.caption, credit: printed.credit } : photo;
}

function resolveFrame(frame: Frame, stories: StoryLookup, issues: PreflightIssue[]): Frame {
  if (frame.kind === 'photo') return resolvePhoto(frame, frame.id, stories, issues);
  if (frame.kind !== 'photo-group') return frame;
  const photos = frame.photos.map((cell) => ({ ...cell, photo: resolvePhoto(cell.photo, frame.id, stories, issues) }));
  const credit = printedGroupCredit(frame, stories);
  if (credit.origin === 'missing' && frame.creditFrom !== undefined) {
    issues.push({ severity: 'warning', code: 'caption-source', frameId: frame.id, params: { storyId: frame.creditFrom, photo: 0 } });
  }
  return { ...frame, photos, credit: credit.credit };
}

/** The page with every linked caption and credit as it prints (the page document itself is not changed). */
export function withStoryCaptions(doc: PageDocument, stories: StoryLookup): { doc: PageDocument; issues: PreflightIssue[] } {
  const issues: PreflightIssue[] = [];
  const frames = doc.frames.map((frame) => resolveFrame(frame, stories, issues));
  return { doc: { ...doc, frames }, issues };
}

/** Every story a page names: in story frames, and as the source of a photo's caption or a group's credit line. */
export function namedStoryIds(doc: PageDocument): Set<string> {
  const ids = new Set<string>();
  for (const frame of doc.frames) {
    if (frame.kind === 'story') ids.add(frame.storyId);
    if (frame.kind === 'photo' && frame.source) ids.add(frame.source.storyId);
    if (frame.kind === 'photo-group') {
      if (frame.creditFrom !== undefined) ids.add(frame.creditFrom);
      for (const cell of frame.photos) if (cell.photo.source) ids.add(cell.photo.source.storyId);
    }
  }
  return ids;
}
