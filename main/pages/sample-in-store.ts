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
import { createPageFromDocument, pageView } from './stored-pages';

/**
 * "Open the sample page": the built-in sample page (main/sample) put in the database the way a
 * desk would have it — its five stories in the story library (so they open in the editor and
 * their edits reflow on the page), its photos in the photo store, the page in the page list,
 * and its first proof round (一校) on those stories, so the proof layer has marks to show.
 * Opening it again opens the one already there rather than importing the stories twice; a
 * page counts as the sample when it stands on the sample's date with the sample layout's frames.
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

export async function openSamplePage(store: Store, url?: PhotoUrl): Promise<PageView> {
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

  const storyKeys = Object.keys(sample.stories);
  const created = store.stories.createMany(storyKeys.map((key) => sample.stories[key]!));
  const idOf = new Map(storyKeys.map((key, i) => [key, created[i]!.id]));
  const frames = sample.frames.map((frame) => (frame.kind === 'story' ? { ...frame, storyId: idOf.get(frame.storyId) ?? frame.storyId } : frame));

  const taken = new Set(store.pages.list({ editionDate: SAMPLE_EDITION }).map((p) => p.pageNumber));
  let number = sample.page.number;
  while (taken.has(number)) number++;
  const view = createPageFromDocument(store, { ...sample, page: { ...sample.page, number }, stories: {}, assets, frames });
  // Only here, where the stories were just made: reopening the sample returns above and adds no marks.
  storeSampleProofRound(store, sample.stories, idOf);
  return view;
}
