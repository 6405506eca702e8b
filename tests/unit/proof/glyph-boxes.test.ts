import { beforeAll, describe, expect, it } from 'vitest';
import type { DisplayPage, GlyphRun } from '../../../shared/model/display-list';
import type { PageDocument } from '../../../shared/model/page';
import { bodyTexts } from '../../../shared/proof/anchoring';
import { blockLines, markBoxes, measurerMetrics } from '../../../shared/proof/glyph-boxes';
import { layoutProof } from '../../../shared/proof/proof-layer';
import { composeDocument, type ComposedDocument } from '../../../main/pages/compose-service';
import { pageMeasurer } from '../../../main/fonts/page-measurer';
import { samplePageDocument } from '../../../main/sample/sample-page';
import { STORY } from '../../../main/sample/sample-layout';
import { SAMPLE_PROOF_MARKS, sampleProofRound } from '../../../main/sample/sample-proof-round';

// Marks mapped to the glyphs of the composed sample page (real fonts): the boxes cover exactly
// the glyphs showing the marked characters, a mark over a line break gets a box per line, and
// the sample's proof round lands every mark on the page.

let doc: PageDocument;
let page: ComposedDocument;
let display: DisplayPage;
const metrics = () => measurerMetrics(pageMeasurer());

beforeAll(async () => {
  doc = await samplePageDocument();
  page = await composeDocument(doc, { baseDir: process.cwd() });
  display = page.result.page;
});

/** The glyphs of a story block whose left edge lies inside a box, in reading order: what the box shows. */
function shownIn(storyId: string, block: number, box: { x: number; y: number; width: number; height: number }): string {
  const runs = display.items.filter((i): i is GlyphRun => i.kind === 'glyphs' && i.source?.storyId === storyId && i.source.block === block);
  return runs
    .filter((run) => run.y > box.y && run.y < box.y + box.height)
    .flatMap((run) => run.glyphs)
    .filter((g) => g.offset >= 0 && g.x >= box.x - 0.01 && g.x < box.x + box.width - 0.01)
    .sort((a, b) => a.x - b.x)
    .map((g) => g.text)
    .join('');
}

function spanOf(storyId: string, block: number, quote: string) {
  const text = bodyTexts(doc.stories[storyId]!.body)[block]!;
  const start = text.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  return { storyId, block, start, end: start + quote.length };
}

describe('marks on the composed page', () => {
  it('cover exactly the glyphs of the marked characters', () => {
    const target = spanOf(STORY.qinyang, 3, '党员48人');
    const boxes = markBoxes(display, target, metrics());
    expect(boxes).toHaveLength(1);
    expect(shownIn(STORY.qinyang, 3, boxes[0]!)).toBe('党员48人');
    // The box is the em box of the body type on that baseline.
    expect(boxes[0]!.height).toBeCloseTo(9, 0);
    expect(boxes[0]!.baseline - boxes[0]!.y).toBeCloseTo(0.88 * 9, 0);
  });

  it('give a box per set line to a mark that runs over a line break, together showing its text', () => {
    const lines = blockLines(display, STORY.qinyang, 3, metrics());
    const first = lines[0]!;
    const second = lines[1]!;
    const lastOffset = Math.max(...first.glyphs.map((g) => g.glyph.offset));
    const firstOfNext = Math.min(...second.glyphs.filter((g) => g.glyph.offset >= 0).map((g) => g.glyph.offset));
    const target = { storyId: STORY.qinyang, block: 3, start: lastOffset - 2, end: firstOfNext + 3 };
    const boxes = markBoxes(display, target, metrics());
    expect(boxes).toHaveLength(2);
    expect(boxes[1]!.baseline).toBeGreaterThan(boxes[0]!.baseline);
    const text = bodyTexts(doc.stories[STORY.qinyang]!.body)[3]!;
    expect(boxes.map((b) => shownIn(STORY.qinyang, 3, b)).join('')).toBe(text.slice(target.start, target.end));
  });

  it('put a point mark between its two characters', () => {
    const span = spanOf(STORY.qinyang, 4, '截至目前');
    const point = { ...span, start: span.end, end: span.end };
    const [caret] = markBoxes(display, point, metrics());
    expect(caret!.width).toBe(0);
    const before = markBoxes(display, span, metrics())[0]!;
    expect(caret!.x).toBeCloseTo(before.x + before.width, 1);
    expect(caret!.baseline).toBe(before.baseline);
  });

  it('find nothing for text that is not set on the page (an unknown block, or another story)', () => {
    expect(markBoxes(display, { storyId: STORY.qinyang, block: 99, start: 0, end: 3 })).toEqual([]);
    expect(markBoxes(display, { storyId: 'elsewhere', block: 0, start: 0, end: 3 })).toEqual([]);
  });

  it('lay out the sample’s first proof round: every mark on its words, in red, with a note and PDF data', () => {
    const annotations = sampleProofRound(doc.stories);
    expect(annotations.filter((a) => a.replyTo === null)).toHaveLength(SAMPLE_PROOF_MARKS);
    const layer = layoutProof({ page: display, stories: doc.stories, annotations, measurer: pageMeasurer() });
    expect(layer.unplaced).toEqual([]);
    expect(layer.notes).toHaveLength(SAMPLE_PROOF_MARKS);
    const kinds = new Set(layer.notes.map((n) => n.kind));
    expect([...kinds].sort()).toEqual(['align', 'close-up', 'comment', 'delete', 'insert', 'join', 'move', 'query', 'replace', 'shift', 'space', 'split', 'stet', 'transpose']);
    for (const note of layer.notes) {
      const mark = annotations.find((a) => a.id === note.id)!;
      expect(note.color.cmyk).toEqual([0, 1, 1, 0]); // 一校 red
      expect(note.subject.startsWith('一校·')).toBe(true);
      if (mark.anchor.quote) {
        const span = spanOf(mark.storyId, mark.anchor.path[0]!, mark.anchor.quote);
        expect(note.boxes.map((b) => shownIn(mark.storyId, span.block, b)).join(''), note.id).toBe(mark.anchor.quote);
      }
      // The note stands outside the page, in a margin column.
      expect(note.box.x + note.box.width < 0 || note.box.x > display.width).toBe(true);
    }
    expect(layer.notes.find((n) => n.kind === 'query' && n.contents.includes('48人'))!.replies.map((r) => r.contents)).toEqual(['已与通讯员核实，48人。']);
    // Everything drawn is in a round colour; nothing black is added to the page; every glyph is in
    // its face (gid 0 would print as .notdef in the proof PDF: the reply mark was once ↳, which Noto SC lacks).
    for (const item of layer.items) {
      if (item.kind === 'glyphs') expect(item.color).toEqual([0, 1, 1, 0]);
      if (item.kind === 'glyphs') expect(item.glyphs.filter((g) => g.gid === 0 && g.text.trim()).map((g) => g.text)).toEqual([]);
      if (item.kind === 'rule') expect(item.color).toEqual([0, 1, 1, 0]);
    }
    expect(layer.extent.left).toBeGreaterThan(100);
    expect(layer.extent.right).toBeGreaterThan(100);
  });

  it('leave a mark whose text is gone off the page, reported as orphaned', () => {
    const annotations = sampleProofRound(doc.stories);
    const changed = structuredClone(doc.stories);
    const block = changed[STORY.qinyang]!.body[0]!;
    if (block.type !== 'paragraph') throw new Error('expected a paragraph');
    block.children = [{ text: block.children.map((c) => c.text).join('').replace('堵点', '难题') }];
    const layer = layoutProof({ page: display, stories: changed, annotations, measurer: pageMeasurer() });
    expect(layer.unplaced).toEqual([{ id: 'sample-proof-01', reason: 'orphaned' }]);
  });
});
