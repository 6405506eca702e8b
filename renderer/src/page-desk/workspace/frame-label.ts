import type { StorySummary } from '../../../../shared/ipc/contract-types';
import type { PhotoView } from '../../../../shared/ipc/page-contract';
import type { Frame } from '../../../../shared/model/page';
import type { PageDeskMessages } from '../../i18n/messages-page-desk-en';

/** A frame as the canvas names it (its tooltip and accessible name): kind, id, and what it holds. */
export function frameLabel(
  t: PageDeskMessages,
  frame: Frame,
  stories: ReadonlyMap<string, StorySummary>,
  photos: Readonly<Record<string, PhotoView>> | undefined,
): string {
  const what = t.frameKinds[frame.kind];
  if (frame.kind === 'story') return `${what} ${frame.id}: ${stories.get(frame.storyId)?.headline ?? frame.storyId}${frame.next ? ` → ${frame.next}` : ''}`;
  if (frame.kind === 'photo') return `${what} ${frame.id}: ${photos?.[frame.assetId]?.fileName ?? frame.assetId}`;
  if (frame.kind === 'banner' || frame.kind === 'text') return `${what} ${frame.id}: ${frame.text}`;
  return `${what} ${frame.id}`;
}
