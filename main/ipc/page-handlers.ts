import type { PageCommands } from '../../shared/ipc/page-contract';
import { BanmianError } from '../../shared/ipc/result';
import { fitStoryJob } from '../pages/copyfit-service';
import { exportPageFromDesk } from '../pages/desk-export';
import { fitFrameJob } from '../pages/fit-story-frame';
import { openSamplePage } from '../pages/sample-in-store';
import { screenComposeJob } from '../pages/screen-compose';
import { runHeavy } from '../isolation/heavy-work';
import { createPage, deletePage, duplicatePage, pageView, restorePage, savePage, summaryView } from '../pages/stored-pages';
import { convertPhotoToCmyk, importPhotos, photoView } from '../photos/photo-store';
import { pressSetup } from '../photos/press-conversion';
import { previewOnlyViews } from '../photos/preview-only-photos';
import type { Handlers, Services } from './handler-types';
import { decodeUploads } from './uploads';

type PageCommand = keyof PageCommands;

/** The faces a page is set in unless a frame asks for another: body, bylines, headlines, captions. */
const DESK_FACES = ['noto-serif-sc-400', 'noto-serif-sc-700', 'noto-sans-sc-400', 'noto-sans-sc-700'];

/**
 * The page desk's commands (docs/page-desk.md): pages kept in the store with optimistic
 * versions, the built-in sample, photos, composition for the screen and export to PDF.
 * Screen fonts and photo URLs come from the shell (banmian:// in the desktop app, the test server
 * in the harness); where there are none, the screen draws outlines instead of photos.
 */
export function pageHandlers(services: Services): Pick<Handlers, PageCommand> {
  const { store } = services;
  const urls = { photo: services.photoUrl };
  // A page placing or dropping library stories moves their statuses: the library and editors hear of it.
  const moved = (ids: string[]) => services.notify?.('stories.changed', { ids });

  return {
    'pages.list': ({ deleted }) => store.newsroom.unchecked.decorate('page', store.pages.list({ deleted: deleted ?? false }).map(summaryView)),
    'pages.get': ({ id }) => pageView(store, store.pages.get(id)),
    'pages.create': ({ page, template }) => createPage(store, page, template),
    'pages.duplicate': ({ id, editionDate, pageNumber, name }) => duplicatePage(store, id, { editionDate, pageNumber, name }, moved),
    'pages.save': ({ id, version, document }) => savePage(store, id, version, document, moved),
    'pages.delete': ({ id }) => deletePage(store, id, moved),
    'pages.restore': ({ id }) => restorePage(store, id, moved),
    'pages.openSample': async () => {
      const view = await openSamplePage(store, urls.photo, moved);
      services.notify?.('stories.changed', { ids: view.document.frames.flatMap((f) => (f.kind === 'story' ? [f.storyId] : [])) });
      return view;
    },
    'pages.compose': async (input) => {
      const started = performance.now();
      // The store is read here; the composition itself runs in the heavy-work process.
      const composition = await runHeavy('page.screen', await screenComposeJob(store, input, urls), 'Cannot compose the page');
      return { ...composition, ms: performance.now() - started };
    },
    // Fitting composes the page from the window's document: in the heavy-work process, as 'pages.compose'.
    'pages.fitStory': async (input) => runHeavy('page.fit', await fitStoryJob(store, input), 'Cannot fit the story'),
    'pages.fitStoryFrame': ({ document, frameId, drafts }) => runHeavy('page.fitFrame', fitFrameJob(store, document, frameId, drafts), 'Cannot size the frame'),
    'pages.fonts': () => [...DESK_FACES],
    'pages.screenFonts': async ({ faces }) => (services.screenFonts ? services.screenFonts.parts(faces) : {}),
    // Stored photos, then those a newsroom shared whose original is still on the server.
    'pages.photos': async () => [...(await Promise.all(store.assets.list().map((asset) => photoView(store, asset, urls.photo)))), ...previewOnlyViews(store, urls.photo)],
    'pages.importPhotos': ({ files }) => importPhotos(store, decodeUploads(files), urls.photo),
    'pages.convertPhoto': async ({ sha256, press }) => convertPhotoToCmyk(store, sha256, urls.photo, await pressSetup(press)),
    'pages.exportPdf': ({ document, drafts, force }) => {
      if (!services.pickPdfPath) throw new BanmianError('forbidden', 'This shell cannot save files.');
      const { newsroom } = services;
      return exportPageFromDesk(store, document, drafts, services.pickPdfPath, {
        allowMissingGlyphs: force === true,
        fetchPhotos: newsroom ? (sha256s) => newsroom.fetchOriginals(sha256s) : undefined,
      });
    },
  };
}
