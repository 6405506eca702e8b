import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBreaks } from '../../../shared/typeset/break';
import { paragraphBreakProblem } from '../../../shared/typeset/paragraph';
import { prepare } from '../../../shared/typeset/prepare';
import { BODY_STYLE, withStyle } from '../../../shared/typeset/styles';
import { measurer } from './fixtures/fonts';
import { chineseParagraph, englishParagraph } from './fixtures/generators';
import { seedBodyParagraphs } from './fixtures/seed-page';

/**
 * The breaker skips candidate lines that cannot stretch to their measure without asking the
 * cost function (BreakProblem.earliest). That is only a shortcut if every skipped line is one
 * the cost function refuses, so the chosen breaks are the same with and without it: a wrong
 * bound would silently set different lines (a different page) or lose the best breaks.
 */

const seed = Number(process.env.FC_SEED ?? 20261203);
const english = withStyle(BODY_STYLE, { name: 'english', firstLineIndent: 1 });

function checkParagraph(text: string, widths: number | number[], style = BODY_STYLE): number {
  const p = prepare({ runs: [{ text }], style }, measurer);
  const problem = paragraphBreakProblem(p, widths, 0);
  const earliest = problem.earliest;
  expect(earliest, 'a justified paragraph gets the shortcut in the strict pass').toBeDefined();
  const withHint = findBreaks(problem);
  const without = findBreaks({ ...problem, earliest: undefined });
  expect(withHint).toEqual(without);
  // The contract itself, for every start the breaker could use and the first lines' widths.
  let skipped = 0;
  const asked: string[] = [];
  for (let k = 0; k < problem.positions.length; k++) {
    const start = k === 0 ? 0 : problem.positions[k - 1]!;
    for (const line of [0, 1]) {
      const from = earliest!(start, line);
      for (let j = k; j < problem.positions.length && problem.positions[j]! < from; j++) {
        if (problem.forced[j]) continue;
        const cost = problem.cost(start, problem.positions[j]!, line);
        if (cost !== null) asked.push(`line ${line} [${start}, ${problem.positions[j]}) → ${String(cost)}`);
        skipped++;
      }
    }
  }
  expect(asked, `lines skipped that the cost function would set (${text.slice(0, 20)}…)`).toEqual([]);
  return skipped;
}

describe('the breaker skips only lines that cannot be set', () => {
  it('chooses the same breaks on every sample paragraph at three widths, skipping most short lines', () => {
    let skipped = 0;
    for (const text of seedBodyParagraphs()) for (const w of [117, 99, 243]) skipped += checkParagraph(text, w);
    // The shortcut must actually take effect on CJK body copy (thousands of lines not asked).
    expect(skipped).toBeGreaterThan(10_000);
  });

  it('chooses the same breaks on generated Chinese paragraphs, with lines of different widths', () => {
    fc.assert(
      fc.property(chineseParagraph, fc.array(fc.integer({ min: 60, max: 260 }), { minLength: 1, maxLength: 4 }), (text, widths) => {
        checkParagraph(text, widths);
      }),
      { seed, numRuns: 60 },
    );
  });

  it('chooses the same breaks on English paragraphs (spaces, hyphens, kerning)', () => {
    fc.assert(
      fc.property(englishParagraph, fc.integer({ min: 110, max: 300 }), (text, w) => {
        checkParagraph(text, w, english);
      }),
      { seed, numRuns: 40 },
    );
  });
});
