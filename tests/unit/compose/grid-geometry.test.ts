import { describe, expect, it } from 'vitest';
import { areaRect, gridGeometry, textColumns } from '../../../shared/compose/grid-geometry';
import { snappedFirstBaseline } from '../../../shared/compose/text-frames';
import { BROADSHEET, TABLOID } from '../../../shared/compose/templates';
import { mmToPt } from '../../../shared/model/units';

describe('the broadsheet grid', () => {
  const g = gridGeometry(BROADSHEET);

  it('is 8 columns of 13 characters of 9 pt with one-character gutters, centred on the 390 mm trim', () => {
    expect(g.columnWidth).toBe(117);
    expect(g.gutter).toBe(9);
    expect(g.typeArea.width).toBe(999);
    const right = mmToPt(390) - (g.typeArea.x + g.typeArea.width);
    expect(Math.abs(right - g.typeArea.x)).toBeLessThan(0.2);
    expect(g.pitch).toBe(13.5);
    expect(g.lines).toBe(105);
  });

  it('places grid areas by column and line, with free offsets in mm', () => {
    expect(areaRect(g, { column: 2, span: 3, line: 10, depth: 4 })).toEqual({
      x: g.typeArea.x + 2 * 126,
      y: g.typeArea.y + 10 * 13.5,
      width: 3 * 117 + 2 * 9,
      height: 4 * 13.5,
    });
    const moved = areaRect(g, { column: 0, span: 1, line: 0, depth: 1, dx: 10, dy: 5, dw: -2, dh: 1 });
    expect(moved.x - g.typeArea.x).toBeCloseTo(mmToPt(10), 9);
    expect(moved.y - g.typeArea.y).toBeCloseTo(mmToPt(5), 9);
    expect(moved.width).toBeCloseTo(117 - mmToPt(2), 9);
    expect(moved.height).toBeCloseTo(13.5 + mmToPt(1), 9);
  });

  it('splits three basic columns into two text columns of 20 characters (三破二)', () => {
    const rect = areaRect(g, { column: 0, span: 3, line: 0, depth: 10 });
    const cols = textColumns(rect, 2, g.gutter);
    expect(cols.map((c) => c.width)).toEqual([180, 180]);
    expect(cols[1]!.x - (cols[0]!.x + cols[0]!.width)).toBe(9);
    expect(cols[1]!.x + cols[1]!.width).toBeCloseTo(rect.x + rect.width, 9);
  });

  it('puts baselines on the page grid even for a frame moved off it', () => {
    const top = g.typeArea.y + 3 * 13.5;
    expect(snappedFirstBaseline(g, top)).toBeCloseTo(0.75 * 13.5, 9);
    // 2 pt lower: the first line moves down to the next grid line.
    const first = top + 2 + snappedFirstBaseline(g, top + 2);
    expect((first - g.typeArea.y) / 13.5 - 0.75).toBeCloseTo(4, 9);
  });

  it('gives the tabloid its own grid', () => {
    const t = gridGeometry(TABLOID);
    expect(t.typeArea.width).toBe(6 * 99 + 5 * 9);
  });
});
