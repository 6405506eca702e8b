import type { Rect } from '../model/display-list';
import type { Frame, StoryFrame } from '../model/page';
import type { StoryFields } from '../model/story';
import { flowStory, type FlowResult } from '../typeset/flow';
import { gridLines, type TypesetFrame } from '../typeset/frames';
import type { ParagraphInput } from '../typeset/types';
import type { ComposeContext } from './compose-context';
import type { FrameReport, StoryFit } from './compose-types';
import { columnRuleItems, type ColumnText } from './column-rules';
import { areaRect, textColumns } from './grid-geometry';
import { setHeadlineBlock, type HeadlineBlock } from './headline-block';
import { setVerticalHeadline } from './vertical-headline';
import { copyfitStyles } from './copyfit';
import { storyParagraphs, type StoryParagraph } from './story-paragraphs';
import { storyStylesFor } from './story-typography';
import { textFrameFor } from './text-frames';

/**
 * Story frames: the headline block across the first frame, then the bylines and the body
 * flowed with the engine through the frame's text columns (破栏 when fewer than its span) and
 * on through its `next` frames (续排), on the page's baseline grid, around any photo placed
 * over it. Reports copyfit and overset per story.
 */

/** The frames of each story, in reading order: a thread starts at a frame no other frame continues into. */
export function storyChains(frames: readonly Frame[]): StoryFrame[][] {
  const stories = frames.filter((f): f is StoryFrame => f.kind === 'story');
  const byId = new Map(stories.map((f) => [f.id, f]));
  const continued = new Set(stories.map((f) => f.next).filter((n): n is string => n !== undefined));
  const chains: StoryFrame[][] = [];
  const placed = new Set<string>();
  const follow = (head: StoryFrame): void => {
    const chain: StoryFrame[] = [];
    let frame: StoryFrame | undefined = head;
    while (frame && !placed.has(frame.id)) {
      placed.add(frame.id);
      chain.push(frame);
      frame = frame.next !== undefined ? byId.get(frame.next) : undefined;
    }
    chains.push(chain);
  };
  for (const frame of stories) if (!continued.has(frame.id)) follow(frame);
  // Frames only reachable through a circle (the page-file check refuses these; be safe anyway).
  for (const frame of stories) if (!placed.has(frame.id)) follow(frame);
  return chains;
}

/** Empty grid lines at a story's foot from which preflight warns (one line short is a good fit). */
export const UNDERSET_LINES = 2;

/**
 * 均衡分栏: the story flowed again with its last frame cut to the fewest grid lines per column
 * that still take all of it, so its last columns end level (within a line) instead of the last
 * one running short. The flow as filled when balancing gains nothing or the story is overset.
 */
function balanceLastFrame(ctx: ComposeContext, inputs: ParagraphInput[], frames: TypesetFrame[], filled: FlowResult): FlowResult {
  const index = frames.length - 1;
  const last = frames[index]!;
  if (filled.overset || last.columns.length < 2) return filled;
  const slots = gridLines(last.height, last.grid);
  const used = filled.lines.filter((l) => l.frameIndex === index).reduce((sum, l) => sum + l.slots, 0);
  for (let k = Math.max(1, Math.ceil(used / last.columns.length)); k < slots; k++) {
    const height = last.grid.firstBaseline + (k - 1) * last.grid.pitch + 0.25 * last.grid.pitch;
    const flow = flowStory(inputs, [...frames.slice(0, index), { ...last, height }], ctx.measurer, { cache: ctx.cache });
    if (!flow.overset) return flow;
  }
  return filled;
}

/** Each text column of frame `index` of the thread: its edges and the band its lines take, on the page. */
function columnTexts(flow: FlowResult, index: number, body: Rect, frame: TypesetFrame, pitch: number): ColumnText[] {
  const columns: ColumnText[] = frame.columns.map((c) => ({ left: body.x + c.x, right: body.x + c.x + c.width, top: null, bottom: null }));
  for (const line of flow.lines) {
    const column = line.frameIndex === index ? columns[line.column] : undefined;
    if (!column) continue;
    // A grid line's band: 0.75 pitch above its baseline to 0.25 pitch below (frames.ts).
    const top = body.y + line.baseline - 0.75 * pitch;
    const bottom = body.y + line.baseline + 0.25 * pitch;
    column.top = column.top === null ? top : Math.min(column.top, top);
    column.bottom = column.bottom === null ? bottom : Math.max(column.bottom, bottom);
  }
  return columns;
}

export function composeStoryChain(
  ctx: ComposeContext,
  chain: readonly StoryFrame[],
  story: StoryFields | undefined,
  obstacles: readonly { id: string; rect: Rect }[],
  headline?: HeadlineBlock,
): FrameReport[] {
  const head = chain[0]!;
  const rects = chain.map((f) => areaRect(ctx.geometry, f.area));
  const counts = new Map<string, number>(chain.map((f) => [f.id, 0]));
  const reports = (fit?: StoryFit): FrameReport[] =>
    chain.map((f, i) => ({ frameId: f.id, kind: 'story', rect: rects[i]!, lines: counts.get(f.id) ?? 0, ...(fit ? { story: fit } : {}) }));
  if (!story) {
    ctx.issues.push({ severity: 'error', code: 'unknown-story', frameId: head.id, params: { storyId: head.storyId } });
    return reports();
  }
  const { pitch } = ctx.geometry;

  // The headline block, across the whole first frame, or down its right edge (竖排).
  let headDepth = 0;
  const verticalHead = head.headline?.vertical ? setVerticalHeadline(ctx, story, head.headline, rects[0]!, head) : null;
  if (verticalHead) counts.set(head.id, ctx.out.lines.filter((l) => l.frameId === head.id).length);
  else if (head.headline && !head.headline.vertical) {
    const rect = rects[0]!;
    const block = headline ?? setHeadlineBlock(ctx, story, head.headline, rect.width, head.id);
    headDepth = block.depth;
    for (const line of block.lines) {
      ctx.out.addLine(line.typeset, rect.x, rect.y + line.baseline, {
        frameId: head.id,
        storyId: head.storyId,
        block: line.field,
        column: 0,
        offsetBase: line.offsetBase,
        ...(line.scaleX !== 1 ? { scaleX: line.scaleX } : {}),
      });
    }
    counts.set(head.id, block.lines.length);
  }

  const bodies: Rect[] = chain.map((_, i) => {
    const rect = rects[i]!;
    const top = i === 0 ? rect.y + headDepth * pitch : rect.y;
    return { x: rect.x, y: top, width: rect.width, height: Math.max(0, rect.y + rect.height - top) };
  });
  const textFrames: TypesetFrame[] = chain.map((frame, i) => {
    const body = bodies[i]!;
    const columns = textColumns({ ...body, x: 0, y: 0 }, frame.bodyColumns, ctx.geometry.gutter, ctx.doc.template.grid.bodySize);
    const around = obstacles.filter((o) => o.id !== frame.id);
    if (i === 0 && verticalHead) around.push({ id: `${frame.id}#headline`, rect: verticalHead });
    return textFrameFor(ctx.geometry, frame.id, body, columns, around, ctx.doc.template.grid.bodySize);
  });

  const resolveFace = (faceId: string) => ctx.face(faceId, head.id);
  const paragraphs: StoryParagraph[] = storyParagraphs(story, storyStylesFor(story, ctx.doc.typography, resolveFace));
  const bylineIndex = new Map<StoryParagraph, number>();
  paragraphs.filter((p) => p.block === 'byline').forEach((p, i) => bylineIndex.set(p, i));
  if (paragraphs.length === 0 && !head.headline) {
    ctx.issues.push({ severity: 'warning', code: 'empty-story', frameId: head.id, params: { storyId: head.storyId } });
  }
  // Ids let the layout cache drop a paragraph's old versions as soon as its edit is set.
  const styles = copyfitStyles(
    paragraphs.map((p) => ({
      ...p.input.style,
      char: { ...p.input.style.char, face: ctx.face(p.input.style.char.face, head.id) },
      ...(head.widowsOrphans === false ? { orphans: 1, widows: 1 } : {}),
    })),
    head.copyfit,
  );
  const inputs: ParagraphInput[] = paragraphs.map((p, i) => ({
    ...p.input,
    id: `${head.storyId}#${p.block === 'byline' ? `byline.${bylineIndex.get(p) ?? 0}` : p.block}`,
    style: styles[i]!,
  }));
  // The engine keeps every subhead whole and with its text (标题不落底 / 标题不分栏).
  const filled = flowStory(inputs, textFrames, ctx.measurer, { cache: ctx.cache });
  const flow = chain[chain.length - 1]!.balance ? balanceLastFrame(ctx, inputs, textFrames, filled) : filled;
  let loose = 0;
  let overfull = 0;
  for (const line of flow.lines) {
    const origin = bodies[line.frameIndex]!;
    const paragraph = paragraphs[line.paragraph]!;
    const block = paragraph.block === 'byline' ? `byline.${bylineIndex.get(paragraph) ?? 0}` : paragraph.block;
    ctx.out.addLine(line.typeset, origin.x + line.x, origin.y + line.baseline, {
      frameId: line.frameId,
      storyId: head.storyId,
      block,
      column: line.column,
    });
    counts.set(line.frameId, (counts.get(line.frameId) ?? 0) + 1);
    if (line.typeset.loose) loose++;
    if (line.typeset.overflow > 0.01) overfull++;
  }
  chain.forEach((frame, i) => {
    if (!frame.columnRules) return;
    for (const item of columnRuleItems(frame.columnRules, columnTexts(flow, i, bodies[i]!, textFrames[i]!, pitch))) ctx.out.add(item);
  });
  if (flow.overset) {
    ctx.issues.push({
      severity: 'error',
      code: 'overset',
      frameId: chain[chain.length - 1]!.id,
      params: { frame: 'story', storyId: head.storyId, lines: flow.overset.lines, characters: flow.overset.characters },
    });
  }
  // Copyfit as filled (a balanced story's empty foot is shared by its columns, and still empty).
  if (!filled.overset && filled.copyfit.linesUnder >= UNDERSET_LINES) {
    const last = chain[chain.length - 1]!.id;
    ctx.issues.push({ severity: 'warning', code: 'underset', frameId: last, params: { storyId: head.storyId, lines: filled.copyfit.linesUnder } });
  }
  if (loose) ctx.issues.push({ severity: 'warning', code: 'loose-line', frameId: head.id, params: { storyId: head.storyId, lines: loose } });
  if (overfull) ctx.issues.push({ severity: 'warning', code: 'overfull-line', frameId: head.id, params: { storyId: head.storyId, lines: overfull } });
  return reports({ storyId: head.storyId, chain: chain.map((f) => f.id), copyfit: filled.copyfit, overset: flow.overset });
}
