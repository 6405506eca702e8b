import type { z } from 'zod';
import type { CommandName, CommandResult, Commands, EventName, Events } from '../../shared/ipc/contract';
import type { AppInfo } from '../../shared/ipc/contract-types';
import { BanmianError } from '../../shared/ipc/result';
import type { Store } from '../store/store-types';
import { importFiles, type IncomingFile } from '../import/import-service';
import { proofreadingHandlers } from './proofreading-handlers';
import { newsroomHandlers } from './newsroom-handlers';
import type { NewsroomService } from '../newsroom/newsroom-service';
import { pageHandlers } from '../pages/page-handlers';
import type { ScreenFonts } from '../fonts/screen-fonts';

/** What the handlers need; the Electron shell, the CLI and the test harness each provide it. */
export interface Services {
  store: Store;
  appInfo: () => AppInfo;
  /** Electron only: asks the user for files with the native picker. */
  pickImportFiles?: () => Promise<IncomingFile[]>;
  /** Tells every window about a change (no-op where there is one window). */
  notify?: <E extends EventName>(event: E, payload: Events[E]) => void;
  /** The page's fonts cut for the screen (banmian://screen-fonts/… in the app); none in the CLI. */
  screenFonts?: ScreenFonts;
  /** URL of a file in the photo folder, by its path relative to it (banmian://photos/… in the app). */
  photoUrl?: (relativePath: string) => string | undefined;
  /** Where to write an exported PDF: the save dialog in the app; null when the user cancels. */
  pickPdfPath?: (suggestedName: string) => Promise<string | null>;
  /** The newsroom (docs/newsroom.md): the app and the e2e harness have one; the CLI syncs with `banmian sync`. */
  newsroom?: NewsroomService;
}

export type Handlers = {
  [K in CommandName]: (input: z.output<Commands[K]['input']>) => Promise<CommandResult<K>> | CommandResult<K>;
};

/** Plain functions of the services and the already-validated input. */
export function createHandlers(services: Services): Handlers {
  const { store } = services;
  const changed = (ids: string[]) => services.notify?.('stories.changed', { ids });

  return {
    'app.info': () => services.appInfo(),

    'stories.list': (input) => store.stories.list(input),
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

    'import.files': async ({ files }) => {
      const incoming = files.map((file) => ({ name: file.name, bytes: decodeBase64(file.name, file.base64) }));
      const result = await importFiles(store, incoming);
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

function decodeBase64(name: string, base64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw new BanmianError('invalid-input', `${name}: the file content is not valid base64.`);
  }
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
