import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prohibitionRules } from '../../../shared/typeset/prohibition';
import { PDFCHECK_LINE_END_PROHIBITED, PDFCHECK_LINE_START_PROHIBITED, PDFCHECK_PATH } from './fixtures/pdfcheck-sets';

describe('prohibition data and the PDF check', () => {
  it('forbids at the gb and strict levels everything pdfcheck forbids', () => {
    for (const level of ['gb', 'strict'] as const) {
      const rules = prohibitionRules(level);
      for (const ch of PDFCHECK_LINE_START_PROHIBITED) expect(rules.lineStart.has(ch), `${level} line start ${ch}`).toBe(true);
      for (const ch of PDFCHECK_LINE_END_PROHIBITED) expect(rules.lineEnd.has(ch), `${level} line end ${ch}`).toBe(true);
    }
  });

  it('keeps basic ⊂ gb ⊂ strict', () => {
    const [basic, gb, strict] = (['basic', 'gb', 'strict'] as const).map(prohibitionRules);
    for (const ch of basic!.lineStart) expect(gb!.lineStart.has(ch)).toBe(true);
    for (const ch of gb!.lineStart) expect(strict!.lineStart.has(ch)).toBe(true);
    for (const ch of gb!.lineEnd) expect(strict!.lineEnd.has(ch)).toBe(true);
    expect(basic!.lineStart.has('—')).toBe(false);
  });

  it.runIf(existsSync(PDFCHECK_PATH))('matches the sets in ../shared/tools/pdfcheck', () => {
    const source = readFileSync(PDFCHECK_PATH, 'utf8');
    const start = /LINE_START_PROHIBITED = set\("([^"]*)"\s*"([^"]*)"\)/u.exec(source);
    const end = /LINE_END_PROHIBITED = set\("([^"]*)"\)/u.exec(source);
    expect(new Set((start?.[1] ?? '') + (start?.[2] ?? ''))).toEqual(PDFCHECK_LINE_START_PROHIBITED);
    expect(new Set(end?.[1] ?? '')).toEqual(PDFCHECK_LINE_END_PROHIBITED);
  });
});
