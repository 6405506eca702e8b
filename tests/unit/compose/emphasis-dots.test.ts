import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePdf } from '../../../main/export';
import type { BoxItem } from '../../../shared/model/display-list';
import type { Block } from '../../../shared/model/story';
import { pdftotext, rasterise, scratchDir, SKIP_MESSAGE, toolsPresent } from '../export/helpers/pdf-tools';
import { at, compose, glyphRuns, pageDoc, story } from './compose-fixtures';

/**
 * 着重号 (issue 13, item 5): a story leaf marked `emphasis` gets a dot under each of its Han
 * characters — vector dots in the display list, drawn by the screen and the PDF alike, and
 * never part of the text.
 */

const marked = '必须坚持';
const body: Block[] = [{ type: 'paragraph', children: [{ text: '我们' }, { text: marked, emphasis: true }, { text: '以人民为中心，“这”是根本。' }] }];
const frame = { id: 's', kind: 'story' as const, storyId: 's', bodyColumns: 1, area: at(0, 2, 0, 10) };
const result = compose(pageDoc([frame], { s: story(0, { body, headline: '' }) }));
const dots = result.page.items.filter((i): i is BoxItem => i.kind === 'box' && i.round === true);

describe('emphasis dots', () => {
  it('puts one round black dot under each emphasised Han character, centred on its em box', () => {
    expect(dots).toHaveLength(marked.length);
    const glyphs = glyphRuns(result).flatMap((r) => r.glyphs.map((g) => ({ ...g, y: r.y, size: r.size })));
    for (const [i, ch] of [...marked].entries()) {
      const g = glyphs.find((x) => x.text === ch)!;
      const dot = dots[i]!;
      expect(dot.fill).toEqual([0, 0, 0, 1]);
      expect(dot.rect.x + dot.rect.width / 2).toBeCloseTo(g.x + g.size / 2, 6);
      // Under the em box (which ends 0.12 em below the baseline), above the next line's.
      expect(dot.rect.y).toBeGreaterThan(g.y + 0.12 * g.size);
      expect(dot.rect.y + dot.rect.height).toBeLessThan(g.y + 13.5 - 0.88 * g.size);
    }
  });

  it('leaves the text as it was: the dots are not characters', () => {
    expect(result.lines.map((l) => l.text).join('')).toBe(`我们${marked}以人民为中心，“这”是根本。`);
  });

  it.skipIf(!toolsPresent)(`prints the dots and copies the text without them ${toolsPresent ? '' : SKIP_MESSAGE}`, async () => {
    const scratch = scratchDir();
    try {
      const pdf = scratch.file('dots.pdf');
      await writePdf({ title: 'dots', pages: [result.page] }, { outPath: pdf, fixedDate: new Date('2024-02-20T00:00:00Z') });
      expect(pdftotext(pdf).replace(/\s/gu, '')).toContain(`我们${marked}以人民为中心`);
      const dpi = 300;
      const raster = rasterise(pdf, { dpi, gray: true });
      // The media box centres the trim box (bleed and the crop marks' slug around it).
      const offset = ((raster.width * 72) / dpi - result.page.width) / 2;
      for (const dot of dots) {
        const px = Math.round(((dot.rect.x + dot.rect.width / 2 + offset) * dpi) / 72);
        const py = Math.round(((dot.rect.y + dot.rect.height / 2 + offset) * dpi) / 72);
        expect(raster.pixels[py * raster.width + px], `dot at ${px},${py}`).toBeLessThan(80);
      }
    } finally {
      scratch.cleanup();
    }
  });
});

/**
 * 着重号 in vertical text (竖排, clreq): a dot right of each emphasised Han character, centred on
 * its em box down the column; none beside punctuation, 纵中横 digits or rotated Western words.
 * A text frame's `emphasis` ranges mark the characters, horizontal or vertical alike.
 * Golden: tests/unit/compose/golden/vertical-emphasis-dots.json (UPDATE_GOLDEN=1 after review).
 */
describe('emphasis dots in vertical text', () => {
  const text = '必须坚持，以人民为中心12年OpenAI\n第二段着重';
  // 必须坚持，以人民 (the comma gets none), 12年OpenAI (only 年), and 着重 in the second paragraph.
  const emphasis: Array<[number, number]> = [
    [0, 8],
    [11, 20],
    [text.indexOf('着重'), text.length],
  ];
  const expected = [...'必须坚持以人民年着重'];
  const textFrame = (vertical: boolean) => ({ id: 't', kind: 'text' as const, text, size: 12, face: 'noto-serif-sc-400', align: 'left' as const, area: at(0, 2, 0, 20), emphasis, ...(vertical ? { vertical } : {}) });
  const vertical = compose(pageDoc([textFrame(true)]));
  const vDots = vertical.page.items.filter((i): i is BoxItem => i.kind === 'box' && i.round === true);
  const glyphs = glyphRuns(vertical).flatMap((r) => r.glyphs.map((g) => ({ ...g, size: r.size })));

  it('puts one dot right of each emphasised Han character, centred on its em box, and none elsewhere', () => {
    expect(vDots).toHaveLength(expected.length);
    for (const [i, ch] of expected.entries()) {
      const g = glyphs.find((x) => x.text === ch && vDots.some((d) => Math.abs(d.rect.y + d.rect.height / 2 - (x.y! - 0.38 * x.size)) < 1e-6))!;
      expect(g, ch).toBeDefined();
      const dot = vDots[i]!;
      const centreX = g.x + g.size / 2; // an upright vertical form is one em wide, its origin at the em box's left
      expect(dot.rect.x, ch).toBeGreaterThan(centreX + 0.5 * g.size);
      expect(dot.rect.x + dot.rect.width, ch).toBeLessThan(centreX + 0.75 * g.size + 1e-9);
      expect(dot.rect.y + dot.rect.height / 2, ch).toBeCloseTo(g.y! - 0.38 * g.size, 6);
    }
  });

  it('copies the text without the dots, and horizontal text frames take the same ranges under the characters', () => {
    expect(vertical.lines.map((l) => l.text).join('')).toBe(text.replace('\n', ''));
    const horizontal = compose(pageDoc([textFrame(false)]));
    const hDots = horizontal.page.items.filter((i): i is BoxItem => i.kind === 'box' && i.round === true);
    expect(hDots).toHaveLength(expected.length);
    expect(horizontal.lines.map((l) => l.text).join('')).toBe(text.replace('\n', ''));
  });

  it('matches the reviewed dot positions', () => {
    const GOLDEN = join(__dirname, 'golden', 'vertical-emphasis-dots.json');
    const snapshot = vDots.map((d) => [d.rect.x, d.rect.y, d.rect.width].map((v) => Math.round(v * 1000) / 1000));
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(snapshot)}\n`);
    expect(snapshot).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it.skipIf(!toolsPresent)(`prints the dots beside the column and copies the text without them ${toolsPresent ? '' : SKIP_MESSAGE}`, async () => {
    const scratch = scratchDir();
    try {
      const pdf = scratch.file('vertical-dots.pdf');
      await writePdf({ title: 'dots', pages: [vertical.page] }, { outPath: pdf, fixedDate: new Date('2024-02-20T00:00:00Z') });
      expect(pdftotext(pdf).replace(/\s/gu, '')).toContain('以人民为中心');
      const dpi = 300;
      const raster = rasterise(pdf, { dpi, gray: true });
      const offset = ((raster.width * 72) / dpi - vertical.page.width) / 2;
      for (const dot of vDots) {
        const px = Math.round(((dot.rect.x + dot.rect.width / 2 + offset) * dpi) / 72);
        const py = Math.round(((dot.rect.y + dot.rect.height / 2 + offset) * dpi) / 72);
        expect(raster.pixels[py * raster.width + px], `dot at ${px},${py}`).toBeLessThan(80);
      }
    } finally {
      scratch.cleanup();
    }
  });
});
