import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutParagraph } from '../../../shared/typeset/paragraph';
import { lineText } from '../../../shared/typeset/line-text';
import { measurer } from './fixtures/fonts';
import { paragraphViolations } from './fixtures/line-checks';
import { parseSeedPage } from './fixtures/seed-page';
import { COLUMN_WIDTH, STYLE_FOR } from './fixtures/seed-layout';

/**
 * Golden line breaks: every block of the sample page set at one column's width (117 pt,
 * 13 characters of 9 pt body) with the default styles. The goldens were generated once and
 * reviewed line by line for clreq (prohibitions, 先挤进后推出, 孤字不成行, subheads broken
 * between phrases); a change in line breaking shows here as a readable diff.
 * Regenerate with UPDATE_GOLDEN=1 after reviewing the new lines.
 */

const GOLDEN = join(__dirname, 'golden', 'seed-page-lines.json');

interface GoldenFile {
  about: string;
  width: number;
  stories: { title: string; blocks: { kind: string; lines: string[] }[] }[];
}

function setPage(): GoldenFile {
  return {
    about: 'Line breaks of the sample page at one column (117 pt); one string per line. See golden.test.ts.',
    width: COLUMN_WIDTH,
    stories: parseSeedPage().map((story) => ({
      title: story.title,
      blocks: story.blocks.map((block) => {
        const layout = layoutParagraph({ runs: [{ text: block.text }], style: STYLE_FOR[block.kind] }, COLUMN_WIDTH, measurer);
        return { kind: block.kind, lines: layout.lines.map(lineText) };
      }),
    })),
  };
}

describe('golden line breaks of the sample page', () => {
  const page = setPage();
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
    writeFileSync(GOLDEN, `${JSON.stringify(page, null, 2)}\n`);
  }

  it('sets every story exactly as reviewed', () => {
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as GoldenFile;
    expect(page).toEqual(golden);
  });

  it('breaks no clreq rule in any body paragraph', () => {
    for (const story of parseSeedPage()) {
      for (const block of story.blocks) {
        const style = STYLE_FOR[block.kind];
        const layout = layoutParagraph({ runs: [{ text: block.text }], style }, COLUMN_WIDTH, measurer);
        const problems = paragraphViolations(block.text, layout, { em: style.char.size, minLastLine: style.minLastLineChars });
        expect(problems, `${block.kind}: ${block.text.slice(0, 20)}`).toEqual([]);
      }
    }
  });

  it('sets most body lines solid and spaces none of them past the gap limit', () => {
    let lines = 0;
    let solid = 0;
    let widest = 0;
    for (const story of parseSeedPage()) {
      for (const block of story.blocks.filter((b) => b.kind === 'body')) {
        const layout = layoutParagraph({ runs: [{ text: block.text }], style: STYLE_FOR.body }, COLUMN_WIDTH, measurer);
        expect(layout.quality).toBe('good');
        for (const line of layout.lines.filter((l) => l.align === 'justify')) {
          lines++;
          if (line.maxGap < 0.01) solid++;
          widest = Math.max(widest, line.maxGap);
        }
      }
    }
    expect(lines).toBeGreaterThan(300);
    expect(solid / lines).toBeGreaterThan(0.7);
    expect(widest).toBeLessThanOrEqual(0.45);
  });
});
