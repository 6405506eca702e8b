import type { DisplayPage, Rect } from '../model/display-list';
import type { PageDocument } from '../model/page';
import { pressCondition } from '../model/press';
import { mmToPt } from '../model/units';
import { composeBanner } from './banner-frame';
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
import { composeStoryChain, storyChains } from './story-layout';

/**
 * composePage: a page document → the display list (what screen and paper draw), the set lines,
 * preflight and per-frame copyfit. Pure and deterministic: the same page, stories, image sizes
 * and fonts give the same result. Frames are drawn in the page's order; a story is drawn, with
 * all the frames it runs through, where its first frame stands.
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

  // Photos, banners and free text push the text of any story frame they are placed over.
  const obstacles: { id: string; rect: Rect }[] = doc.frames
    .filter((f) => f.kind === 'photo' || f.kind === 'photo-group' || f.kind === 'banner' || f.kind === 'text')
    .map((f) => ({ id: f.id, rect: areaRect(geometry, f.area) }));
  const chains = new Map(storyChains(doc.frames).map((chain) => [chain[0]!.id, chain]));
  const reports = new Map<string, FrameReport>();
  for (const frame of doc.frames) {
    switch (frame.kind) {
      case 'story': {
        const chain = chains.get(frame.id);
        if (!chain) break; // a continuation frame: set with the story's first frame
        const story = Object.prototype.hasOwnProperty.call(resources.stories, frame.storyId) ? resources.stories[frame.storyId] : undefined;
        for (const report of composeStoryChain(ctx, chain, story, obstacles)) reports.set(report.frameId, report);
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
  const frames = doc.frames.map((f) => reports.get(f.id) ?? { frameId: f.id, kind: f.kind, rect: areaRect(geometry, f.area), lines: 0 });
  const issues = [...captionIssues, ...ctx.issues, ...pagePreflight(ctx.out.items, frames, geometry.typeArea), ...inkPreflight(ctx.out.items, frames, ctx.inkLimit)];
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
