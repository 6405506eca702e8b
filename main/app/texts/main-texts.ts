/**
 * Every word the main process shows (menus, native dialogs, the about panel, the startup error),
 * one file per language; the renderer has its own catalogue (renderer/src/i18n). Chinese when the
 * OS is Chinese.
 */

/** The application menu. */
export interface MenuLabels {
  file: string;
  newStory: string;
  import: string;
  exportPdf: string;
  close: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  find: string;
  view: string;
  reload: string;
  forceReload: string;
  devTools: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  fullScreen: string;
  window: string;
  minimize: string;
  zoom: string;
  front: string;
  help: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
}

/** The native dialogs, the about panel and the startup error box. */
export interface MainTexts {
  menu: MenuLabels;
  /** File → Import… (reporter copy). */
  importDialog: { title: string; copyFiles: string; allFiles: string };
  /** File → Export PDF / the proof PDF. */
  pdfDialog: { title: string; button: string; pdfFiles: string };
  /** The about panel's line under the name. */
  aboutLine: string;
  /** The title of the box that says why the app could not start. */
  startupFailed: string;
}
