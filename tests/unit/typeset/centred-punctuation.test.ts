import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineText } from '../../../shared/typeset/line-text';
import type { ParagraphLayout } from '../../../shared/typeset/types';
import { measurer } from './fixtures/fonts';
import { CENTRED_MARKS, glyphsOf, paragraphViolations } from './fixtures/line-checks';
import { allGlyphs, set } from './fixtures/set';

/**
 * Traditional Chinese and the Taiwan/Hong Kong punctuation style (issue 13, item 2): a zh-Hant
 * paragraph in Noto Serif TC, whose 。，、；：！？ are centred in the em box (clreq, *Sizes and
 * Positions of Punctuation Marks*), and a Simplified paragraph asking for centred marks through
 * its punctuation face. The marks keep their whole em (no blank half to compress, none at a line
 * end); the line-start and line-end prohibitions hold as in Mainland text.
 */

const TC = { char: { face: 'noto-serif-tc-400' } };
const SC_CENTRED = { char: { punctuationFace: 'noto-serif-tc-400' } };

const SENTENCES = [
  '臺北市政府今天宣佈，明年起捷運票價調整；市民表示：「希望服務品質同步提升！」你怎麼看？',
  '颱風過後，各區陸續恢復供電、供水。記者實地走訪，居民說：「終於可以安心睡覺了。」',
  '香港立法會議員質詢：政府為何延遲公佈報告？官員回應，報告「仍在整理中」。',
  '圖書館延長開放時間、增設自習座位；學生們紛紛表示歡迎！',
];

/** Each line as text, with every centred mark's face, x, advance and trims (pt). */
function marks(layout: ParagraphLayout) {
  return layout.lines.map((line) => ({
    text: lineText(line),
    marks: line.runs.flatMap((run) =>
      run.glyphs.filter((g) => CENTRED_MARKS.has(g.text)).map((g) => ({ text: g.text, face: run.face, x: Number(g.x.toFixed(3)), advance: g.advance, trimLeft: g.trimLeft, trimRight: g.trimRight })),
    ),
  }));
}

const GOLDEN = join(__dirname, 'golden', 'centred-punctuation-lines.json');

describe('centred punctuation in 13-character columns', () => {
  const page = SENTENCES.flatMap((text) => [
    { text, style: 'zh-Hant', lines: marks(set(text, 117, TC)) },
    { text, style: 'zh-Hans centred', lines: marks(set(text, 117, SC_CENTRED)) },
  ]);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(page, null, 2)}\n`);

  it('sets every mark exactly as reviewed', () => {
    expect(page).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('draws each mark from a face that centres it in the em box', () => {
    for (const face of ['noto-serif-tc-400', 'noto-sans-tc-700']) {
      for (const mark of CENTRED_MARKS) {
        const g = measurer.glyph(face, mark.codePointAt(0)!);
        const ink = measurer.ink(face, g.gid);
        const upem = measurer.face(face).unitsPerEm;
        // Centred across: the ink's middle within a tenth of an em of the box's.
        expect(Math.abs((ink.xMin + ink.xMax) / 2 - g.advance / 2) / upem, `${mark} in ${face}`).toBeLessThan(0.1);
      }
    }
    // The Mainland face puts 。 in the bottom-left quarter: that is what the option changes.
    const sc = measurer.glyph('noto-serif-sc-400', 0x3002);
    expect(measurer.ink('noto-serif-sc-400', sc.gid).xMax / 1000).toBeLessThan(0.5);
  });

  it('keeps every centred mark a whole em, at a line end too', () => {
    for (const { lines } of page) {
      for (const line of lines) for (const m of line.marks) expect(m, line.text).toMatchObject({ advance: 9, trimLeft: 0, trimRight: 0 });
    }
  });

  it('sets a Simplified paragraph’s marks in the punctuation face and everything else in its own', () => {
    const layout = set('你说：“好！”真的吗？', 200, SC_CENTRED);
    const runs = layout.lines[0]!.runs.map((r) => `${r.face}:${r.glyphs.map((g) => g.text).join('')}`);
    expect(runs).toEqual([
      'noto-serif-sc-400:你说',
      'noto-serif-tc-400:：',
      'noto-serif-sc-400:“好',
      'noto-serif-tc-400:！',
      'noto-serif-sc-400:”真的吗',
      'noto-serif-tc-400:？',
    ]);
    for (const g of allGlyphs(layout)) expect(g.gid, g.text).toBeGreaterThan(0);
  });

  it('takes Traditional characters from the TC face with no fallback', () => {
    const layout = set(SENTENCES[0]!, 117, TC);
    expect(new Set(layout.lines.flatMap((l) => l.runs.map((r) => r.face)))).toEqual(new Set(['noto-serif-tc-400']));
  });
});

const SUBJECTS = ['臺北市政府', '香港特區政府', '記者', '當地居民', '立法會議員'];
const CLAUSES = ['將擴大舉辦國際書展', '明年起調整票價', '颱風過後各區恢復供電', '圖書館延長開放時間', '鐵路運輸量創下新高'];
const traditional = fc
  .array(
    fc
      .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...CLAUSES), fc.constantFrom(...CLAUSES), fc.constantFrom('。', '！', '？', '；'), fc.constantFrom('，', '、', '：'), fc.boolean())
      .map(([who, a, b, end, mid, quoted]) => (quoted ? `${who}說：「${a}${mid}${b}${end}」` : `${who}表示${mid}${a}${mid}${b}${end}`)),
    { minLength: 1, maxLength: 5 },
  )
  .map((s) => s.join(''));

describe('clreq prohibitions with centred marks', () => {
  it('no line starts with a closing or stop mark, none ends with an opening one, every line flush, nothing lost', () => {
    fc.assert(
      fc.property(traditional, fc.integer({ min: 11, max: 20 }), fc.boolean(), (text, chars, tc) => {
        const layout = set(text, chars * 9, tc ? TC : SC_CENTRED);
        expect(paragraphViolations(text, layout, { em: 9, minLastLine: 2, centredMarks: true })).toEqual([]);
        for (const line of layout.lines) {
          const first = glyphsOf(line)[0];
          if (line !== layout.lines[0]) expect(first && CENTRED_MARKS.has(first.text), lineText(line)).toBeFalsy();
        }
      }),
      { numRuns: 150, seed: 13 },
    );
  });
});
