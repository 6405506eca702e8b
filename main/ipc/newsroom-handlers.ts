import { DEFAULT_IDLE_MINUTES, DEFAULT_OFFLINE_HOURS } from '../../shared/ipc/newsroom-contract';
import { BanmianError } from '../../shared/ipc/result';
import { docIdOf } from '../store/newsroom-docs';
import type { Handlers, Services } from './handler-types';

type NewsroomCommand = Extract<keyof Handlers, `newsroom.${string}`>;

/**
 * Settings → 编辑部, the status light and the engine's conflicts (docs/newsroom.md). Where no
 * newsroom service exists (the CLI's handlers), joining says so and the rest report "not joined".
 */
export function newsroomHandlers(services: Services): Pick<Handlers, NewsroomCommand> {
  const service = () => {
    if (!services.newsroom) throw new BanmianError('forbidden', 'Joining a newsroom is possible only in the desktop app (or with "banmian sync").');
    return services.newsroom;
  };
  return {
    'newsroom.settings': () =>
      services.newsroom?.settings() ?? {
        url: '',
        user: '',
        hasPassword: false,
        canStorePassword: false,
        idleMinutes: DEFAULT_IDLE_MINUTES,
        offlineHours: DEFAULT_OFFLINE_HOURS,
        status: null,
      },
    'newsroom.join': (input) => service().join(input),
    'newsroom.leave': () => service().leave(),
    'newsroom.status': () => ({ status: services.newsroom?.status() ?? null }),
    'newsroom.storyConflicts': ({ storyId }) => services.newsroom?.storyConflicts(storyId) ?? [],
    'newsroom.resolveStory': ({ storyId, version, fields }) => service().resolveStory(storyId, version, fields),
    'newsroom.pageConflicts': ({ pageId }) => services.newsroom?.pageConflicts(pageId) ?? [],
    'newsroom.resolvePage': ({ pageId, rev }) => {
      service().resolveSide('page', pageId, rev);
      return { pageId };
    },
    'newsroom.markConflicts': ({ storyId }) => services.newsroom?.markConflicts(storyId) ?? [],
    'newsroom.resolveMark': ({ markId, rev }) => {
      service().resolveSide('mark', markId, rev);
      return { markId };
    },
    'newsroom.slotConflicts': async () => (await services.newsroom?.slotConflicts()) ?? [],
    'newsroom.resolveSlot': async ({ pageId, pageNumber }) => {
      await service().resolveSlot(pageId, pageNumber);
      return { pageId };
    },
    'newsroom.checkOut': ({ kind, id, offline }) => services.newsroom?.checkOut(kind, id, offline ?? false) ?? { state: 'off', reason: null },
    'newsroom.checkIn': async ({ kind, id, offline }) => ({ released: (await services.newsroom?.checkIn(kind, id, offline ?? false)) ?? false }),
    'newsroom.breakCheckOut': async ({ kind, id }) => ({ broken: await service().breakCheckOut(kind, id) }),
    'newsroom.unchecked': ({ kind, id }) => ({ unchecked: services.store.newsroom.unchecked.get(docIdOf(kind, id)) }),
    'newsroom.reviewUnchecked': ({ kind, id }) => ({ reviewed: service().reviewUnchecked(kind, id) }),
    'newsroom.editedBy': async ({ id, updatedAt }) => ({ editedBy: (await services.newsroom?.editedBy(id, updatedAt)) ?? null }),
  };
}
