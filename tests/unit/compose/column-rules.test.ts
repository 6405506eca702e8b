import { describe, expect, it } from 'vitest';
import type { RuleItem } from '../../../shared/model/display-list';
import type { ColumnRules } from '../../../shared/model/page';
import { at, compose, glyphRuns, pageDoc, story } from './compose-fixtures';

/**
 * 分栏线 (issue 13, item 6): rules down the middle of the gutters between a story's text columns,
 * as deep as the text beside them, in the display list (so the screen and the PDF draw them).
 */

const rulesOf = (rules: ColumnRules | undefined, paragraphs: number, columns = 3) => {
  const frame = { id: 's', kind: 'story' as const, storyId: 's', bodyColumns: columns, area: at(0, columns, 0, 30), ...(rules ? { columnRules: rules } : {}) };
  const result = compose(pageDoc([frame], { s: story(paragraphs) }));
  return { result, rules: result.page.items.filter((i): i is RuleItem => i.kind === 'rule') };
};

describe('column rules', () => {
  it('draws none unless the frame asks', () => {
    expect(rulesOf(undefined, 12).rules).toEqual([]);
  });

  it('runs down the middle of each gutter from the top of the text to the foot of the deeper column', () => {
    const { result, rules } = rulesOf({ weight: 0.5 }, 12);
    const lines = result.lines.filter((l) => l.frameId === 's');
    const columnsUsed = new Set(lines.map((l) => l.column));
    expect(columnsUsed.size).toBe(3);
    expect(rules).toHaveLength(2);
    const runs = glyphRuns(result);
    const right = (column: number) => Math.max(...runs.filter((r) => r.source?.column === column).flatMap((r) => r.glyphs.map((g) => g.x)));
    const left = (column: number) => Math.min(...runs.filter((r) => r.source?.column === column).flatMap((r) => r.glyphs.map((g) => g.x)));
    for (const [i, rule] of rules.entries()) {
      expect(rule).toMatchObject({ width: 0.5, color: [0, 0, 0, 1] });
      expect(rule.x1).toBe(rule.x2);
      expect(rule.x1).toBeGreaterThan(right(i));
      expect(rule.x1).toBeLessThan(left(i + 1));
    }
    // Top: the first line's band (0.75 pitch above its baseline); foot: the last line's (0.25 below).
    const pitch = 13.5;
    const baselines = (column: number) => runs.filter((r) => r.source?.column === column && r.source.frameId === 's').map((r) => r.y);
    const top = Math.min(...[0, 1, 2].flatMap(baselines)) - 0.75 * pitch;
    expect(rules[0]!.y1).toBeCloseTo(top, 6);
    expect(rules[0]!.y2).toBeCloseTo(Math.max(...baselines(0), ...baselines(1)) + 0.25 * pitch, 6);
    expect(rules[1]!.y2).toBeCloseTo(Math.max(...baselines(1), ...baselines(2)) + 0.25 * pitch, 6);
  });

  it('leaves out the rule beside an empty column', () => {
    const { result, rules } = rulesOf({ weight: 0.5 }, 2);
    const used = new Set(result.lines.filter((l) => l.frameId === 's').map((l) => l.column));
    expect(used.size).toBeLessThan(3);
    expect(rules).toHaveLength(used.size - 1);
  });

  it('draws a dashed or dotted rule as its dashes, within the solid rule’s length', () => {
    const solid = rulesOf({ weight: 0.5 }, 12).rules[0]!;
    for (const style of ['dashed', 'dotted'] as const) {
      const dashes = rulesOf({ weight: 0.5, style }, 12).rules.filter((r) => r.x1 === solid.x1);
      expect(dashes.length, style).toBeGreaterThan(20);
      expect(dashes[0]!.y1).toBeGreaterThanOrEqual(solid.y1 - 1e-6);
      expect(dashes[dashes.length - 1]!.y2).toBeLessThanOrEqual(solid.y2 + 1e-6);
      const lengths = new Set(dashes.map((d) => Math.round((d.y2 - d.y1) * 1000) / 1000));
      expect([...lengths], style).toEqual([style === 'dashed' ? 2 : 0.5]);
    }
  });
});
