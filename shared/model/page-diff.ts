/**
 * What differs between two versions of a page, frame by frame (frames are matched by id): the
 * newsroom's page conflict view shows it beside both versions. Pure: it reads the stored page
 * document leniently (a version from a newer desk may carry fields this one does not know).
 */

export interface FrameBox {
  id: string;
  kind: string;
  column: number;
  span: number;
  line: number;
  depth: number;
}

export interface FrameChange {
  id: string;
  kind: string;
  from: FrameBox;
  to: FrameBox;
}

export interface PageDiff {
  /** In `other`, not in `base`. */
  added: FrameBox[];
  /** In `base`, not in `other`. */
  removed: FrameBox[];
  /** In both, at another place or size. */
  moved: FrameChange[];
  /** In both at the same place, with other content or settings. */
  changed: string[];
}

/** The frames of a stored page document as boxes on the grid (frames without an area are skipped). */
export function frameBoxes(document: unknown): FrameBox[] {
  const frames = (document as { frames?: unknown } | null)?.frames;
  if (!Array.isArray(frames)) return [];
  return frames.flatMap((frame: unknown) => {
    const f = frame as { id?: unknown; kind?: unknown; area?: Record<string, unknown> };
    const area = f.area;
    if (typeof f.id !== 'string' || !area) return [];
    const n = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
    return [{ id: f.id, kind: typeof f.kind === 'string' ? f.kind : '', column: n(area.column, 0), span: n(area.span, 1), line: n(area.line, 0), depth: n(area.depth, 1) }];
  });
}

/** The grid of a stored page document (for drawing the boxes to scale), or null. */
export function gridSize(document: unknown): { columns: number; lines: number } | null {
  const grid = (document as { template?: { grid?: { columns?: unknown } } } | null)?.template?.grid;
  const boxes = frameBoxes(document);
  const lines = Math.max(1, ...boxes.map((box) => box.line + box.depth));
  return typeof grid?.columns === 'number' ? { columns: grid.columns, lines } : null;
}

export function diffPages(base: unknown, other: unknown): PageDiff {
  const before = new Map(frameBoxes(base).map((box) => [box.id, box]));
  const after = new Map(frameBoxes(other).map((box) => [box.id, box]));
  const rawBefore = framesById(base);
  const rawAfter = framesById(other);
  const diff: PageDiff = { added: [], removed: [], moved: [], changed: [] };
  for (const [id, box] of after) if (!before.has(id)) diff.added.push(box);
  for (const [id, from] of before) {
    const to = after.get(id);
    if (!to) {
      diff.removed.push(from);
      continue;
    }
    if (from.column !== to.column || from.span !== to.span || from.line !== to.line || from.depth !== to.depth) {
      diff.moved.push({ id, kind: to.kind, from, to });
    } else if (JSON.stringify(rawBefore.get(id)) !== JSON.stringify(rawAfter.get(id))) {
      diff.changed.push(id);
    }
  }
  return diff;
}

function framesById(document: unknown): Map<string, unknown> {
  const frames = (document as { frames?: unknown } | null)?.frames;
  if (!Array.isArray(frames)) return new Map();
  return new Map(frames.flatMap((frame: unknown) => (typeof (frame as { id?: unknown }).id === 'string' ? [[(frame as { id: string }).id, frame]] : [])));
}
