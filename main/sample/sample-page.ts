import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { BROADSHEET } from '../../shared/compose/templates';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, type Frame, type PageDocument } from '../../shared/model/page';
import type { PhotoBlock, StoryFields } from '../../shared/model/story';
import { readReporterFile } from '../import/read-reporter-file';
import { PHOTO, sampleFrames, STORY } from './sample-layout';
import { sampleResources } from './sample-resources';

/**
 * The built-in sample page: the five stories of resources/sample/seed-page.txt as the real
 * importer reads them, laid out by sample-layout.ts, with the licensed sample photographs
 * (resources/sample/photos, see LICENSES.md) in place of the printed page's.
 *
 * What the desk would do after importing, done here: each photo block of a story is given its
 * photograph; the captions and credits of the photo frames are the stories' own; each story's
 * section is the banner it stands under (the importer reads a banner as the section of the
 * story after it in the copy, which on this page is not where the banners stand).
 */

export const SAMPLE_EDITION = '2024-02-20';

export interface SamplePageOptions {
  /** Write photo paths relative to this folder (where the page file will be saved); default: absolute paths. */
  relativeTo?: string;
}

const SECTIONS: Record<string, string> = {
  [STORY.qinyang]: '',
  [STORY.dawei]: '视觉新闻',
  [STORY.zhu]: '党员先锋故事',
  [STORY.shanyang]: '',
  [STORY.daoqing]: '图说基层党建',
};

/** Which imported story is which: by a name only that story's headline or lead carries. */
const KEYS: [id: string, key: string][] = [
  [STORY.qinyang, '沁阳市'],
  [STORY.dawei, '大位村'],
  [STORY.zhu, '朱光丽'],
  [STORY.shanyang, '山阳区'],
  [STORY.daoqing, '校史馆'],
];

const PHOTOS_OF: Record<string, string[]> = {
  [STORY.dawei]: [PHOTO.group1, PHOTO.group2, PHOTO.group3],
  [STORY.zhu]: [PHOTO.portrait],
  [STORY.daoqing]: [PHOTO.school],
};

function leadText(story: StoryFields): string {
  const first = story.body.find((b) => b.type === 'paragraph');
  return first && first.type === 'paragraph' ? first.children.map((c) => c.text).join('') : '';
}

function identify(imported: StoryFields[]): Record<string, StoryFields> {
  const out: Record<string, StoryFields> = {};
  for (const [id, key] of KEYS) {
    const story = imported.find((s) => s.headline.includes(key)) ?? imported.find((s) => leadText(s).includes(key));
    if (!story) throw new Error(`The sample copy has no story about ${key}: the importer read ${imported.length} stories`);
    out[id] = story;
  }
  return out;
}

function photoBlocks(story: StoryFields): PhotoBlock[] {
  return story.body.filter((b): b is PhotoBlock => b.type === 'photo');
}

/** The five sample stories, as imported, with their photographs and sections set. */
export async function sampleStories(): Promise<Record<string, StoryFields>> {
  const bytes = new Uint8Array(await readFile(sampleResources().text));
  const stories = identify(await readReporterFile('seed-page.txt', bytes));
  for (const [id, story] of Object.entries(stories)) {
    story.section = SECTIONS[id] ?? story.section;
    const assets = PHOTOS_OF[id] ?? [];
    photoBlocks(story).forEach((block, i) => {
      if (assets[i]) block.assetId = assets[i];
    });
  }
  return stories;
}

/** Captions and credits of the photo frames, from the photo blocks of the stories they illustrate. */
function withCaptions(frames: Frame[], stories: Record<string, StoryFields>): Frame[] {
  const blockFor = new Map<string, PhotoBlock>();
  for (const story of Object.values(stories)) for (const block of photoBlocks(story)) if (block.assetId) blockFor.set(block.assetId, block);
  return frames.map((frame) => {
    if (frame.kind === 'photo') {
      const block = blockFor.get(frame.assetId);
      return block ? { ...frame, caption: block.caption, credit: block.credit } : frame;
    }
    if (frame.kind === 'photo-group') {
      const photos = frame.photos.map((cell) => {
        const block = blockFor.get(cell.photo.assetId);
        return block ? { ...cell, photo: { ...cell.photo, caption: block.caption, credit: block.credit } } : cell;
      });
      return { ...frame, photos, credit: stories[STORY.dawei]?.photoCredit ?? frame.credit };
    }
    return frame;
  });
}

export async function samplePageDocument(options: SamplePageOptions = {}): Promise<PageDocument> {
  const stories = await sampleStories();
  const photos = sampleResources().photos;
  const assets: PageDocument['assets'] = {};
  for (const id of Object.values(PHOTO)) {
    const path = join(photos, `${id}.jpg`);
    assets[id] = { file: options.relativeTo !== undefined ? relative(options.relativeTo, path).split('\\').join('/') : path };
  }
  return {
    format: PAGE_FORMAT,
    version: PAGE_FORMAT_VERSION,
    page: { name: '基层党建', edition: SAMPLE_EDITION, number: 3, section: '党建' },
    template: structuredClone(BROADSHEET),
    stories,
    assets,
    frames: withCaptions(sampleFrames(), stories),
  };
}
