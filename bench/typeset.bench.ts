import { createFontkitMeasurer, type FontkitMeasurer } from '../main/fonts/fontkit-measurer';
import { createLayoutCache, type LayoutCache } from '../shared/typeset/cache';
import { flowStory } from '../shared/typeset/flow';
import { columnsFromGrid, type TypesetFrame } from '../shared/typeset/frames';
import { layoutParagraph } from '../shared/typeset/paragraph';
import { BODY_PITCH, BODY_STYLE } from '../shared/typeset/styles';
import type { ParagraphInput } from '../shared/typeset/types';
import { parseSeedPage, readSeedPage, seedBodyParagraphs } from '../tests/unit/typeset/fixtures/seed-page';
import { storyInputs } from '../tests/unit/typeset/fixtures/seed-layout';
import type { Benchmark } from './bench-types';

/**
 * Typesetter benchmarks on the sample page: every story set in 13-character columns (117 pt,
 * 9 pt gutters, 13.5 pt grid), as a page editor's first layout (nothing cached) and as the
 * relayout after typing one character (everything else cached).
 */

const stories = parseSeedPage().map(storyInputs);
const frames: TypesetFrame[] = [
  {
    id: 'page',
    columns: columnsFromGrid(6, 117, 9),
    height: 80 * BODY_PITCH,
    grid: { firstBaseline: 0.75 * BODY_PITCH, pitch: BODY_PITCH },
  },
];

function layPage(measurer: FontkitMeasurer, cache: LayoutCache, page: ParagraphInput[][] = stories): number {
  let lines = 0;
  for (const story of page) lines += flowStory(story, frames, measurer, { cache }).lines.length;
  return lines;
}

let measurer = createFontkitMeasurer();
let warmCache = createLayoutCache();
let edits = 0;

/** The longest body paragraph, the one the editor types into. */
const target = (() => {
  let best = { story: 0, block: 0, length: 0 };
  stories.forEach((story, s) =>
    story.forEach((p, b) => {
      const n = p.runs[0]!.text.length;
      if (n > best.length) best = { story: s, block: b, length: n };
    }),
  );
  return best;
})();

function editedPage(n: number): ParagraphInput[][] {
  // A different character each time, inserted mid-paragraph, so every edit is a cache miss.
  const ch = String.fromCodePoint(0x4e00 + ((n * 7919) % 0x5000));
  return stories.map((story, s) =>
    s !== target.story
      ? story
      : story.map((p, b) => {
          if (b !== target.block) return p;
          const text = p.runs[0]!.text;
          const at = Math.floor(text.length / 2);
          return { ...p, runs: [{ text: text.slice(0, at) + ch + text.slice(at) }] };
        }),
  );
}

export const benchmarks: Benchmark[] = [
  {
    name: 'typeset: fonts cold (open Noto Serif SC, measure every character of the page)',
    iterations: 5,
    warmup: 0,
    run: () => {
      const fresh = createFontkitMeasurer();
      for (const ch of new Set(readSeedPage())) fresh.glyph('noto-serif-sc-400', ch.codePointAt(0)!);
    },
  },
  {
    name: 'typeset: full layout, sample page body paragraphs (no cache)',
    setup: () => {
      measurer = createFontkitMeasurer();
      for (const text of seedBodyParagraphs()) layoutParagraph({ runs: [{ text }], style: BODY_STYLE }, 117, measurer);
    },
    run: () => {
      for (const text of seedBodyParagraphs()) layoutParagraph({ runs: [{ text }], style: BODY_STYLE }, 117, measurer);
    },
    targetMs: 20,
  },
  {
    name: 'typeset: full layout, whole sample page flowed into columns (empty cache)',
    setup: () => void layPage(measurer, createLayoutCache()),
    run: () => void layPage(measurer, createLayoutCache()),
    targetMs: 20,
  },
  {
    name: 'typeset: relayout of the edited story after a one-character edit (warm cache)',
    iterations: 200,
    setup: () => {
      warmCache = createLayoutCache();
      layPage(measurer, warmCache);
    },
    run: () => void layPage(measurer, warmCache, [editedPage(edits++)[target.story]!]),
    targetMs: 2,
  },
  {
    name: 'typeset: relayout of the whole page after a one-character edit (warm cache)',
    iterations: 200,
    setup: () => {
      warmCache = createLayoutCache();
      layPage(measurer, warmCache);
    },
    run: () => void layPage(measurer, warmCache, editedPage(edits++)),
    targetMs: 2,
  },
];
