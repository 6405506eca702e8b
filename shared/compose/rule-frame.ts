import type { RuleFrame } from '../model/page';
import type { ComposeContext } from './compose-context';
import type { FrameReport } from './compose-types';
import { areaRect } from './grid-geometry';

/**
 * Rules between stories (细线; a 花线 is drawn as a plain rule): a horizontal rule runs across
 * its area at the area's vertical middle (a one-line area between two stories puts it half a
 * line from each); a vertical rule runs down the middle of the gutter left of its column.
 */
export function composeRule(ctx: ComposeContext, frame: RuleFrame): FrameReport {
  const rect = areaRect(ctx.geometry, frame.area);
  if (frame.orientation === 'horizontal') {
    const y = rect.y + rect.height / 2;
    ctx.out.add({ kind: 'rule', x1: rect.x, y1: y, x2: rect.x + rect.width, y2: y, width: frame.weight, color: frame.color });
  } else {
    const x = rect.x - ctx.geometry.gutter / 2;
    ctx.out.add({ kind: 'rule', x1: x, y1: rect.y, x2: x, y2: rect.y + rect.height, width: frame.weight, color: frame.color });
  }
  return { frameId: frame.id, kind: 'rule', rect, lines: 0 };
}
