import type { ImageItem, Rect } from '../model/display-list';
import type { Photo } from '../model/page';

/**
 * Where an image is drawn for a frame (ImageItem: `clip` is what shows, `draw` the whole image):
 *
 * - fill: scaled to cover the frame, centred; the overflow is cut off;
 * - fit: scaled to lie wholly inside the frame, centred (the frame may show blank at two sides);
 * - crop: the `crop` part of the image (fractions of its width and height) scaled to cover the
 *   frame and centred on it; when the frame's shape differs from the crop's, more of the image
 *   shows along one side, never less than the crop and never beyond the image's edge.
 *
 * `ppi` is the image's resolution as placed: pixels per inch of the drawn size (72 pt an inch).
 */

export interface PhotoPlacement {
  item: ImageItem;
  ppi: number;
}

export function placePhoto(assetId: string, frame: Rect, pixels: { width: number; height: number }, photo: Pick<Photo, 'fit' | 'crop'>): PhotoPlacement {
  const iw = pixels.width;
  const ih = pixels.height;
  const crop = photo.fit === 'crop' && photo.crop ? photo.crop : { x: 0, y: 0, width: 1, height: 1 };
  const cw = crop.width * iw;
  const ch = crop.height * ih;
  const scale = photo.fit === 'fit' ? Math.min(frame.width / iw, frame.height / ih) : Math.max(frame.width / cw, frame.height / ch);
  const width = iw * scale;
  const height = ih * scale;
  let draw: Rect;
  let clip: Rect;
  if (photo.fit === 'fit') {
    draw = { x: frame.x + (frame.width - width) / 2, y: frame.y + (frame.height - height) / 2, width, height };
    clip = { ...draw };
  } else {
    // The crop's centre on the frame's centre, then kept from showing past the image's edges.
    const cx = (crop.x + crop.width / 2) * iw * scale;
    const cy = (crop.y + crop.height / 2) * ih * scale;
    const x = clamp(frame.x + frame.width / 2 - cx, frame.x + frame.width - width, frame.x);
    const y = clamp(frame.y + frame.height / 2 - cy, frame.y + frame.height - height, frame.y);
    draw = { x, y, width, height };
    clip = { ...frame };
  }
  return { item: { kind: 'image', assetId, clip, draw }, ppi: (iw / width) * 72 };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export type Crop = NonNullable<Photo['crop']>;

const FRACTION = 1e5;
const fraction = (value: number): number => Math.round(value * FRACTION) / FRACTION;

/**
 * The crop that shows exactly the image drawn at `draw` behind the visible box `clip` (the inverse
 * of placePhoto for "crop"): what a make-up editor set by dragging the image inside its frame.
 */
export function cropShowing(clip: Rect, draw: Rect): Crop {
  const width = Math.min(1, fraction(clip.width / draw.width));
  const height = Math.min(1, fraction(clip.height / draw.height));
  return {
    x: clamp(fraction((clip.x - draw.x) / draw.width), 0, 1 - width),
    y: clamp(fraction((clip.y - draw.y) / draw.height), 0, 1 - height),
    width,
    height,
  };
}

/** `draw` scaled up (about the box's centre) and moved as little as needed to cover `clip`: a crop never shows past the image's edge. */
export function coverBox(clip: Rect, draw: Rect): Rect {
  const grow = Math.max(1, clip.width / draw.width, clip.height / draw.height);
  const cx = clip.x + clip.width / 2;
  const cy = clip.y + clip.height / 2;
  const width = draw.width * grow;
  const height = draw.height * grow;
  return {
    x: clamp(cx - (cx - draw.x) * grow, clip.x + clip.width - width, clip.x),
    y: clamp(cy - (cy - draw.y) * grow, clip.y + clip.height - height, clip.y),
    width,
    height,
  };
}

/**
 * `draw` scaled by `factor` about the point `at` (the point of the image under it stays put),
 * never smaller than covering `clip` and never so large that less than `minShown` of the
 * image's width or height shows.
 */
export function zoomDraw(clip: Rect, draw: Rect, factor: number, at: { x: number; y: number }, minShown = 0.02): Rect {
  const largest = Math.min(clip.width / minShown / draw.width, clip.height / minShown / draw.height);
  const f = Math.min(factor, largest);
  return coverBox(clip, { x: at.x - (at.x - draw.x) * f, y: at.y - (at.y - draw.y) * f, width: draw.width * f, height: draw.height * f });
}
