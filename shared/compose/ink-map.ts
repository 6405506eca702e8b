import type { Rect } from '../model/display-list';

/**
 * A CMYK photo's total ink, summarised on a grid of cells so that composition (in the main
 * process and in the window alike) can check the part of the photo that prints, its crop,
 * against any press's limit without the pixels: per cell the highest total ink and how many
 * pixels lie above each threshold from 160 % to 400 % in steps of 10 %.
 */
export interface InkMap {
  cols: number;
  rows: number;
  /** Per cell (row-major): highest total ink, %. */
  max: number[];
  /** Per cell: pixels counted. */
  pixels: number[];
  /** Per cell, per threshold (INK_THRESHOLDS): pixels above it. */
  above: number[][];
}

export const INK_THRESHOLDS: readonly number[] = Array.from({ length: 25 }, (_, i) => 160 + i * 10);

export interface CropInk {
  /** Highest total ink in the cells the visible part touches, %. */
  max: number;
  /** Share of those pixels above the limit (the limit rounded down to 10 %), 0–1. */
  over: number;
}

/** Ink of the visible part of a placed photo: `visible` and `drawn` in page points. */
export function cropInk(map: InkMap, drawn: Rect, visible: Rect, limit: number): CropInk {
  const fx0 = Math.max(0, (visible.x - drawn.x) / drawn.width);
  const fy0 = Math.max(0, (visible.y - drawn.y) / drawn.height);
  const fx1 = Math.min(1, (visible.x + visible.width - drawn.x) / drawn.width);
  const fy1 = Math.min(1, (visible.y + visible.height - drawn.y) / drawn.height);
  const t = Math.max(0, INK_THRESHOLDS.findLastIndex((v) => v <= limit));
  let max = 0;
  let pixels = 0;
  let over = 0;
  for (let row = Math.floor(fy0 * map.rows); row < Math.min(map.rows, Math.ceil(fy1 * map.rows)); row++) {
    for (let col = Math.floor(fx0 * map.cols); col < Math.min(map.cols, Math.ceil(fx1 * map.cols)); col++) {
      const cell = row * map.cols + col;
      max = Math.max(max, map.max[cell]!);
      pixels += map.pixels[cell]!;
      over += map.above[cell]![t]!;
    }
  }
  return { max, over: pixels ? over / pixels : 0 };
}
