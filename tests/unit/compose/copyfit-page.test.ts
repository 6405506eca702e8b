import { describe, expect, it } from 'vitest';
import { gridGeometry, textColumns, areaRect } from '../../../shared/compose/grid-geometry';
import { englishPreflight } from '../../../shared/compose/preflight-english';
import { BROADSHEET } from '../../../shared/compose/templates';
import type { Frame } from '../../../shared/model/page';
import { at, codes, compose, pageDoc, story } from './compose-fixtures';

const g = gridGeometry(BROADSHEET);

describe('copyfit on the page', () => {
  it('warns about two or more empty grid lines at a story’s foot, and not about one', () => {
    const frame = (depth: number): Frame => ({ id: 'f', kind: 'story', storyId: 's', area: at(0, 2, 0, depth), bodyColumns: 2 });
    const deep = compose(pageDoc([frame(30)], { s: story(2) }));
    const issue = deep.preflight.find((i) => i.code === 'underset')!;
    expect(issue.severity).toBe('warning');
    expect(issue.frameId).toBe('f');
    expect(englishPreflight(issue)).toMatch(/\d+ grid line\(s\) left empty at its foot/u);
    const under = deep.frames[0]!.story!.copyfit.linesUnder;
    expect(issue.params).toEqual({ storyId: 's', lines: under });
    // The shallowest frame the story fits in leaves less than one line per column.
    let depth = 30;
    while (!compose(pageDoc([frame(depth - 1)], { s: story(2) })).frames[0]!.story!.overset) depth--;
    const snug = compose(pageDoc([frame(depth)], { s: story(2) }));
    expect(snug.frames[0]!.story!.copyfit.linesUnder).toBeLessThan(2);
    expect(codes(snug)).not.toContain('warning:underset');
  });

  it('balances the last frame’s columns (均衡分栏) when the frame asks for it', () => {
    const frame = (balance: boolean): Frame => ({ id: 'f', kind: 'story', storyId: 's', area: at(0, 3, 0, 40), bodyColumns: 3, ...(balance ? { balance } : {}) });
    const perColumn = (balance: boolean) => {
      const result = compose(pageDoc([frame(balance)], { s: story(3) }));
      return [0, 1, 2].map((c) => result.lines.filter((l) => l.frameId === 'f' && l.column === c).length);
    };
    const filled = perColumn(false);
    const balanced = perColumn(true);
    expect(filled[1]).toBeLessThan(filled[0]!); // filled one after the other: the first column full, the rest short
    expect(Math.max(...balanced) - Math.min(...balanced)).toBeLessThanOrEqual(1);
    expect(balanced.reduce((a, b) => a + b)).toBe(filled.reduce((a, b) => a + b));
  });

  it('gives 破栏 columns a whole number of characters, the gutters taking the rest (五破四: 16, not 16½)', () => {
    const rect = areaRect(g, at(0, 5, 0, 10));
    const cols = textColumns(rect, 4, g.gutter, 9);
    for (const c of cols) expect(c.width).toBe(16 * 9);
    expect(cols[3]!.x + cols[3]!.width).toBeCloseTo(rect.x + rect.width, 9);
    expect(cols[1]!.x - (cols[0]!.x + cols[0]!.width)).toBeCloseTo(15, 9);
    // Composed, every line of a 五破四 story fills exactly 16 characters (or is a paragraph's last).
    const result = compose(pageDoc([{ id: 'f', kind: 'story', storyId: 's', area: at(0, 5, 0, 20), bodyColumns: 4 }], { s: story(2) }));
    const widths = result.lines.filter((l) => l.frameId === 'f').map((l) => Math.round(l.width * 100) / 100);
    expect(Math.max(...widths)).toBeLessThanOrEqual(16 * 9 + 4.5);
    expect(widths.filter((w) => Math.abs(w - 144) < 0.01).length).toBeGreaterThan(widths.length / 2);
  });
});
