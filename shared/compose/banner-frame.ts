import type { BannerFrame } from '../model/page';
import { WHITE } from '../model/color';
import { BANNER_STYLE, withStyle } from '../typeset/styles';
import type { ComposeContext } from './compose-context';
import type { FrameReport } from './compose-types';
import { areaRect } from './grid-geometry';
import { footInset, headInset } from './photo-frames';
import { composeVerticalBanner } from './vertical-frames';

/**
 * Section banners (栏目头): the column name on a box — black on a light tint, or reversed out
 * of a dark colour in paper white. 均排 spreads the name with at most an em between characters
 * (a name spread over a whole wide box stops reading as a word); centred sets it as it is.
 */

const EM_ASCENT = 0.88;
const EM_DESCENT = 0.12;

export function composeBanner(ctx: ComposeContext, frame: BannerFrame): FrameReport {
  const rect = areaRect(ctx.geometry, frame.area);
  const box = { x: rect.x, y: rect.y + headInset(ctx), width: rect.width, height: rect.height - headInset(ctx) - footInset(ctx) };
  ctx.out.add({ kind: 'box', rect: box, fill: frame.color });
  ctx.out.occupy({ frameId: frame.id, content: 'banner', text: frame.text }, box);
  if (frame.vertical) return composeVerticalBanner(ctx, frame, box, rect);
  const size = frame.size ?? BANNER_STYLE.char.size;
  const face = ctx.face(BANNER_STYLE.char.face, frame.id);
  const base = withStyle(BANNER_STYLE, { char: { face, size }, leading: size * 1.25 });
  const room = Math.max(size, box.width - 2 * size);
  const natural = ctx.layout({ runs: [{ text: frame.text }], style: withStyle(base, { align: 'start' }) }, 100_000).lines[0]!.right;
  const chars = [...frame.text.trim()].length;
  const spread = frame.align === 'center' ? natural : Math.min(room, natural + Math.max(0, chars - 1) * size);
  const measure = Math.min(room, Math.max(spread, natural));
  const style = withStyle(base, { align: frame.align === 'center' ? 'center' : 'distribute' });
  const lines = ctx.layout({ runs: [{ text: frame.text }], style }, measure).lines;
  const stack = lines.length * style.leading;
  // The stack's em boxes centred in the box.
  let baseline = box.y + (box.height - stack) / 2 + (style.leading - size) / 2 + EM_ASCENT * size;
  const x = box.x + (box.width - measure) / 2;
  const color = frame.style === 'reverse' ? WHITE : undefined;
  for (const line of lines) {
    ctx.out.addLine(line, x, baseline, { frameId: frame.id, block: 'banner', column: 0, ...(color ? { color } : {}) });
    baseline += style.leading;
  }
  const overset = stack - (style.leading - size) > box.height + 0.01 || (EM_ASCENT + EM_DESCENT) * size > box.height + 0.01;
  if (overset) {
    ctx.issues.push({ severity: 'error', code: 'overset', frameId: frame.id, params: { frame: 'banner', text: frame.text } });
  }
  return { frameId: frame.id, kind: 'banner', rect, lines: lines.length, overset };
}
