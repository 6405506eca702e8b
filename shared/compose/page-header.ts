import { BLACK, WHITE, type Cmyk } from '../model/color';
import { withStyle } from '../typeset/styles';
import { BYLINE_STYLE, HEADLINE_STYLE } from '../typeset/styles';
import type { ComposeContext } from './compose-context';
import { pageNumberLabel } from '../model/page-label';
import { editionDateText } from './edition-date';

/**
 * The page header strip (报眉) in the top margin, from the page document's `page` fields: the
 * section reversed out of a red block at the left, the page's name beside it, the paper's name,
 * the edition date and 第N版 at the right, over a thick-and-thin rule (文武线) along the type
 * area's top edge. Its lines carry the reserved frame id "#header".
 */

export const HEADER_FRAME_ID = '#header';
const RED: Cmyk = [0, 1, 1, 0];

export function composePageHeader(ctx: ComposeContext): void {
  const { page, template } = ctx.doc;
  if (page.header === false) return;
  const { typeArea } = ctx.geometry;
  const margin = typeArea.y;
  // The strip fits the margin: a 30 pt block on a broadsheet's 22 mm, smaller on tighter pages.
  const block = Math.min(30, Math.max(12, margin - 26));
  const ruleY = typeArea.y - 6;
  ctx.out.add({ kind: 'rule', x1: typeArea.x, y1: ruleY, x2: typeArea.x + typeArea.width, y2: ruleY, width: 1.5, color: BLACK });
  ctx.out.add({ kind: 'rule', x1: typeArea.x, y1: ruleY + 2.5, x2: typeArea.x + typeArea.width, y2: ruleY + 2.5, width: 0.5, color: BLACK });
  const bottom = ruleY - 4;
  const top = bottom - block;
  const source = { frameId: HEADER_FRAME_ID, block: 'header', column: 0 } as const;
  const bold = ctx.face(HEADLINE_STYLE.char.face, HEADER_FRAME_ID);
  const plain = ctx.face(BYLINE_STYLE.char.face, HEADER_FRAME_ID);

  let x = typeArea.x;
  const section = page.section.trim() || page.name.trim();
  if (section) {
    const size = Math.round(block * 0.62);
    const style = withStyle(HEADLINE_STYLE, { name: 'header-section', char: { face: bold, size }, align: 'start', leading: size });
    const line = ctx.layout({ runs: [{ text: section }], style }, 10_000).lines[0]!;
    const width = line.right + size;
    ctx.out.add({ kind: 'box', rect: { x, y: top, width, height: block }, fill: RED });
    ctx.out.addLine(line, x + size / 2, top + block / 2 + 0.38 * size, { ...source, color: WHITE });
    x += width + size / 2;
  }
  const name = page.name.trim();
  if (name && name !== section && name !== pageNumberLabel(page.number)) {
    const size = Math.round(block * 0.45);
    const style = withStyle(HEADLINE_STYLE, { name: 'header-name', char: { face: bold, size }, align: 'start', leading: size });
    const line = ctx.layout({ runs: [{ text: name }], style }, 10_000).lines[0]!;
    ctx.out.addLine(line, x, bottom - 0.12 * size - 1, source);
  }
  // 五号 (10.5 pt) at least: the folio line reads as a header, not as a line of body copy.
  const size = Math.max(template.grid.bodySize, 10.5);
  const info = [page.paper?.trim(), editionDateText(page.edition), pageNumberLabel(page.number)].filter(Boolean).join('　');
  const style = withStyle(BYLINE_STYLE, { name: 'header-date', char: { face: plain, size }, align: 'end', firstLineIndent: 0 });
  const line = ctx.layout({ runs: [{ text: info }], style }, typeArea.width).lines[0]!;
  ctx.out.addLine(line, typeArea.x, bottom - 0.12 * size - 1, source);
}
