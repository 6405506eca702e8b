import type { DisplayPage, Rect } from '../model/display-list';
import type { PageDocument } from '../model/page';
import { pressCondition } from '../model/press';
import { mmToPt } from '../model/units';
import type { StoryFields } from '../model/story';
import { composeBanner } from './banner-frame';
import { findCollisions } from './collisions';
import { createComposeContext } from './compose-context';
import type { ComposeInputs, ComposeResult, FrameReport } from './compose-types';
import { composeFreeText } from './free-text-frame';
import { areaRect, gridGeometry } from './grid-geometry';
import { composePageHeader } from './page-header';
import { composePhotoFrame, composePhotoGroup } from './photo-frames';
import { withStoryCaptions } from './photo-captions';
import { inkPreflight } from './ink-preflight';
import { pagePreflight } from './preflight';
import { composeRule } from './rule-frame';
import { setHeadlineBlock, type HeadlineBlock } from './headline-block';
import { composeStoryChain, storyChains } from './story-layout';
import { placeStoryPhotos } from './story-photos';

/**
 * composePage: a page document → the display list (what screen and paper draw), the set lines,
 * preflight and per-frame copyfit. Pure and deterministic: the same page, stories, image sizes
 * and fonts give the same result. Frames are drawn in the page's order; a story is drawn, with
 * all the frames it runs through, where its first frame stands. Content of two frames printed
 * over each other is reported as a collision (collisions.ts).
 */
export function composePage(input: PageDocument, resources: ComposeInputs): ComposeResult {
  // Linked captions and credits are the stories' (photo-captions.ts): resolved once, before anything is set.
  const { doc, issues: captionIssues } = withStoryCaptions(input, resources.stories);
  const geometry = gridGeometry(doc.template);
  const ctx = createComposeContext(doc, geometry, resources.measurer, {
    cache: resources.cache,
    images: resources.images,
    convertRgb: resources.convertRgb ?? true,
    inkLimit: resources.inkLimit ?? pressCondition(doc.press).inkLimit,
  });
  composePageHeader(ctx);

  const storyOf = (id: string): StoryFields | undefined =>
    Object.prototype.hasOwnProperty.call(resources.stories, id) ? resources.stories[id] : undefined;
  const chains = new Map(storyChains(doc.frames).map((chain) => [chain[0]!.id, chain]));
  // Headline blocks first: a story's own photos stand below its block, however deep it grows.
  const heads = new Map<string, HeadlineBlock>();
  for (const [id, [head]] of chains) {
    const story = storyOf(head!.storyId);
    if (story && head!.headline) heads.set(id, setHeadlineBlock(ctx, story, head!.headline, areaRect(geometry, head!.area).width, id));
  }
  const placed = placeStoryPhotos(doc.frames, new Map([...heads].map(([id, block]) => [id, block.depth])), geometry);

  // Photos, banners and free text push the text of any story frame they are placed over.
  const obstacles: { id: string; rect: Rect }[] = placed
    .filter((f) => f.kind === 'photo' || f.kind === 'photo-group' || f.kind === 'banner' || f.kind === 'text')
    .map((f) => ({ id: f.id, rect: areaRect(geometry, f.area) }));
  const reports = new Map<string, FrameReport>();
  for (const frame of placed) {
    switch (frame.kind) {
      case 'story': {
        const chain = chains.get(frame.id);
        if (!chain) break; // a continuation frame: set with the story's first frame
        for (const report of composeStoryChain(ctx, chain, storyOf(frame.storyId), obstacles, heads.get(frame.id))) reports.set(report.frameId, report);
        break;
      }
      case 'photo':
        reports.set(frame.id, composePhotoFrame(ctx, frame));
        break;
      case 'photo-group':
        reports.set(frame.id, composePhotoGroup(ctx, frame));
        break;
      case 'banner':
        reports.set(frame.id, composeBanner(ctx, frame));
        break;
      case 'rule':
        reports.set(frame.id, composeRule(ctx, frame));
        break;
      case 'text':
        reports.set(frame.id, composeFreeText(ctx, frame));
        break;
    }
  }
  const frames = placed.map((f) => reports.get(f.id) ?? { frameId: f.id, kind: f.kind, rect: areaRect(geometry, f.area), lines: 0 });
  // A headline marked overPhoto may print over any photo; every other overlap of two frames' content is an error.
  const overPhoto = new Set(doc.frames.filter((f) => f.kind === 'story' && f.headline?.overPhoto).map((f) => f.id));
  const collisions = findCollisions(ctx.out.regions, (a, b) => a.content === 'headline' && b.content === 'photo' && overPhoto.has(a.frameId));
  const issues = [
    ...collisions,
    ...captionIssues,
    ...ctx.issues,
    ...pagePreflight(ctx.out.items, frames, geometry.typeArea),
    ...inkPreflight(ctx.out.items, frames, ctx.inkLimit),
  ];
  const page: DisplayPage = {
    width: mmToPt(doc.template.trim.width),
    height: mmToPt(doc.template.trim.height),
    bleed: mmToPt(doc.template.bleed),
    items: ctx.out.items,
  };
  // Errors first; otherwise in the order found (page order).
  const preflight = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')];
  return { page, lines: ctx.out.lines, preflight, frames };
}
