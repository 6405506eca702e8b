import { BanmianError } from '../../shared/ipc/result';
import { importFiles } from '../import/import-service';
import type { Handlers, Services } from './handler-types';
import { pageHandlers } from './page-handlers';
import { proofreadingHandlers } from './proofreading-handlers';
import { decodeUploads } from './uploads';
import { newsroomHandlers } from './newsroom-handlers';
import { taskHandlers } from './task-handlers';
import { withPlacements } from '../pages/story-placement';
import type { StorySummary } from '../../shared/ipc/contract-types';

/** Plain functions of the services and the already-validated input. */
export function createHandlers(services: Services): Handlers {
  const { store } = services;
  const changed = (ids: string[]) => services.notify?.('stories.changed', { ids });
  // What the library shows beside each story: the pages it is on, and 无签出编辑.
  const rows = (stories: StorySummary[]) => store.newsroom.unchecked.decorate('story', withPlacements(store, stories));

  return {
    'app.info': () => services.appInfo(),

    'stories.list': (input) => rows(store.stories.list(input)),
    'stories.page': (input) => {
      const page = store.stories.page(input);
      return { ...page, stories: rows(page.stories) };
    },
    'stories.facets': () => store.stories.facets(),
    'stories.summaries': ({ ids }) => rows(store.stories.summaries(ids)),
    'stories.get': ({ id }) => store.stories.get(id),
    'stories.create': (fields) => {
      const story = store.stories.create(fields);
      changed([story.id]);
      return story;
    },
    'stories.save': ({ id, version, fields }) => {
      const story = store.stories.save(id, version, fields);
      changed([story.id]);
      return story;
    },
    'stories.duplicate': ({ id }) => {
      const story = store.stories.duplicate(id);
      changed([story.id]);
      return story;
    },
    'stories.delete': ({ id }) => {
      const story = store.stories.softDelete(id);
      changed([id]);
      return story;
    },
    'stories.restore': ({ id }) => {
      const story = store.stories.restore(id);
      changed([id]);
      return story;
    },
    'stories.revisions': ({ id }) => store.stories.revisions(id),
    'stories.search': ({ query, limit }) => store.search.search(query, limit),

    ...proofreadingHandlers(services),
    ...pageHandlers(services),
    ...newsroomHandlers(services),
    ...taskHandlers(services),

    'import.files': async ({ files }) => {
      const result = await importFiles(store, decodeUploads(files));
      changed(result.stories.map((story) => story.id));
      return result;
    },
    'import.dialog': async () => {
      if (!services.pickImportFiles) throw new BanmianError('forbidden', 'The file picker exists only in the desktop app.');
      const files = await services.pickImportFiles();
      if (files.length === 0) return { stories: [] };
      const result = await importFiles(store, files);
      changed(result.stories.map((story) => story.id));
      return result;
    },
  };
}
