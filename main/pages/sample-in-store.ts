import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PageView } from '../../shared/ipc/page-contract';
import type { PageDocument } from '../../shared/model/page';
import { sampleFrames } from '../sample/sample-layout';
import { SAMPLE_EDITION, samplePageDocument } from '../sample/sample-page';
import { storeSampleProofRound } from '../sample/sample-proof-round';
import type { Store } from '../store/store-types';
import { importPhotos } from '../photos/photo-store';
import type { PhotoUrl } from '../photos/previews';
import type { StoryFields } from '../../shared/model/story';
import { createPageFromDocument, pageView, type StoriesMoved } from './stored-pages';

/**
 * "Open the sample page": the built-in sample page (main/sample) put in the database the way a
 * desk would have it — its five stories in the story library (so they open in the editor and
 * their edits reflow on the page), its photos in the photo store, the page in the page list,
 * and its first proof round (一校) on those stories, so the proof layer has marks to show.
 * Opening it again opens the one already there rather than importing the stories twice; a
 * page counts as the sample when it stands on the sample's date with the sample layout's frames.
 * Where the sample page is gone but its stories are in the library (imported from the sample
 * copy, or left by a deleted sample page), the new page uses those stories: a live story with the
 * sample story's 引题 and 主题 is taken as it is, so the library never holds the sample twice.
 */

const SAMPLE_FRAME_IDS = sampleFrames().map((f) => f.id);

export function isSampleLayout(doc: PageDocument): boolean {
  const ids = new Set(doc.frames.map((f) => f.id));
  return doc.page.edition === SAMPLE_EDITION && SAMPLE_FRAME_IDS.every((id) => ids.has(id));
}

function existingSample(store: Store): PageView | undefined {
  for (const summary of store.pages.list({ editionDate: SAMPLE_EDITION })) {
    try {
      const view = pageView(store, store.pages.get(summary.id));
      if (isSampleLayout(view.document)) return view;
    } catch {
      // a page that does not read is not the sample
    }
  }
  return undefined;
}

/** The library's copy of a sample story: a live story with its headline and kicker (the oldest one). */
function libraryCopy(store: Store, story: StoryFields): string | undefined {
  return store.stories.withHeadline(story.headline).find((s) => s.kicker === story.kicker)?.id;
}

export async function openSamplePage(store: Store, url?: PhotoUrl, moved?: StoriesMoved): Promise<PageView> {
  const found = existingSample(store);
  if (found) return found;
  const sample = await samplePageDocument();

  // Photos first (they are checked before anything is stored), then the stories, then the page.
  const keys = Object.keys(sample.assets);
  const files = await Promise.all(
    keys.map(async (key) => {
      const path = sample.assets[key]!.file!;
      return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
    }),
  );
  const photos = await importPhotos(store, files, url);
  const assets: PageDocument['assets'] = {};
  keys.forEach((key, i) => {
    const photo = photos[i]!;
    assets[key] = { sha256: photo.sha256, width: photo.width, height: photo.height };
  });

  const idOf = new Map<string, string>();
  const missing: string[] = [];
  for (const [key, story] of Object.entries(sample.stories)) {
    const id = libraryCopy(store, story);
    if (id) idOf.set(key, id);
    else missing.push(key);
  }
  const created = store.stories.createMany(missing.map((key) => sample.stories[key]!));
  const createdIds = new Map(missing.map((key, i) => [key, created[i]!.id]));
  for (const [key, id] of createdIds) idOf.set(key, id);
  const frames = sample.frames.map((frame) => withStoryIds(frame, idOf));

  const taken = new Set(store.pages.list({ editionDate: SAMPLE_EDITION }).map((p) => p.pageNumber));
  let number = sample.page.number;
  while (taken.has(number)) number++;
  const view = createPageFromDocument(store, { ...sample, page: { ...sample.page, number }, stories: {}, assets, frames }, moved);
  // Only on the stories just made: a story taken from the library keeps the marks it has.
  storeSampleProofRound(store, sample.stories, createdIds);
  return view;
}

/** A sample frame naming the library's ids instead of the sample's story keys (story frames and caption sources). */
function withStoryIds(frame: PageDocument['frames'][number], idOf: ReadonlyMap<string, string>): PageDocument['frames'][number] {
  const id = (key: string) => idOf.get(key) ?? key;
  if (frame.kind === 'story') return { ...frame, storyId: id(frame.storyId) };
  if (frame.kind === 'photo' && frame.source) return { ...frame, source: { ...frame.source, storyId: id(frame.source.storyId) } };
  if (frame.kind === 'photo-group') {
    const photos = frame.photos.map((cell) => (cell.photo.source ? { ...cell, photo: { ...cell.photo, source: { ...cell.photo.source, storyId: id(cell.photo.source.storyId) } } } : cell));
    return { ...frame, photos, ...(frame.creditFrom ? { creditFrom: id(frame.creditFrom) } : {}) };
  }
  return frame;
}
