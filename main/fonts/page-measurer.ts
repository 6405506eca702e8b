import { createFontkitMeasurer, type FontkitMeasurer } from './fontkit-measurer';
import { createLayoutCache, type LayoutCache } from '../../shared/typeset/cache';

/**
 * One Measurer and one layout cache per process: fonts are opened once, and a page composed
 * again (a warm process: the app, a benchmark) re-sets only the paragraphs that changed.
 */
let measurer: FontkitMeasurer | undefined;
let cache: LayoutCache | undefined;

export function pageMeasurer(): FontkitMeasurer {
  measurer ??= createFontkitMeasurer();
  return measurer;
}

/** Whether a face has a glyph for a character, through the page Measurer (the screen fonts ask it, so the fonts are opened once). */
export function pageHasGlyph(faceId: string, codePoint: number): boolean {
  return pageMeasurer().glyph(faceId, codePoint).gid !== 0;
}

export function pageLayoutCache(): LayoutCache {
  cache ??= createLayoutCache();
  return cache;
}
