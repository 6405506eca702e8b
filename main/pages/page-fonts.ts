import { createFontkitMeasurer, type FontkitMeasurer } from '../fonts/fontkit-measurer';
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

export function pageLayoutCache(): LayoutCache {
  cache ??= createLayoutCache();
  return cache;
}
