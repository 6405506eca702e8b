import type { Measurer } from './measurer';
import type { Prepared } from './prepared';
import type { LineWidths, ParagraphInput, ParagraphLayout } from './types';

/**
 * The layout cache: a paragraph already set with the same (text, style, widths) and fonts is
 * returned as it was, so an edit re-sets only the paragraph that changed. Width-independent
 * preparation is cached on (text, style) so a width change skips segmentation and measuring.
 * Least-recently-used entries go first once a limit is reached. Entries are never mutated;
 * callers must not mutate what they get back, nor a ParagraphInput after handing it in.
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
  /**
   * Characters of paragraph layouts kept (default 200 000: some forty pages of body text).
   * Every keystroke makes a new version of a paragraph; old versions go, least recently
   * used first, once the budget is spent.
   */
  maxLayoutChars?: number;
  /** Characters of prepared paragraphs kept (default 50 000); they only save work when a paragraph is set at another width. */
  maxPreparedChars?: number;
}

/** (content, style) part of a key: the runs' texts and styles, and the paragraph style's values. */
export function contentKey(input: ParagraphInput, measurer: Measurer): string {
  return JSON.stringify([measurer.id, input.style, input.runs]);
}

/** The keys a paragraph identity holds in the cache: only those of its current content stay. */
interface Versions {
  content: string;
  keys: Set<string>;
}

interface KeyMemo {
  measurer: string;
  content: string;
  full: Map<string, string>;
}

/**
 * Keys are memoised per input object: a caller that keeps the ParagraphInput of an unchanged
 * paragraph (composition keyed on the Slate node) pays neither for building its key nor for
 * hashing a long string again (V8 caches a string's hash on the string).
 */
const keyMemo = new WeakMap<ParagraphInput, KeyMemo>();

function memoFor(input: ParagraphInput, measurer: Measurer): KeyMemo {
  let memo = keyMemo.get(input);
  if (!memo || memo.measurer !== measurer.id) {
    memo = { measurer: measurer.id, content: contentKey(input, measurer), full: new Map() };
    keyMemo.set(input, memo);
  }
  return memo;
}

function layoutKey(input: ParagraphInput, measurer: Measurer, widths: LineWidths): string {
  const memo = memoFor(input, measurer);
  const w = widthsKey(widths);
  let key = memo.full.get(w);
  if (key === undefined) {
    key = `${memo.content}|${w}`;
    if (memo.full.size > 16) memo.full.clear();
    memo.full.set(w, key);
  }
  return key;
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

/** A least-recently-used map whose entries weigh what their text is long. */
class WeightedLru<V> {
  private readonly map = new Map<string, { value: V; weight: number }>();
  private total = 0;
  constructor(private readonly budget: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: string): V | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    this.map.delete(key);
    this.map.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, weight: number): void {
    const old = this.map.get(key);
    if (old) {
      this.total -= old.weight;
      this.map.delete(key);
    }
    this.map.set(key, { value, weight });
    this.total += weight;
    for (const [k, e] of this.map) {
      if (this.total <= this.budget || this.map.size <= 1) break;
      this.map.delete(k);
      this.total -= e.weight;
    }
  }

  delete(key: string): void {
    const entry = this.map.get(key);
    if (!entry) return;
    this.map.delete(key);
    this.total -= entry.weight;
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }
}

export function createLayoutCache(options: LayoutCacheOptions = {}): LayoutCache {
  const layouts = new WeightedLru<ParagraphLayout>(options.maxLayoutChars ?? 200_000);
  const prepared = new WeightedLru<Prepared>(options.maxPreparedChars ?? 50_000);
  const versions = new Map<string, Versions>();
  let hits = 0;
  let misses = 0;

  /** An edited paragraph (same id, new content): its earlier versions go now. */
  function track(input: ParagraphInput, content: string, key: string, lru: WeightedLru<unknown>): void {
    if (input.id === undefined) return;
    const id = `${lru === layouts ? 'L' : 'P'}${input.id}`;
    let v = versions.get(id);
    if (v && v.content !== content) {
      for (const old of v.keys) lru.delete(old);
      v = undefined;
    }
    if (!v) {
      v = { content, keys: new Set() };
      versions.set(id, v);
    }
    v.keys.add(key);
  }

  return {
    layout(input, widths, measurer, build) {
      const key = layoutKey(input, measurer, widths);
      const hit = layouts.get(key);
      if (hit) {
        hits++;
        return hit;
      }
      misses++;
      const value = build();
      layouts.set(key, value, value.text.length + 16);
      track(input, memoFor(input, measurer).content, key, layouts as WeightedLru<unknown>);
      return value;
    },
    prepared(input, measurer, build) {
      const key = memoFor(input, measurer).content;
      const hit = prepared.get(key);
      if (hit) return hit;
      const value = build();
      prepared.set(key, value, value.n + 16);
      track(input, key, key, prepared as WeightedLru<unknown>);
      return value;
    },
    stats: () => ({ hits, misses, layouts: layouts.size, prepared: prepared.size }),
    clear() {
      layouts.clear();
      prepared.clear();
      versions.clear();
      hits = misses = 0;
    },
  };
}
