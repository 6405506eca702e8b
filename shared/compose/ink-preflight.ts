import type { Cmyk } from '../model/color';
import type { DisplayItem, Rect } from '../model/display-list';
import { isRichBlack, totalInk } from '../model/ink';
import type { FrameReport, PreflightIssue } from './compose-types';

/**
 * Ink checks over the finished page, against the press's total ink limit: every vector colour
 * (banner tints, boxes, rules) and every text colour above the limit is an error naming its
 * frame, and so is text in rich black (black built from several inks misregisters into coloured
 * fringes on a newspaper press). Photos are measured on their pixels by the main process.
 */

export function cmykLabel(color: Cmyk): string {
  return `C${Math.round(color[0] * 100)} M${Math.round(color[1] * 100)} Y${Math.round(color[2] * 100)} K${Math.round(color[3] * 100)}`;
}

/** The frame an item lies in (by its centre), for naming it; the page header and marks are in none. */
export function frameAt(frames: readonly FrameReport[], rect: Rect): string | undefined {
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  // The last frame drawn on top wins, as on paper.
  for (let i = frames.length - 1; i >= 0; i--) {
    const r = frames[i]!.rect;
    if (cx >= r.x && cx <= r.x + r.width && cy >= r.y && cy <= r.y + r.height) return frames[i]!.frameId;
  }
  return undefined;
}

function itemRect(item: DisplayItem): Rect {
  if (item.kind === 'rule') return { x: Math.min(item.x1, item.x2), y: Math.min(item.y1, item.y2), width: Math.abs(item.x2 - item.x1), height: Math.abs(item.y2 - item.y1) };
  if (item.kind === 'box') return item.rect;
  if (item.kind === 'image') return item.clip;
  const first = item.glyphs[0]?.x ?? 0;
  return { x: first, y: item.y - item.size, width: (item.glyphs.at(-1)?.x ?? first) - first, height: item.size };
}

export function inkPreflight(items: readonly DisplayItem[], frames: readonly FrameReport[], inkLimit: number): PreflightIssue[] {
  const issues = new Map<string, PreflightIssue>();
  const add = (key: string, issue: PreflightIssue) => {
    if (!issues.has(key)) issues.set(key, issue);
  };
  for (const item of items) {
    const colours: ['text' | 'rule' | 'fill' | 'outline', Cmyk][] = [];
    if (item.kind === 'glyphs') colours.push(['text', item.color]);
    if (item.kind === 'rule') colours.push(['rule', item.color]);
    if (item.kind === 'box') {
      if (item.fill) colours.push(['fill', item.fill]);
      if (item.stroke) colours.push(['outline', item.stroke.color]);
    }
    if (colours.length === 0) continue;
    const frameId = item.kind === 'glyphs' && item.source ? item.source.frameId : frameAt(frames, itemRect(item));
    for (const [element, color] of colours) {
      const ink = totalInk(color);
      if (ink > inkLimit) {
        add(`${frameId}|ink|${element}|${cmykLabel(color)}`, { severity: 'error', code: 'ink-limit', frameId, params: { element, color, ink, limit: inkLimit } });
      }
      if (element === 'text' && isRichBlack(color)) {
        add(`${frameId}|rich|${cmykLabel(color)}`, { severity: 'error', code: 'rich-black-text', frameId, params: { color } });
      }
    }
  }
  return [...issues.values()];
}
