import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../shared/ipc/contract';
import type { MenuLabels } from './texts';

export interface MenuOptions {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
  labels: MenuLabels;
  /** Tells the focused window's renderer to act (open the importer, focus search, …). */
  send: (action: MenuAction) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The native menu as data, so its shape is tested without Electron. Editing commands are
 * Chromium roles (they act on the focused text field); app commands go to the renderer as
 * `menu.action` events. Reload and DevTools exist only in a development run.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { labels: t, send, isDev } = options;
  const mac = options.platform === 'darwin';
  const action = (label: string, accelerator: string, name: MenuAction): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about', label: t.about },
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      separator,
      { role: 'quit', label: t.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      action(t.newStory, 'CmdOrCtrl+N', 'new-story'),
      action(t.import, 'CmdOrCtrl+O', 'import'),
      action(t.exportPdf, 'CmdOrCtrl+E', 'export-pdf'),
      separator,
      mac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
      separator,
      action(t.find, 'CmdOrCtrl+F', 'find'),
    ],
  };

  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload', label: t.reload },
        { role: 'forceReload', label: t.forceReload },
        { role: 'toggleDevTools', label: t.devTools },
        separator,
      ]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...devItems,
      // The page view zooms, not the whole UI, so zoom is the renderer's job.
      action(t.zoomIn, 'CmdOrCtrl+=', 'zoom-in'),
      action(t.zoomOut, 'CmdOrCtrl+-', 'zoom-out'),
      action(t.zoomReset, 'CmdOrCtrl+0', 'zoom-reset'),
      separator,
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    role: 'window',
    submenu: mac
      ? [{ role: 'minimize', label: t.minimize }, { role: 'zoom', label: t.zoom }, separator, { role: 'front', label: t.front }]
      : [{ role: 'minimize', label: t.minimize }, { role: 'close', label: t.close }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: [{ role: 'about', label: t.about }],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
