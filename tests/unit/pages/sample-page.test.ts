import { beforeAll, describe, expect, it } from 'vitest';
import type { ComposedLine } from '../../../shared/compose/compose-types';
import type { GlyphRun, ImageItem } from '../../../shared/model/display-list';
import type { PageDocument } from '../../../shared/model/page';
import { bylineText } from '../../../shared/compose/story-paragraphs';
import { blockText, type StoryFields } from '../../../shared/model/story';
import { renderPdfBytes } from '../../../main/export/index';
import { composeDocument, type ComposedDocument } from '../../../main/pages/compose-service';
import { displayDocument } from '../../../main/pages/export-page';
import { samplePageDocument, sampleStories } from '../../../main/sample/sample-page';
import { STORY } from '../../../main/sample/sample-layout';
import { preflightText } from '../../../main/cli/preflight-text';

let doc: PageDocument;
let page: ComposedDocument;
let imported: Record<string, StoryFields>;

beforeAll(async () => {
  doc = await samplePageDocument();
  page = await composeDocument(doc, { baseDir: process.cwd() });
  imported = await sampleStories();
});

const squash = (text: string): string => text.replace(/\s/gu, '');

/** Everything of a story the page prints, in reading order: heads, bylines, then the body. */
function storyText(story: StoryFields): string {
  const body = story.body.filter((b) => b.type !== 'photo').map(blockText);
  return squash([story.kicker, story.headline, story.subtitle, ...story.bylines.map(bylineText), ...body].join(''));
}

describe('the built-in sample page', () => {
  it('holds the five imported stories, with their photographs given', () => {
    expect(Object.keys(doc.stories).sort()).toEqual(Object.values(STORY).sort());
    expect(Object.keys(doc.assets)).toHaveLength(5);
    const headlines = Object.values(doc.stories).map((s) => s.headline);
    expect(headlines).toContain('沁阳市：凝聚合力构建新兴领域党建新格局');
    expect(headlines).toContain('朱光丽：用爱缔造生命奇迹');
    for (const story of Object.values(doc.stories)) {
      for (const block of story.body) if (block.type === 'photo') expect(block.assetId, block.caption).toBeTruthy();
    }
  });

  it('fits: no overset anywhere, every story within a few lines of filling its frames', () => {
    for (const frame of page.result.frames) {
      if (frame.story) {
        expect(frame.story.overset, frame.frameId).toBeNull();
        // At most one grid row of the widest body (the lead's four 破栏 columns): a headline block
        // is whole rows deep, and widow/orphan control may leave a column foot empty.
        expect(frame.story.copyfit.linesUnder, frame.frameId).toBeLessThanOrEqual(4);
      }
      expect(frame.overset ?? false, frame.frameId).toBe(false);
    }
  });

  it('has no preflight errors; the only warnings are the photos the export converts for the press', () => {
    expect(page.result.preflight.filter((i) => i.severity === 'error')).toEqual([]);
    expect(page.result.preflight.map((i) => `${i.code} ${preflightText(i).slice(0, 24)}`)).toEqual([
      'rgb-image photo "group-1-boats" (1',
      'rgb-image photo "group-2-path" (14',
      'ink-limit photo "school-leaf-cmyk"',
    ]);
  });

  it('prints every character of the five stories, in order', () => {
    for (const [id, story] of Object.entries(imported)) {
      const lines = page.result.lines.filter((l) => l.storyId === id);
      expect(squash(lines.map((l) => l.text).join('')), id).toBe(storyText(story));
    }
  });

  it('prints every caption and credit, and the shared credit line once', () => {
    const printed = squash(page.result.lines.filter((l) => l.block === 'caption' || l.block === 'credit').map((l) => l.text).join('|'));
    for (const story of Object.values(imported)) {
      for (const block of story.body) {
        if (block.type !== 'photo') continue;
        expect(printed).toContain(squash(block.caption));
        if (block.credit) expect(printed).toContain(squash(block.credit));
      }
    }
    const shared = page.result.lines.filter((l) => l.text.includes('本栏照片均由本报记者王梦梦摄'));
    expect(shared).toHaveLength(1);
  });

  it('stands each banner over the story of its section', () => {
    for (const banner of doc.frames) {
      if (banner.kind !== 'banner') continue;
      const below = doc.frames.find(
        (f) => f.kind === 'story' && f.area.column === banner.area.column && f.area.span === banner.area.span && f.area.line === banner.area.line + banner.area.depth,
      );
      expect(below?.kind, banner.text).toBe('story');
      if (below?.kind === 'story') expect(doc.stories[below.storyId]!.section).toBe(banner.text);
    }
  });

  it('covers the whole type area: every grid cell of the 8 × 105 grid belongs to a frame', () => {
    const covered = new Set<string>();
    for (const frame of doc.frames) {
      const a = frame.area;
      for (let c = a.column; c < a.column + a.span; c++) for (let l = a.line; l < a.line + a.depth; l++) covered.add(`${c}:${l}`);
    }
    expect(covered.size).toBe(8 * 105);
  });

  it('places the five photographs at 200 ppi or more', () => {
    const images = page.result.page.items.filter((i): i is ImageItem => i.kind === 'image');
    expect(images.map((i) => i.assetId).sort()).toEqual(Object.keys(doc.assets).sort());
    for (const image of images) {
      const info = page.assets.images[image.assetId]!;
      expect((info.width / image.draw.width) * 72, image.assetId).toBeGreaterThanOrEqual(200);
    }
  });

  it('gives a lines file that is the display list, line for line', () => {
    const runs = page.result.page.items.filter((i): i is GlyphRun => i.kind === 'glyphs');
    const byLine = new Map<string, GlyphRun[]>();
    for (const run of runs) {
      const key = `${run.source!.frameId}#${run.source!.line}`;
      byLine.set(key, [...(byLine.get(key) ?? []), run]);
    }
    const withText = page.result.lines.filter((l: ComposedLine) => l.text !== '');
    expect(byLine.size).toBe(withText.length);
    for (const line of withText) {
      const lineRuns = byLine.get(`${line.frameId}#${line.line}`);
      expect(lineRuns, `${line.frameId} line ${line.line}`).toBeDefined();
      const text = lineRuns!.flatMap((r) => r.glyphs.filter((g) => g.offset >= 0).map((g) => g.text)).join('');
      expect(text).toBe(line.text);
      for (const run of lineRuns!) {
        expect(run.y).toBe(line.y);
        expect(run.source!.column).toBe(line.column);
        expect(run.source!.block).toBe(line.block);
      }
      const first = lineRuns![0]!.glyphs.find((g) => g.text.trim() !== '')!;
      expect(first.x).toBeLessThanOrEqual(line.x + 1e-9);
    }
  });

  it('makes a PDF of at most 300 KB without its photos (fonts subset, no bloat)', async () => {
    const doc = displayDocument(page);
    const textOnly = { ...doc, pages: doc.pages.map((p) => ({ ...p, items: p.items.filter((i) => i.kind !== 'image') })) };
    const { bytes, report } = await renderPdfBytes(textOnly, { fixedDate: new Date('2024-02-20T00:00:00Z') });
    expect(bytes.length).toBeLessThanOrEqual(300 * 1024);
    expect(report.fonts.map((f) => f.face).sort()).toEqual(['noto-sans-sc-400', 'noto-sans-sc-700', 'noto-serif-sc-400', 'noto-serif-sc-700']);
  });

  it('composes the same page twice to the same display list', async () => {
    const again = await composeDocument(await samplePageDocument(), { baseDir: process.cwd() });
    expect(again.result).toEqual(page.result);
  });
});
