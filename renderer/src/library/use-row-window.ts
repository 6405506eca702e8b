import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

export interface RowWindow {
  /** The first row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

interface Options {
  /** The element that scrolls. */
  scroller: RefObject<HTMLElement | null>;
  /** The element the rows start at the top of (its offset in the scroller is measured). */
  list: RefObject<HTMLElement | null>;
  count: number;
  /** Every row is this tall, in CSS pixels. */
  rowHeight: number;
  /** Rows rendered beyond each edge of the view, so a fast scroll does not show gaps. */
  overscan?: number;
}

/**
 * The rows of a fixed-row-height list that are on screen (plus overscan), re-read on scroll
 * and resize: the list renders only those and stands in for the rest with its height.
 */
export function useRowWindow({ scroller, list, count, rowHeight, overscan = 12 }: Options): RowWindow {
  const compute = useCallback((): RowWindow => {
    const outer = scroller.current;
    const inner = list.current;
    if (!outer || !inner) return { start: 0, end: Math.min(count, overscan * 3) };
    const top = inner.getBoundingClientRect().top - outer.getBoundingClientRect().top;
    const first = Math.floor(-top / rowHeight);
    const last = Math.ceil((outer.clientHeight - top) / rowHeight);
    const start = Math.min(Math.max(0, first - overscan), count);
    return { start, end: Math.max(start, Math.min(count, last + overscan)) };
  }, [scroller, list, count, rowHeight, overscan]);

  const [range, setRange] = useState<RowWindow>({ start: 0, end: Math.min(count, overscan * 3) });

  useLayoutEffect(() => {
    const outer = scroller.current;
    const update = () => setRange((previous) => {
      const next = compute();
      return next.start === previous.start && next.end === previous.end ? previous : next;
    });
    update();
    if (!outer) return;
    outer.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(outer);
    return () => {
      outer.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [scroller, compute]);

  return range;
}
