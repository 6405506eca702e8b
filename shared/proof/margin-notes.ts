import type { Rect } from '../model/display-list';

/**
 * Margin notes with leader lines, the way a proofreader draws them: a leader leaves the mark
 * downwards into the space between the lines (GB/T 14706 §5.3: 校对引线要从行间画出), runs
 * along that space to the edge of the page, then crosses a strip outside the page to its note,
 * stacked in the margin by height. Leaders of one side never cross (the standard: 墨色相同的校
 * 对引线不可交叉):
 *
 * - routes are chosen from the mark nearest the margin outwards; a later (farther) leader's
 *   run along the line space must pass below or above every nearer leader's drop, and it
 *   keeps `separation` from every route already taken, so no run meets a drop or another run;
 * - the notes are stacked in the order of the routes' heights, so the segments across the
 *   strip keep their order from one side of it to the other and cannot cross;
 * - left and right are laid out alone: a leader goes to the margin on its own half of the page.
 */

export interface Point {
  x: number;
  y: number;
}

export interface NoteRequest {
  id: string;
  /** The mark's box on its first line (a point mark: zero width). */
  mark: Rect;
  /** The note's height in the margin, pt. */
  height: number;
  /** Forces a side; otherwise the half of the page the mark is on decides. */
  side?: 'left' | 'right';
}

export interface MarginLayoutOptions {
  /** The page's trim width: the middle decides the side, the edges are where the runs end. */
  pageWidth: number;
  /** The note columns, outside the page: x of their inner edge and their width. */
  left: { x: number; width: number };
  right: { x: number; width: number };
  /** Vertical room for the notes. */
  top: number;
  bottom: number;
  /** Space between two notes. */
  gap: number;
  /** Distance between two leaders running side by side. */
  separation: number;
  /** Where runs along the line space end and the strip begins: this far outside the trim (past the bleed). */
  edge: number;
}

export interface PlacedNote {
  id: string;
  side: 'left' | 'right';
  box: Rect;
  /** The leader from the mark to the note, as a polyline. */
  leader: Point[];
}

export interface MarginLayout {
  notes: PlacedNote[];
  /** How far the lowest note reaches below `bottom` when there were too many to fit (0 normally). */
  overflow: number;
}

interface Leader {
  id: string;
  request: NoteRequest;
  /** Mirrored so that the margin is always to the right (x grows towards it). */
  ax: number;
  drop: number;
  route: number;
}

/** Lays out the notes of one side in mirrored coordinates (the margin is at x = +edge). */
function routeSide(requests: readonly NoteRequest[], mirror: (x: number) => number, separation: number): Leader[] {
  const leaders: Leader[] = requests.map((request) => {
    const { mark } = request;
    // The leader leaves from the mark's end nearest the margin, at its bottom.
    const ax = Math.max(mirror(mark.x), mirror(mark.x + mark.width));
    return { id: request.id, request, ax, drop: mark.y + mark.height, route: 0 };
  });
  // Nearest the margin first; ties top first, then by id so the layout is deterministic.
  leaders.sort((a, b) => b.ax - a.ax || a.drop - b.drop || (a.id < b.id ? -1 : 1));
  // Equal x would put one leader's drop on another's run: the farther one steps back a little.
  for (let i = 1; i < leaders.length; i++) {
    const prev = leaders[i - 1]!;
    if (leaders[i]!.ax >= prev.ax - separation / 2) leaders[i]!.ax = prev.ax - separation / 2;
  }
  const placed: Leader[] = [];
  for (const leader of leaders) {
    let route = leader.drop + separation;
    for (let guard = 0; guard < 10_000; guard++) {
      const blocked = placed.find(
        (other) =>
          // A nearer leader's drop in the way of this run, or its run too close to this one.
          (route >= other.drop - separation / 2 && route <= other.route + separation / 2) || Math.abs(route - other.route) < separation,
      );
      if (!blocked) break;
      route = Math.max(route, blocked.route) + separation;
    }
    leader.route = route;
    placed.push(leader);
  }
  return placed;
}

/** Stacks notes of the given heights near their wanted tops, in order, inside [top, bottom] when they fit. */
function stack(wanted: readonly { top: number; height: number }[], top: number, bottom: number, gap: number): { tops: number[]; overflow: number } {
  const tops: number[] = [];
  let next = top;
  for (const note of wanted) {
    const at = Math.max(note.top, next);
    tops.push(at);
    next = at + note.height + gap;
  }
  // Push back up from the bottom, keeping order and gaps, as far as the top allows.
  let limit = bottom;
  for (let i = wanted.length - 1; i >= 0; i--) {
    const height = wanted[i]!.height;
    if (tops[i]! + height > limit) tops[i] = limit - height;
    limit = tops[i]! - gap;
  }
  // Too many to fit: from the top down, and let the last ones run past the bottom.
  let floor = top;
  let overflow = 0;
  for (let i = 0; i < wanted.length; i++) {
    if (tops[i]! < floor) tops[i] = floor;
    floor = tops[i]! + wanted[i]!.height + gap;
    overflow = Math.max(overflow, tops[i]! + wanted[i]!.height - bottom);
  }
  return { tops, overflow: Math.max(0, overflow) };
}

export function layoutMarginNotes(requests: readonly NoteRequest[], options: MarginLayoutOptions): MarginLayout {
  const notes: PlacedNote[] = [];
  let overflow = 0;
  for (const side of ['left', 'right'] as const) {
    const mine = requests.filter((r) => (r.side ?? (r.mark.x + r.mark.width / 2 < options.pageWidth / 2 ? 'left' : 'right')) === side);
    if (mine.length === 0) continue;
    // Mirror the left side so that its margin is to the "right" too.
    const mirror = side === 'right' ? (x: number) => x : (x: number) => -x;
    const edge = side === 'right' ? options.pageWidth + options.edge : -options.edge;
    const column = options[side];
    const leaders = routeSide(mine, mirror, options.separation).sort((a, b) => a.route - b.route);
    const { tops, overflow: over } = stack(
      leaders.map((l) => ({ top: l.route - Math.min(l.request.height / 2, 6), height: l.request.height })),
      options.top,
      options.bottom,
      options.gap,
    );
    overflow = Math.max(overflow, over);
    leaders.forEach((leader, i) => {
      const { mark } = leader.request;
      const boxTop = tops[i]!;
      const attach = boxTop + Math.min(leader.request.height / 2, 6);
      const ax = mirror(leader.ax);
      const noteEdge = side === 'right' ? column.x : column.x + column.width;
      const leaderPoints: Point[] = [
        { x: ax, y: mark.y + mark.height },
        { x: ax, y: leader.route },
        { x: edge, y: leader.route },
        { x: noteEdge, y: attach },
      ];
      notes.push({ id: leader.id, side, box: { x: column.x, y: boxTop, width: column.width, height: leader.request.height }, leader: leaderPoints });
    });
  }
  return { notes, overflow };
}

/** Whether segments p1–p2 and q1–q2 meet (touching counts). */
export function segmentsMeet(p1: Point, p2: Point, q1: Point, q2: Point, epsilon = 1e-6): boolean {
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const onSegment = (a: Point, b: Point, c: Point) =>
    Math.min(a.x, b.x) - epsilon <= c.x && c.x <= Math.max(a.x, b.x) + epsilon && Math.min(a.y, b.y) - epsilon <= c.y && c.y <= Math.max(a.y, b.y) + epsilon;
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  if (((d1 > epsilon && d2 < -epsilon) || (d1 < -epsilon && d2 > epsilon)) && ((d3 > epsilon && d4 < -epsilon) || (d3 < -epsilon && d4 > epsilon))) return true;
  if (Math.abs(d1) <= epsilon && onSegment(q1, q2, p1)) return true;
  if (Math.abs(d2) <= epsilon && onSegment(q1, q2, p2)) return true;
  if (Math.abs(d3) <= epsilon && onSegment(p1, p2, q1)) return true;
  if (Math.abs(d4) <= epsilon && onSegment(p1, p2, q2)) return true;
  return false;
}

/** Whether two polylines meet anywhere. */
export function polylinesMeet(a: readonly Point[], b: readonly Point[]): boolean {
  for (let i = 0; i + 1 < a.length; i++) {
    for (let j = 0; j + 1 < b.length; j++) {
      if (segmentsMeet(a[i]!, a[i + 1]!, b[j]!, b[j + 1]!)) return true;
    }
  }
  return false;
}
