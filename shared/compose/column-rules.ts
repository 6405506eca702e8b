import type { Cmyk } from '../model/color';
import type { RuleItem } from '../model/display-list';
import type { ColumnRules } from '../model/page';

/**
 * 分栏线: a rule down the middle of the gutter between two text columns of a story frame, as
 * deep as the text beside it — from the top of the frame's body text to the foot of the deeper
 * of the two columns. None beside an empty column. Dashed and dotted rules are drawn as their
 * dashes (plain rule items), so the screen and the PDF draw them from the same display list.
 */

const BLACK: Cmyk = [0, 0, 0, 1];

/** The text a column holds: the top of its first line's band and the foot of its last, pt on the page. */
export interface ColumnText {
  /** Left and right edge of the column, pt on the page. */
  left: number;
  right: number;
  top: number | null;
  bottom: number | null;
}

export function columnRuleItems(rules: ColumnRules, columns: readonly ColumnText[]): RuleItem[] {
  const items: RuleItem[] = [];
  const tops = columns.map((c) => c.top).filter((t): t is number => t !== null);
  if (tops.length === 0) return items;
  const top = Math.min(...tops);
  for (let i = 0; i + 1 < columns.length; i++) {
    const a = columns[i]!;
    const b = columns[i + 1]!;
    if (a.bottom === null || b.bottom === null) continue;
    const x = (a.right + b.left) / 2;
    items.push(...ruleSegments(rules, x, top, Math.max(a.bottom, b.bottom)));
  }
  return items;
}

/** A vertical rule from y1 to y2 in the rule's style: one item when solid, its dashes or dots otherwise. */
function ruleSegments(rules: ColumnRules, x: number, y1: number, y2: number): RuleItem[] {
  const { weight } = rules;
  const color = rules.color ?? BLACK;
  const rule = (from: number, to: number): RuleItem => ({ kind: 'rule', x1: x, y1: from, x2: x, y2: to, width: weight, color });
  const style = rules.style ?? 'solid';
  if (style === 'solid') return [rule(y1, y2)];
  // Dashes 4 weights long with 3 between (at least 2 pt and 1.5 pt); dots a weight square, 2 weights apart.
  const dash = style === 'dashed' ? Math.max(2, 4 * weight) : weight;
  const gap = style === 'dashed' ? Math.max(1.5, 3 * weight) : 2 * weight;
  const count = Math.max(1, Math.floor((y2 - y1 + gap) / (dash + gap)));
  // Centre the pattern so the rule starts and ends with a whole dash.
  const start = y1 + (y2 - y1 - (count * dash + (count - 1) * gap)) / 2;
  const out: RuleItem[] = [];
  for (let k = 0; k < count; k++) {
    const from = start + k * (dash + gap);
    out.push(rule(from, from + dash));
  }
  return out;
}
