import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFontkitMeasurer } from '../../../main/fonts/fontkit-measurer';
import { createLayoutCache } from '../../../shared/typeset/cache';
import { layoutParagraph } from '../../../shared/typeset/paragraph';
import { BODY_STYLE, withStyle } from '../../../shared/typeset/styles';
import { measurer } from './fixtures/fonts';
import { chineseParagraph, englishParagraph, width } from './fixtures/generators';
import { paragraphViolations } from './fixtures/line-checks';
import { seedBodyParagraphs } from './fixtures/seed-page';

/**
 * Properties every set paragraph must have, over the sample page's paragraphs and generated
 * ones: no prohibited character at a line start or end (pdfcheck's sets), justified lines
 * exactly the measure (0.01 pt), the text given back exactly, no gap over 0.5 em in a
 * justified line, line-end full-width punctuation half-width, 孤字不成行, and the same output
 * on every run. Seeds are fixed so a failure reproduces; FC_SEED overrides.
 */

const seed = Number(process.env.FC_SEED ?? 20240611);
const body = (text: string) => ({ runs: [{ text }], style: BODY_STYLE });

/**
 * Generated text can be unsettable within the gap limit (a quotation of 11 characters whose
 * last six may not be split, in an 11-character column): the engine then sets a loose line
 * and flags it. Such paragraphs are counted, must stay rare, and must still keep every other
 * rule; the sample page must have none.
 */
let generated = 0;
let loose = 0;
const check = (text: string, w: number, style = BODY_STYLE, allowLoose = true): string[] => {
  const layout = layoutParagraph({ runs: [{ text }], style }, w, measurer);
  generated++;
  if (layout.lines.some((l) => l.loose)) loose++;
  return paragraphViolations(text, layout, { em: style.char.size, minLastLine: style.minLastLineChars, allowLoose });
};

describe('typesetting properties', () => {
  it('holds for every paragraph of the sample page at five column widths', () => {
    for (const text of seedBodyParagraphs()) {
      for (const w of [117, 126, 99, 171, 243]) expect(check(text, w, BODY_STYLE, false), `${w} pt: ${text.slice(0, 24)}`).toEqual([]);
    }
  });

  it('holds for generated Chinese paragraphs with quotes, book titles, dashes, ellipses, numbers and Latin words', () => {
    fc.assert(
      fc.property(chineseParagraph, width, (text, w) => {
        expect(check(text, w)).toEqual([]);
      }),
      { seed, numRuns: 250 },
    );
  });

  it('holds for English-only paragraphs (hyphenated, no loose lines)', () => {
    const english = withStyle(BODY_STYLE, { name: 'english', firstLineIndent: 1 });
    fc.assert(
      fc.property(englishParagraph, fc.integer({ min: 110, max: 300 }), (text, w) => {
        expect(check(text, w, english)).toEqual([]);
      }),
      { seed, numRuns: 120 },
    );
  });

  it('holds at every prohibition level and with the CJK–Latin space off', () => {
    fc.assert(
      fc.property(chineseParagraph, width, fc.constantFrom('basic', 'gb', 'strict'), fc.constantFrom(0, 0.25), (text, w, level, space) => {
        const style = withStyle(BODY_STYLE, { prohibition: level as 'gb', cjkLatinSpacing: space });
        const problems = check(text, w, style);
        // basic lets dashes, ellipses and % start a line: pdfcheck's stricter set is not its promise.
        const relevant = level === 'basic' ? problems.filter((p) => !/starts with [—…%％·～]/u.test(p)) : problems;
        expect(relevant).toEqual([]);
      }),
      { seed, numRuns: 120 },
    );
  });

  it('needs a loose line in fewer than 3% of generated paragraphs', () => {
    expect(generated).toBeGreaterThan(400);
    expect(loose / generated).toBeLessThan(0.03);
  });

  it('sets the same lines on every run, with fresh fonts and caches, as plain serialisable data', () => {
    const other = createFontkitMeasurer();
    fc.assert(
      fc.property(chineseParagraph, width, (text, w) => {
        const a = layoutParagraph(body(text), w, measurer);
        const b = layoutParagraph(body(text), w, other, createLayoutCache());
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        // Plain data: survives a trip through JSON (IPC, a worker, a file) unchanged.
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
      { seed, numRuns: 40 },
    );
  });
});
