import { useCallback, useEffect, useState } from 'react';
import type { GlyphSelection } from './glyph-selection';

export interface PageMark {
  selection: GlyphSelection;
  /** Where the popover opens, in window coordinates. */
  at: { x: number; y: number };
}

/** The text selected on the page for a proof mark (the popover over it); only while the proof layer is shown. */
export function usePageMark(proofShown: boolean) {
  const [pageMark, setPageMark] = useState<PageMark | null>(null);
  const onMarkSelection = useCallback((selection: GlyphSelection | null, at: { x: number; y: number }) => setPageMark(selection ? { selection, at } : null), []);
  useEffect(() => {
    if (!proofShown) setPageMark(null);
  }, [proofShown]);
  const endMark = useCallback(() => setPageMark(null), []);
  return { pageMark, onMarkSelection, endMark };
}
