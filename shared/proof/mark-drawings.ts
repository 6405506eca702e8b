import type { Cmyk } from '../model/color';
import type { AnnotationKind } from '../model/annotation';
import type { DisplayItem, Rect, RuleItem } from '../model/display-list';

/**
 * The proof marks drawn over the set text, after GB/T 14706's shapes as far as straight lines
 * allow (the display list has rules and boxes, no curves): 改正 and 删除 ring the text (删除
 * also strikes it through), 增补 and 加空 put a caret under the line, 对调 links the two parts,
 * 另起段 and 接排 show where the paragraph breaks or runs on, 保留 a row of triangles, 排齐
 * double bars, 移位 an arrow; notes are underlined.
 */

export const MARK_STROKE = 0.6;

export interface MarkShape {
  kind: AnnotationKind;
  color: Cmyk;
  /** Boxes of the marked text, one per line; a point mark: one zero-width box at the caret. */
  boxes: Rect[];
  /** 对调: where the two swapped parts meet (a box of zero width), when known. */
  split?: Rect | null;
  /** 转移: the caret box at the target; 接排: the first line box of the next paragraph. */
  to?: Rect | null;
}

function rule(color: Cmyk, x1: number, y1: number, x2: number, y2: number, width = MARK_STROKE): RuleItem {
  return { kind: 'rule', x1, y1, x2, y2, width, color };
}

export function drawMark(shape: MarkShape): DisplayItem[] {
  const { color, boxes } = shape;
  const out: DisplayItem[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number, width?: number) => out.push(rule(color, x1, y1, x2, y2, width));
  const ring = (b: Rect) => out.push({ kind: 'box', rect: { x: b.x - 0.8, y: b.y - 0.4, width: b.width + 1.6, height: b.height + 0.8 }, stroke: { color, width: MARK_STROKE } });
  const first = boxes[0];
  const last = boxes[boxes.length - 1];
  if (!first || !last) return out;
  const em = first.height;

  switch (shape.kind) {
    case 'comment':
    case 'query':
      for (const b of boxes) line(b.x, b.y + b.height + 0.6, b.x + b.width, b.y + b.height + 0.6);
      if (shape.kind === 'query') for (const b of boxes) line(b.x, b.y + b.height + 1.6, b.x + b.width, b.y + b.height + 1.6, 0.3);
      break;
    case 'replace':
    case 'move':
      boxes.forEach(ring);
      if (shape.kind === 'move' && shape.to) {
        // A line from the ringed text to where it goes, ending in an arrowhead at the caret.
        const from = { x: last.x + last.width + 0.8, y: last.y + last.height / 2 };
        const to = { x: shape.to.x, y: shape.to.y + shape.to.height };
        line(from.x, from.y, to.x, from.y);
        line(to.x, from.y, to.x, to.y);
        line(to.x, to.y, to.x - 1.5, to.y + 2.5);
        line(to.x, to.y, to.x + 1.5, to.y + 2.5);
      }
      break;
    case 'delete':
      for (const b of boxes) {
        ring(b);
        line(b.x, b.y + b.height, b.x + b.width, b.y);
      }
      break;
    case 'close-up':
      for (const b of boxes) {
        // ⌒ above and ⌣ below, as brackets pulling the characters together.
        line(b.x, b.y - 0.4, b.x + b.width, b.y - 0.4);
        line(b.x, b.y - 0.4, b.x, b.y + 1.5);
        line(b.x + b.width, b.y - 0.4, b.x + b.width, b.y + 1.5);
        line(b.x, b.y + b.height + 0.4, b.x + b.width, b.y + b.height + 0.4);
        line(b.x, b.y + b.height + 0.4, b.x, b.y + b.height - 1.5);
        line(b.x + b.width, b.y + b.height + 0.4, b.x + b.width, b.y + b.height - 1.5);
      }
      break;
    case 'transpose': {
      // Under the first part, over the second, linked where they meet.
      const split = shape.split ?? { x: first.x + first.width / 2, y: first.y, width: 0, height: first.height };
      for (const b of boxes) {
        const left = { from: b.x, to: Math.min(b.x + b.width, split.x) };
        const right = { from: Math.max(b.x, split.x), to: b.x + b.width };
        if (left.to > left.from) line(left.from, b.y + b.height + 0.6, left.to, b.y + b.height + 0.6);
        if (right.to > right.from) line(right.from, b.y - 0.6, right.to, b.y - 0.6);
      }
      line(split.x, split.y - 0.6, split.x, split.y + split.height + 0.6);
      break;
    }
    case 'insert':
    case 'space': {
      // A caret under the line, its point between the two characters.
      const x = first.x;
      const base = first.y + first.height;
      line(x - 2, base + 2.5, x, base - 0.5);
      line(x, base - 0.5, x + 2, base + 2.5);
      break;
    }
    case 'split': {
      // ⌐: down from the break, then back to where the new paragraph's first line begins (2 em in).
      const x = first.x;
      line(x, first.y, x, first.y + first.height + 1);
      line(x, first.y + first.height + 1, x - 2 * em, first.y + first.height + 1);
      line(x - 2 * em, first.y + first.height + 1, x - 2 * em, first.y + first.height + 3);
      break;
    }
    case 'join': {
      // From the end of the paragraph to the start of the next: they run on.
      const x = first.x + 0.8;
      const y = first.y + first.height / 2;
      if (shape.to) {
        const tx = shape.to.x - 0.8;
        const ty = shape.to.y + shape.to.height / 2;
        line(x, y, x + 3, y);
        line(x + 3, y, x + 3, (y + ty) / 2);
        line(x + 3, (y + ty) / 2, tx - 3, (y + ty) / 2);
        line(tx - 3, (y + ty) / 2, tx - 3, ty);
        line(tx - 3, ty, tx, ty);
      } else {
        line(x, y, x + 4, y);
      }
      break;
    }
    case 'stet':
      // △ under the text, one per em.
      for (const b of boxes) {
        const count = Math.max(1, Math.round(b.width / em));
        const step = b.width / count;
        for (let i = 0; i < count; i++) {
          const cx = b.x + step * (i + 0.5);
          const top = b.y + b.height + 0.8;
          line(cx - 1.2, top + 2, cx + 1.2, top + 2, 0.4);
          line(cx - 1.2, top + 2, cx, top, 0.4);
          line(cx, top, cx + 1.2, top + 2, 0.4);
        }
      }
      break;
    case 'align':
      // ‖ at the left edge the text should line up with.
      line(first.x - 1.5, first.y, first.x - 1.5, last.y + last.height);
      line(first.x - 2.7, first.y, first.x - 2.7, last.y + last.height);
      break;
    case 'shift': {
      // An arrow over the text.
      const y = first.y - 1.2;
      line(first.x, y, first.x + first.width, y);
      line(first.x + first.width, y, first.x + first.width - 2, y - 1.3);
      line(first.x + first.width, y, first.x + first.width - 2, y + 1.3);
      break;
    }
  }
  return out;
}
