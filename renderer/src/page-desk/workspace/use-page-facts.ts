import { useCallback, useMemo } from 'react';
import type { StorySummary } from '../../../../shared/ipc/contract-types';
import type { ImageItem } from '../../../../shared/model/display-list';
import type { Frame } from '../../../../shared/model/page';
import type { PageDeskMessages } from '../../i18n/messages-page-desk-en';
import { frameLabel } from './frame-label';
import type { DeskComposition } from './page-composer';

/** What the panels, canvas and status bar read off the composed page and the story list. */
export function usePageFacts(t: PageDeskMessages, composed: DeskComposition | null, stories: readonly StorySummary[] | null, pageStoryIds: readonly string[]) {
  const storiesById = useMemo(() => new Map((stories ?? []).map((s) => [s.id, s])), [stories]);
  // How often each story is placed on the page (the story list marks them).
  const placedCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const id of pageStoryIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [pageStoryIds]);
  const storyHeadline = useCallback((id: string) => storiesById.get(id)?.headline, [storiesById]);
  const photoNames = composed?.photos;
  const labelOf = useCallback((frame: Frame) => frameLabel(t, frame, storiesById, photoNames), [t, storiesById, photoNames]);
  const images = useMemo(() => (composed ? [...composed.items.values()].filter((i): i is ImageItem => i.kind === 'image') : []), [composed]);
  const preflight = composed?.preflight ?? null;
  // Frames whose photo is above the press's ink limit: the inspector offers "convert for this press".
  const overInk = useMemo(() => new Set((preflight ?? []).filter((i) => i.code === 'ink-limit' && i.frameId).map((i) => i.frameId!)), [preflight]);
  const errors = preflight?.filter((i) => i.severity === 'error').length ?? 0;
  const counts = preflight ? { errors, warnings: preflight.length - errors } : null;
  return { storiesById, placedCount, storyHeadline, labelOf, images, preflight, overInk, counts };
}
