import type { Rect } from '../model/display-list';
import type { ContentKind, ContentPart, PreflightIssue } from './compose-types';

/**
 * What each frame really occupies on the page, and where two frames' contents meet. Every set
 * line (headline block, body text, caption, credit, banner, free text) and every photo records
 * its box while the page is composed (PageOutput.occupy); two boxes of different frames that
 * overlap are a collision — text printed over text or a photo over a headline — unless the
 * editor marked it as intended (a story's `headline.overPhoto`: its headline over a photo).
 */

export interface Occupied {
  part: ContentPart;
  rect: Rect;
}

/** Overlaps shallower than this (pt, both ways) are frames that merely touch. */
const TOUCH = 0.5;

/** The content a set line belongs to, by its block; undefined for the page header (drawn outside the type area). */
export function lineContent(block: number | string): ContentKind | undefined {
  if (block === 'header') return undefined;
  if (block === 'kicker' || block === 'headline' || block === 'subtitle') return 'headline';
  if (block === 'caption' || block === 'credit' || block === 'banner') return block;
  return 'text';
}

function intersection(a: Rect, b: Rect): Rect | null {
  const x0 = Math.max(a.x, b.x);
  const y0 = Math.max(a.y, b.y);
  const x1 = Math.min(a.x + a.width, b.x + b.width);
  const y1 = Math.min(a.y + a.height, b.y + b.height);
  return x1 - x0 > TOUCH && y1 - y0 > TOUCH ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

function union(a: Rect | null, b: Rect): Rect {
  if (!a) return b;
  const x0 = Math.min(a.x, b.x);
  const y0 = Math.min(a.y, b.y);
  return { x: x0, y: y0, width: Math.max(a.x + a.width, b.x + b.width) - x0, height: Math.max(a.y + a.height, b.y + b.height) - y0 };
}

interface Group {
  part: ContentPart;
  rects: Rect[];
  bounds: Rect;
}

const partKey = (p: ContentPart): string => `${p.frameId}\u0000${p.content}\u0000${p.assetId ?? ''}`;

/**
 * Every pair of elements of different frames whose boxes overlap, as preflight errors (one per
 * pair, `area` the box around all their overlaps); `intended(a, b)` says which overlaps the
 * editor asked for. Pairs come in page order: `a` is the element recorded first.
 */
export function findCollisions(regions: readonly Occupied[], intended: (a: ContentPart, b: ContentPart) => boolean = () => false): PreflightIssue[] {
  const groups = new Map<string, Group>();
  for (const { part, rect } of regions) {
    if (rect.width <= 0 || rect.height <= 0) continue;
    const key = partKey(part);
    const group = groups.get(key);
    if (group) {
      group.rects.push(rect);
      group.bounds = union(group.bounds, rect);
    } else groups.set(key, { part, rects: [rect], bounds: rect });
  }
  const list = [...groups.values()];
  const issues: PreflightIssue[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.part.frameId === b.part.frameId || !intersection(a.bounds, b.bounds)) continue;
      if (intended(a.part, b.part) || intended(b.part, a.part)) continue;
      let area: Rect | null = null;
      for (const ra of a.rects) {
        if (!intersection(ra, b.bounds)) continue;
        for (const rb of b.rects) {
          const cut = intersection(ra, rb);
          if (cut) area = union(area, cut);
        }
      }
      if (area) issues.push({ severity: 'error', code: 'collision', frameId: a.part.frameId, params: { a: a.part, b: b.part, area } });
    }
  }
  return issues;
}
