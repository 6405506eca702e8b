import type { CommandName } from './contract';

/**
 * The contract's command names without its zod schemas, so preload (which only forwards)
 * stays small. The Record type makes a command missing here a compile error.
 */
const NAMES: Record<CommandName, true> = {
  'app.info': true,
  'stories.list': true,
  'stories.page': true,
  'stories.facets': true,
  'stories.summaries': true,
  'stories.get': true,
  'stories.create': true,
  'stories.save': true,
  'stories.duplicate': true,
  'stories.delete': true,
  'stories.restore': true,
  'stories.revisions': true,
  'stories.search': true,
  'annotations.list': true,
  'annotations.create': true,
  'annotations.update': true,
  'annotations.setStatus': true,
  'annotations.reanchor': true,
  'annotations.remove': true,
  'stories.setStatus': true,
  'stories.statusHistory': true,
  'proof.exportPage': true,
  'import.files': true,
  'import.dialog': true,
  'pages.list': true,
  'pages.get': true,
  'pages.create': true,
  'pages.duplicate': true,
  'pages.save': true,
  'pages.delete': true,
  'pages.restore': true,
  'pages.openSample': true,
  'pages.compose': true,
  'pages.fonts': true,
  'pages.screenFonts': true,
  'pages.photos': true,
  'pages.importPhotos': true,
  'pages.exportPdf': true,
  'pages.convertPhoto': true,
};

export const COMMAND_NAMES = Object.keys(NAMES) as CommandName[];
