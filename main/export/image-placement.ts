import type { ImageItem } from '../../shared/model/display-list';
import type { ContentBuilder } from './content-builder';
import { pdfNumber } from './pdf-number';

/**
 * For each EXIF orientation, the displayed unit square (u right, v up) as an affine function
 * of the stored image's unit square (s, t): u = a*s + b*t + c, v = d*s + e*t + f. Browsers
 * show photos upright, so paper must too; doing it in the matrix keeps the JPEG untouched.
 */
const ORIENTATION: Record<number, [number, number, number, number, number, number]> = {
  1: [1, 0, 0, 0, 1, 0],
  2: [-1, 0, 1, 0, 1, 0],
  3: [-1, 0, 1, 0, -1, 1],
  4: [1, 0, 0, 0, -1, 1],
  5: [0, -1, 1, -1, 0, 1],
  6: [0, 1, 0, -1, 0, 1],
  7: [0, 1, 0, 1, 0, 0],
  8: [0, -1, 1, 1, 0, 0],
};

/** Pixel size of the image as displayed (orientations 5–8 swap the axes). */
export function displayedPixels(width: number, height: number, orientation: number): { width: number; height: number } {
  return orientation >= 5 ? { width: height, height: width } : { width, height };
}

/** Effective resolution as placed: displayed pixels per inch of the draw rectangle (the lower axis). */
export function placedPpi(item: ImageItem, pixels: { width: number; height: number }): number {
  return Math.min((pixels.width * 72) / item.draw.width, (pixels.height * 72) / item.draw.height);
}

/** q, clip to the frame, map the image onto its draw rectangle, Do, Q. */
export function writeImage(content: ContentBuilder, item: ImageItem, name: string, orientation: number, pageHeight: number): void {
  const [a, b, c, d, e, f] = ORIENTATION[orientation] ?? ORIENTATION[1]!;
  const { clip, draw } = item;
  const x = draw.x;
  const y = pageHeight - draw.y - draw.height;
  const w = draw.width;
  const h = draw.height;
  const matrix = [w * a, h * d, w * b, h * e, x + w * c, y + h * f].map((v) => pdfNumber(v, 4)).join(' ');
  content.save();
  content.op(`${pdfNumber(clip.x)} ${pdfNumber(pageHeight - clip.y - clip.height)} ${pdfNumber(clip.width)} ${pdfNumber(clip.height)} re W n`);
  content.op(`${matrix} cm /${name} Do`);
  content.restore();
}
