import type { ComposeResult } from '../../shared/compose/compose-types';
import type { PageDocument } from '../../shared/model/page';

/**
 * The composed lines as JSON (`banmian compose --lines FILE`): every set line with its frame,
 * column, text and position, in pt from the top-left corner of the trim, y at the baseline (a
 * vertical column: x its left edge, y its top, `height` its length).
 */
const round = (v: number): number => Math.round(v * 1000) / 1000;

export function linesFileJson(doc: PageDocument, result: ComposeResult): string {
  return `${JSON.stringify(
    {
      page: doc.page,
      units: 'pt; origin at the top-left corner of the trim box; y is the baseline',
      lines: result.lines.map((l) => ({
        frame: l.frameId,
        ...(l.storyId !== undefined ? { story: l.storyId } : {}),
        block: l.block,
        column: l.column,
        line: l.line,
        text: l.text,
        x: round(l.x),
        y: round(l.y),
        width: round(l.width),
        size: l.size,
        ...(l.vertical ? { vertical: true, height: round(l.height ?? 0) } : {}),
      })),
    },
    null,
    1,
  )}\n`;
}
