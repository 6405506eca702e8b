import { beforeAll, describe, expect, it } from 'vitest';
import { composePage } from '../../../shared/compose/compose-page';
import { BROADSHEET } from '../../../shared/compose/templates';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, type PageDocument, type StoryFrame } from '../../../shared/model/page';
import type { StoryFields } from '../../../shared/model/story';
import { pageLayoutCache, pageMeasurer } from '../../../main/fonts/page-measurer';
import { fitStoryFrameOnPage } from '../../../main/pages/fit-story-frame';
import { sampleStories } from '../../../main/sample/sample-page';
import { defaultHeadline, placeStory } from '../../../renderer/src/page-desk/workspace/frame-edits';
import { storyArea } from '../../../renderer/src/page-desk/workspace/placement';

let stories: Record<string, StoryFields>;
beforeAll(async () => {
  stories = await sampleStories();
});

const page = (frames: PageDocument['frames'] = []): PageDocument => ({
  format: PAGE_FORMAT,
  version: PAGE_FORMAT_VERSION,
  page: { name: '测试版', edition: '2024-02-20', number: 3, section: '测试', header: false },
  template: structuredClone(BROADSHEET),
  stories,
  assets: {},
  frames,
});

const length = (s: StoryFields): number => JSON.stringify(s.body).replace(/[\s"{}[\],:]|type|paragraph|children|text|subhead/gu, '').length;

function fitted(doc: PageDocument, frameId: string) {
  const fit = fitStoryFrameOnPage(undefined, doc, frameId);
  const frames = doc.frames.map((f) => (f.id === frameId ? { ...f, area: fit.area, bodyColumns: fit.bodyColumns } : f));
  const sized = { ...doc, frames };
  const report = composePage(sized, { measurer: pageMeasurer(), cache: pageLayoutCache(), stories, images: {} }).frames.find((f) => f.frameId === frameId)!;
  return { fit, sized, copyfit: report.story!.copyfit, overset: report.story!.overset };
}

describe('sizes on drop (fitStoryFrame)', () => {
  it('gives each sample story dropped on an empty page a frame with neither overset nor more than a line empty', () => {
    for (const id of Object.keys(stories)) {
      const grid = BROADSHEET.grid;
      const area = storyArea({ columns: grid.columns, lines: 105 }, grid, { column: 1, line: 4 }, length(stories[id]!));
      const dropped = placeStory(page(), id, area);
      const { fit, copyfit, overset } = fitted(dropped.doc, dropped.id);
      expect(overset, id).toBeNull();
      expect(copyfit.linesUnder, id).toBeLessThanOrEqual(1);
      expect(fit.area.line).toBe(4);
    }
  });

  it('sizes a continuation frame (续排) to what the first frame leaves over', () => {
    const id = Object.keys(stories)[0]!;
    const head: StoryFrame = { id: 'a', kind: 'story', storyId: id, area: { column: 0, span: 3, line: 0, depth: 20 }, bodyColumns: 3, headline: defaultHeadline(3), next: 'b' };
    const tail: StoryFrame = { id: 'b', kind: 'story', storyId: id, area: { column: 4, span: 3, line: 50, depth: 50 }, bodyColumns: 3 };
    const { fit, copyfit, overset } = fitted(page([head, tail]), 'b');
    expect(overset).toBeNull();
    expect(copyfit.linesUnder).toBeLessThanOrEqual(1);
    expect(fit.area.depth).toBeLessThan(50);
    // Not the whole story: less than a frame holding all of it from the top.
    const whole = fitted(page([{ ...head, next: undefined } as StoryFrame]), 'a').fit;
    expect(fit.area.depth * fit.bodyColumns).toBeLessThan(whole.area.depth * whole.bodyColumns);
  });

  it('refuses a frame that is not the last of its thread, in words', () => {
    const id = Object.keys(stories)[0]!;
    const head: StoryFrame = { id: 'a', kind: 'story', storyId: id, area: { column: 0, span: 3, line: 0, depth: 20 }, bodyColumns: 3, next: 'b' };
    const tail: StoryFrame = { id: 'b', kind: 'story', storyId: id, area: { column: 4, span: 3, line: 50, depth: 50 }, bodyColumns: 3 };
    expect(() => fitStoryFrameOnPage(undefined, page([head, tail]), 'a')).toThrow(/continued in another frame/u);
  });
});
