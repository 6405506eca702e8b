import type { Measurer } from './measurer';
import type { LineWidths } from './paragraph';
import type { Prepared } from './prepared';
import type { ParagraphInput, ParagraphLayout } from './types';

/**
 * The layout cache: a paragraph already set with the same (text, style, widths) and fonts is
 * returned as it was, so an edit re-sets only the paragraph that changed. Width-independent
 * preparation is cached on (text, style) so a width change skips segmentation and measuring.
 * Least-recently-used entries go first once a limit is reached. Entries are never mutated;
 * callers must not mutate what they get back.
 */

export interface CacheStats {
  hits: number;
  misses: number;
  layouts: number;
  prepared: number;
}

export interface LayoutCache {
  layout(input: ParagraphInput, widths: LineWidths, measurer: Measurer, build: () => ParagraphLayout): ParagraphLayout;
  prepared(input: ParagraphInput, measurer: Measurer, build: () => Prepared): Prepared;
  stats(): CacheStats;
  clear(): void;
}

export interface LayoutCacheOptions {
  /** Paragraph layouts kept (default 5000). */
  maxLayouts?: number;
  /** Prepared paragraphs kept (default 2000). */
  maxPrepared?: number;
}

/** (content, style) part of a key: the runs' texts and styles, and the paragraph style's values. */
export function contentKey(input: ParagraphInput, measurer: Measurer): string {
  return JSON.stringify([measurer.id, input.style, input.runs]);
}

/** Width part of a key, run-length encoded so a long list of equal widths stays short. */
export function widthsKey(widths: LineWidths): string {
  if (typeof widths === 'number') return `${widths}*`;
  const parts: string[] = [];
  let i = 0;
  while (i < widths.length) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    parts.push(j === widths.length - 1 ? `${widths[i]}*` : `${widths[i]}x${j - i + 1}`);
    i = j + 1;
  }
  return parts.join(',');
}

function lruGet<V>(map: Map<string, V>, key: string): V | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

function lruSet<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  map.set(key, value);
  while (map.size > limit) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
}

export function createLayoutCache(options: LayoutCacheOptions = {}): LayoutCache {
  const maxLayouts = options.maxLayouts ?? 5000;
  const maxPrepared = options.maxPrepared ?? 2000;
  const layouts = new Map<string, ParagraphLayout>();
  const prepared = new Map<string, Prepared>();
  let hits = 0;
  let misses = 0;
  return {
    layout(input, widths, measurer, build) {
      const key = `${contentKey(input, measurer)}|${widthsKey(widths)}`;
      const hit = lruGet(layouts, key);
      if (hit) {
        hits++;
        return hit;
      }
      misses++;
      const value = build();
      lruSet(layouts, key, value, maxLayouts);
      return value;
    },
    prepared(input, measurer, build) {
      const key = contentKey(input, measurer);
      const hit = lruGet(prepared, key);
      if (hit) return hit;
      const value = build();
      lruSet(prepared, key, value, maxPrepared);
      return value;
    },
    stats: () => ({ hits, misses, layouts: layouts.size, prepared: prepared.size }),
    clear() {
      layouts.clear();
      prepared.clear();
      hits = misses = 0;
    },
  };
}
