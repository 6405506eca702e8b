import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuAction } from '../../../shared/ipc/contract';
import { mainTexts } from '../../../main/app/texts';
import { menuTemplate } from '../../../main/app/menu-template';

function build(platform: NodeJS.Platform, isDev = false, locale = 'en-US') {
  const sent: MenuAction[] = [];
  const template = menuTemplate({ platform, isDev, appName: 'Banmian', labels: mainTexts(locale).menu, send: (action) => sent.push(action) });
  return { template, sent };
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const find = (items: MenuItemConstructorOptions[], label: string) => items.find((item) => item.label === label);
const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as unknown as (() => void) | undefined)?.();

describe('application menu', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(build(platform).template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    }
  });

  it('puts the app menu first on macOS, with About, Hide and Quit', () => {
    const { template } = build('darwin');
    expect(template.map((item) => item.label)).toEqual(['Banmian', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(submenu(template[0]))).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('sends New Story, Import… and Find… to the renderer with the standard shortcuts', () => {
    const { template, sent } = build('linux');
    const file = submenu(find(template, 'File'));
    const edit = submenu(find(template, 'Edit'));
    expect(find(file, 'New Story')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find(file, 'Import…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(find(edit, 'Find…')?.accelerator).toBe('CmdOrCtrl+F');
    click(find(file, 'New Story'));
    click(find(file, 'Import…'));
    click(find(edit, 'Find…'));
    expect(sent).toEqual(['new-story', 'import', 'find']);
  });

  it('gives Edit the text roles, so copy and paste work in every field', () => {
    expect(roles(submenu(find(build('linux').template, 'Edit')))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('zooms the page through the renderer and toggles full screen', () => {
    const { template, sent } = build('win32');
    const view = submenu(find(template, 'View'));
    expect(view.filter((item) => item.accelerator).map((item) => item.accelerator)).toEqual(['CmdOrCtrl+=', 'CmdOrCtrl+-', 'CmdOrCtrl+0']);
    for (const item of view) click(item);
    expect(sent).toEqual(['zoom-in', 'zoom-out', 'zoom-reset']);
    expect(roles(view)).toEqual(['togglefullscreen']);
  });

  it('offers reload and DevTools only in a development run', () => {
    const production = submenu(find(build('linux', false).template, 'View'));
    const development = submenu(find(build('linux', true).template, 'View'));
    expect(roles(production)).not.toContain('reload');
    expect(roles(production)).not.toContain('toggleDevTools');
    expect(roles(development)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('quits from File on Windows and Linux, closes the window from File on macOS', () => {
    expect(roles(submenu(find(build('linux').template, 'File')))).toEqual(['quit']);
    expect(roles(submenu(find(build('darwin').template, 'File')))).toEqual(['close']);
  });

  it('has About under Help', () => {
    expect(roles(submenu(find(build('linux').template, 'Help')))).toEqual(['about']);
  });

  it('speaks Chinese on a Chinese system', () => {
    const { template } = build('linux', false, 'zh-CN');
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(submenu(template[0]).map((item) => item.label)).toContain('导入…');
  });
});
