import { createFontkitMeasurer } from '../../../main/fonts/fontkit-measurer';
import { composePage } from '../../../shared/compose/compose-page';
import type { ComposeResult, ImageInfo } from '../../../shared/compose/compose-types';
import { BROADSHEET } from '../../../shared/compose/templates';
import type { GlyphRun } from '../../../shared/model/display-list';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, type Frame, type GridArea, type PageDocument } from '../../../shared/model/page';
import { emptyStoryFields, type Block, type StoryFields } from '../../../shared/model/story';
import { createLayoutCache } from '../../../shared/typeset/cache';

/** Real fonts (the bundled Noto SC), one measurer and cache for the test file. */
export const measurer = createFontkitMeasurer();
export const cache = createLayoutCache();

export const at = (column: number, span: number, line: number, depth: number, extra: Partial<GridArea> = {}): GridArea => ({
  column,
  span,
  line,
  depth,
  ...extra,
});

export const para = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

/** A story of `paragraphs` paragraphs of distinct Chinese sentences. */
export function story(paragraphs: number, fields: Partial<StoryFields> = {}): StoryFields {
  const sentence = (i: number): string => `第${i + 1}段：新就业群体党建工作进行了有益探索，建立完善统得起、兜得住、管得好的工作体制机制。`;
  return {
    ...emptyStoryFields(),
    headline: '测试标题',
    body: Array.from({ length: paragraphs }, (_, i) => para(sentence(i).repeat(2))),
    ...fields,
  };
}

export function pageDoc(frames: Frame[], stories: Record<string, StoryFields> = {}, assets: PageDocument['assets'] = {}): PageDocument {
  return {
    format: PAGE_FORMAT,
    version: PAGE_FORMAT_VERSION,
    page: { name: '测试版', edition: '2024-02-20', number: 3, section: '测试', header: false },
    template: structuredClone(BROADSHEET),
    stories,
    assets,
    frames,
  };
}

export function compose(doc: PageDocument, images: Record<string, ImageInfo | undefined> = {}, convertRgb = true): ComposeResult {
  return composePage(doc, { measurer, cache, stories: doc.stories, images, convertRgb });
}

export const glyphRuns = (result: ComposeResult): GlyphRun[] => result.page.items.filter((i): i is GlyphRun => i.kind === 'glyphs');

export const codes = (result: ComposeResult): string[] => result.preflight.map((i) => `${i.severity}:${i.code}`);
