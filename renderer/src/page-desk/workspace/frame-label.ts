import type { StorySummary } from '../../../../shared/ipc/contract-types';
import type { PhotoView } from '../../../../shared/ipc/page-contract';
import type { Frame } from '../../../../shared/model/page';
import type { PageDeskMessages } from '../../i18n/messages-page-desk-en';

/** A frame as the canvas names it (its tooltip and accessible name): its kind and what it holds, never its id. */
export function frameLabel(
  t: PageDeskMessages,
  frame: Frame,
  stories: ReadonlyMap<string, StorySummary>,
  photos: Readonly<Record<string, PhotoView>> | undefined,
): string {
  const what = t.frameKinds[frame.kind];
  if (frame.kind === 'story') return `${what}: ${stories.get(frame.storyId)?.headline || t.preflight.unnamedStory}${frame.next ? ` ${t.threadOut}` : ''}`;
  if (frame.kind === 'photo') return `${what}: ${photos?.[frame.assetId]?.fileName ?? frame.assetId}`;
  if (frame.kind === 'photo-group') return `${what}: ${frame.photos.map((c) => photos?.[c.photo.assetId]?.fileName ?? c.photo.assetId).join('、')}`;
  if (frame.kind === 'banner' || frame.kind === 'text') return `${what}: ${frame.text}`;
  return what;
}
