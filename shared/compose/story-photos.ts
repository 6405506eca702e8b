import type { Frame, StoryFrame } from '../model/page';
import { areaRect, type GridGeometry } from './grid-geometry';

/**
 * A story's own photos — photo frames placed inside its first frame, below its top line (a photo
 * at the very top of a frame, or wider than it, is another element the story was put over) — stand below its headline
 * block: a photo whose top falls inside the block is moved down by whole grid lines to the
 * block's foot, so a deeper headline (a 副题, a second line, an 引题) pushes the story's content
 * down rather than under the photo. A headline marked `overPhoto` is meant to print over it:
 * the photo stays where it was placed.
 */

const TOL = 0.5;

/** The page's frames with every story's own photos moved below its headline block (`depths`: grid lines, by head frame id). */
export function placeStoryPhotos(frames: readonly Frame[], depths: ReadonlyMap<string, number>, geometry: GridGeometry): Frame[] {
  const heads = frames
    .filter((f): f is StoryFrame => f.kind === 'story' && depths.has(f.id) && !f.headline?.overPhoto)
    .map((f) => {
      const rect = areaRect(geometry, f.area);
      return { rect, foot: rect.y + (depths.get(f.id) ?? 0) * geometry.pitch };
    });
  if (!heads.length) return [...frames];
  return frames.map((frame) => {
    if (frame.kind !== 'photo' && frame.kind !== 'photo-group') return frame;
    const r = areaRect(geometry, frame.area);
    let push = 0;
    for (const { rect, foot } of heads) {
      const inside = r.x >= rect.x - TOL && r.x + r.width <= rect.x + rect.width + TOL && r.y >= rect.y + geometry.pitch - TOL && r.y < foot - TOL;
      if (inside) push = Math.max(push, Math.ceil((foot - r.y) / geometry.pitch - 1e-6));
    }
    return push ? { ...frame, area: { ...frame.area, line: frame.area.line + push } } : frame;
  });
}
