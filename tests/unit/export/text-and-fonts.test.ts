import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderPdfBytes } from '../../../main/export/index';
import { catalogueFaceSource } from '../../../main/export/fontkit-face';
import { pageGeometry } from '../../../main/export/page-geometry';
import type { DisplayDocument, GlyphRun } from '../../../shared/model/display-list';
import { glyphRun } from './helpers/glyph-runs';
import { pdffonts, pdftotext, run, scratchDir, SKIP_MESSAGE, toolsPresent } from './helpers/pdf-tools';

const DATE = new Date('2025-03-01T08:00:00Z');
const page = (runs: GlyphRun[], width = 500): DisplayDocument => ({ title: 't', pages: [{ width, height: 400, bleed: 0, items: runs }] });

const glyphIdOf = (face: string, char: string): number => catalogueFaceSource(face).font.glyphForCodePoint(char.codePointAt(0)!).id;

describe.skipIf(!toolsPresent)(`text out of the PDF${toolsPresent ? '' : ` (${SKIP_MESSAGE})`}`, () => {
  const scratch = scratchDir();
  afterAll(() => scratch.cleanup());

  it('copies out exactly the source text, punctuation included (…, ①, “”, 《》, mixed Latin)', async () => {
    const lines = [
      '“骑手之家”里有热水、能充电……',
      '图① 建设温室大棚，增加集体收入。',
      '《人民日报》报道：2023年覆盖率100%！',
      'Noto Serif SC — ABC abc 123 (x+y)',
    ];
    const runs = lines.map((text, i) => glyphRun(text, { x: 20, y: 40 + 30 * i, size: 12, face: i === 1 ? 'noto-sans-sc-400' : 'noto-serif-sc-400' }));
    const path = scratch.file('text.pdf', (await renderPdfBytes(page(runs), { fixedDate: DATE })).bytes);
    const out = pdftotext(path).split('\n').filter((l) => l.trim());
    expect(out).toEqual(lines);
  });

  it('one glyph shown for two different characters copies out as each of them', async () => {
    // Noto draws U+3008 and U+2329, U+5140 and U+FA0C, U+24EA and U+1F10B with one glyph each.
    const pairs: [string, string][] = [['〈', '〈'], ['兀', '兀'], ['⓪', '🄋']];
    const face = 'noto-serif-sc-400';
    const texts = pairs.flat();
    for (const [a, b] of pairs) expect(glyphIdOf(face, a)).toBe(glyphIdOf(face, b));
    const runA = glyphRun(texts.join(''), { x: 20, y: 40, size: 12, spacing: 12 });
    expect(runA.glyphs.map((g) => g.text)).toEqual(texts);
    const path = scratch.file('shared-glyph.pdf', (await renderPdfBytes(page([runA]), { fixedDate: DATE })).bytes);
    expect(pdftotext(path).replace(/\s/g, '')).toBe(texts.join(''));
  });

  it('a glyph standing for no text (second glyph of a cluster) adds nothing to the copied text', async () => {
    const runA = glyphRun('版面', { x: 20, y: 40, size: 12 });
    runA.glyphs[0]!.text = '版面';
    runA.glyphs[1]!.text = '';
    const path = scratch.file('cluster.pdf', (await renderPdfBytes(page([runA]), { fixedDate: DATE })).bytes);
    expect(pdftotext(path).trim()).toBe('版面');
  });

  it('every glyph starts exactly at its display-list x (within 0.002 pt), whatever the spacing', async () => {
    const text = '党建新格局凝聚合力ABCxyz12';
    const margin = pageGeometry({ width: 1200, height: 400, bleed: 0, items: [] }, 0).margin;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ min: 14, max: 30, noNaN: true }), { minLength: text.length, maxLength: text.length }),
        fc.double({ min: 6, max: 40, noNaN: true }),
        async (steps, size) => {
          const r = glyphRun(text, { x: 10, y: 100, size });
          let x = 10.0005;
          r.glyphs.forEach((g, i) => {
            g.x = x;
            x += Math.max(steps[i]!, size * 1.6); // wide gaps: poppler reports each glyph as a word
          });
          const path = scratch.file('positions.pdf', (await renderPdfBytes(page([r], 1200), { fixedDate: DATE })).bytes);
          const words = [...run('pdftotext', ['-bbox', path, '-']).stdout.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]+)<\/word>/g)];
          expect(words.map((w) => w[2]).join('')).toBe(text);
          words.forEach((w, i) => expect(Math.abs(Number(w[1]) - margin - r.glyphs[i]!.x)).toBeLessThan(0.002));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('a 长/扁 run (scaleX) puts every glyph at its display-list x and draws it scaleX as wide', async () => {
    const margin = pageGeometry({ width: 1200, height: 400, bleed: 0, items: [] }, 0).margin;
    for (const scale of [0.8, 1.2]) {
      const r = glyphRun('沁阳市凝聚', { x: 10, y: 100, size: 32, face: 'noto-sans-sc-700' });
      r.glyphs.forEach((g, i) => (g.x = 10 + i * 2 * 32 * scale)); // a blank em between glyphs: one word each
      r.scaleX = scale;
      const path = scratch.file(`scaled-${scale}.pdf`, (await renderPdfBytes(page([r], 1200), { fixedDate: DATE })).bytes);
      const words = [...run('pdftotext', ['-bbox', path, '-']).stdout.matchAll(/<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]+)<\/word>/g)];
      expect(words.map((w) => w[3]).join('')).toBe('沁阳市凝聚');
      words.forEach((w, i) => {
        expect(Math.abs(Number(w[1]) - margin - r.glyphs[i]!.x)).toBeLessThan(0.002);
        expect(Number(w[2]) - Number(w[1])).toBeCloseTo(32 * scale, 1);
      });
    }
  });

  it('fonts: Type0/CID TrueType, Identity-H, embedded subsets with ABCDEF+ tags and ToUnicode', async () => {
    const runs = [glyphRun('沁阳市', { y: 40, face: 'noto-sans-sc-700', size: 20 }), glyphRun('新格局', { y: 80 })];
    const path = scratch.file('fonts.pdf', (await renderPdfBytes(page(runs), { fixedDate: DATE })).bytes);
    expect(pdffonts(path)).toEqual([
      expect.objectContaining({ name: expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-Bold$/), type: 'CID TrueType', encoding: 'Identity-H', emb: true, sub: true, uni: true }),
      expect.objectContaining({ name: expect.stringMatching(/^[A-Z]{6}\+NotoSerifSC-Regular$/), type: 'CID TrueType', encoding: 'Identity-H', emb: true, sub: true, uni: true }),
    ]);
  });
});

describe('subset naming and errors', () => {
  it('the subset tag follows the glyph set: same glyphs, same tag; other glyphs, other tag', async () => {
    const tagOf = async (text: string) =>
      (await renderPdfBytes(page([glyphRun(text, { y: 40 })]), { fixedDate: DATE })).report.fonts[0]!.baseFont;
    const a = await tagOf('新格局');
    expect(a).toMatch(/^[A-Z]{6}\+NotoSerifSC-Regular$/);
    expect(await tagOf('局格新')).toBe(a);
    expect(await tagOf('新格')).not.toBe(a);
  });

  it('names the face and glyph when a glyph id is not in the font', async () => {
    const r = glyphRun('新', { y: 40 });
    r.glyphs[0]!.gid = 999_999;
    await expect(renderPdfBytes(page([r]))).rejects.toMatchObject({ code: 'bad-glyph', message: expect.stringMatching(/999999.*NotoSerifSC-Regular/) });
  });

  it('names an unknown face', async () => {
    const r = glyphRun('新', { y: 40 });
    r.face = 'kaiti-400';
    await expect(renderPdfBytes(page([r]))).rejects.toMatchObject({ code: 'unknown-face', message: expect.stringContaining('kaiti-400') });
  });
});
