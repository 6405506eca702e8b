import { INK_THRESHOLDS, type InkMap } from '../../shared/compose/ink-map';
import { decodePixels } from './sharp-pipelines';

/** Cells across and down of a photo's ink map: fine enough to follow a crop, small enough to send to the window. */
const GRID = 16;

/** The ink map of a CMYK photo (shared/compose/ink-map.ts), from its decoded pixels. */
export async function readInkMap(bytes: Uint8Array): Promise<InkMap> {
  const { data, width, height } = await decodePixels(bytes, 'cmyk');
  const cols = Math.min(GRID, width);
  const rows = Math.min(GRID, height);
  const max = new Array<number>(cols * rows).fill(0);
  const pixels = new Array<number>(cols * rows).fill(0);
  const above = Array.from({ length: cols * rows }, () => new Array<number>(INK_THRESHOLDS.length).fill(0));
  const levels = INK_THRESHOLDS.map((t) => (t / 100) * 255);
  for (let y = 0; y < height; y++) {
    const row = Math.floor((y * rows) / height) * cols;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const sum = data[i]! + data[i + 1]! + data[i + 2]! + data[i + 3]!;
      const cell = row + Math.floor((x * cols) / width);
      pixels[cell]!++;
      if (sum > max[cell]!) max[cell] = sum;
      if (sum <= levels[0]!) continue;
      const counts = above[cell]!;
      for (let t = 0; t < levels.length && sum > levels[t]!; t++) counts[t]!++;
    }
  }
  return { cols, rows, max: max.map((m) => Math.round((m / 255) * 1000) / 10), pixels, above };
}
