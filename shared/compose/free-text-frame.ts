import type { TextFrame as FreeTextFrame } from '../model/page';
import { flowStory } from '../typeset/flow';
import { BODY_STYLE, withStyle } from '../typeset/styles';
import type { Alignment } from '../typeset/types';
import type { ComposeContext } from './compose-context';
import type { FrameReport } from './compose-types';
import { freeTextParagraphs } from './free-text-paragraphs';
import { areaRect } from './grid-geometry';
import { textFrameFor } from './text-frames';
import { composeVerticalText } from './vertical-frames';

/** Free text (notes, 编者按, a 责任编辑 line): paragraphs at "\n", on the page's baseline grid. */

const ALIGN: Record<FreeTextFrame['align'], Alignment> = {
  left: 'start',
  center: 'center',
  right: 'end',
  justify: 'justify',
  'justify-all': 'distribute',
};

export function composeFreeText(ctx: ComposeContext, frame: FreeTextFrame): FrameReport {
  const rect = areaRect(ctx.geometry, frame.area);
  if (frame.vertical) return composeVerticalText(ctx, frame, rect);
  const pitch = ctx.geometry.pitch;
  const face = ctx.face(frame.face, frame.id);
  // Body-sized text keeps the grid's pitch; bigger text takes as many grid lines as it needs.
  const leading = frame.size <= ctx.doc.template.grid.bodySize * 1.25 ? pitch : frame.size * 1.3;
  const style = withStyle(BODY_STYLE, { name: 'text', char: { face, size: frame.size }, leading, align: ALIGN[frame.align], firstLineIndent: 0 });
  const inputs = freeTextParagraphs(frame).map((runs) => ({ runs, style }));
  const tf = textFrameFor(ctx.geometry, frame.id, rect, [{ x: 0, y: 0, width: rect.width, height: rect.height }], []);
  const flow = flowStory(inputs, [tf], ctx.measurer, { cache: ctx.cache });
  for (const line of flow.lines) {
    ctx.out.addLine(line.typeset, rect.x + line.x, rect.y + line.baseline, { frameId: frame.id, block: 'text', column: 0 });
  }
  if (flow.overset) {
    ctx.issues.push({ severity: 'error', code: 'overset', frameId: frame.id, params: { frame: 'text', lines: flow.overset.lines } });
  }
  return { frameId: frame.id, kind: 'text', rect, lines: flow.lines.length, overset: flow.overset !== null };
}
