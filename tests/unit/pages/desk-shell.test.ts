import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainTexts } from '../../../main/app/texts';
import { menuTemplate } from '../../../main/app/menu-template';
import { pdfSaveDialog } from '../../../main/pages/pdf-save-dialog';
import type { MenuAction } from '../../../shared/ipc/contract';
import { mountedFile } from '../../e2e/harness/static-server';

// What the shells add for the page desk: File → Export PDF, the save dialog, and (in the test
// harness) the font and photo folders served without a way out of them.

describe('File → Export PDF', () => {
  it('is in the File menu with Ctrl/Cmd+E and goes to the renderer as export-pdf', () => {
    const sent: MenuAction[] = [];
    const template = menuTemplate({ platform: 'linux', isDev: false, appName: 'Banmian', labels: mainTexts('zh-CN').menu, send: (a) => sent.push(a) });
    const file = (template[0]!.submenu ?? []) as MenuItemConstructorOptions[];
    const item = file.find((i) => i.label === '导出 PDF…')!;
    expect(item.accelerator).toBe('CmdOrCtrl+E');
    (item.click as unknown as () => void)();
    expect(sent).toEqual(['export-pdf']);
  });

  it('asks where with the save dialog, suggests the page’s name in the documents folder, and adds .pdf', async () => {
    const asked: unknown[] = [];
    const pick = pdfSaveDialog(
      async (options) => {
        asked.push(options);
        return { canceled: false, filePath: '/home/desk/out/第3版' };
      },
      () => '/home/desk/Documents',
      mainTexts('zh-CN').pdfDialog,
    );
    expect(await pick('2024-02-20 第3版 基层党建.pdf')).toBe('/home/desk/out/第3版.pdf');
    expect(asked[0]).toMatchObject({ title: '导出 PDF', defaultPath: path.join('/home/desk/Documents', '2024-02-20 第3版 基层党建.pdf') });
    const cancelled = pdfSaveDialog(async () => ({ canceled: true }), () => '/tmp', mainTexts('en-US').pdfDialog);
    expect(await cancelled('x.pdf')).toBeNull();
  });
});

describe('the harness serves fonts and photos like banmian://', () => {
  const mounts = [{ prefix: '/__banmian/photos/', dir: '/data/photos', extensions: ['.jpg', '.png'] }];

  it('serves files inside the folder and nothing outside it', () => {
    expect(mountedFile(mounts, '/__banmian/photos/previews/abc.jpg')).toBe(path.resolve('/data/photos/previews/abc.jpg'));
    expect(mountedFile(mounts, '/index.html')).toBeUndefined();
    for (const bad of ['/__banmian/photos/../banmian.db', '/__banmian/photos/a/../../x.jpg', '/__banmian/photos/.hidden.jpg', '/__banmian/photos//etc/x.jpg', '/__banmian/photos/a\\..\\x.jpg', '/__banmian/photos/db.sqlite', '/__banmian/photos/']) {
      expect(mountedFile(mounts, bad), bad).toBeNull();
    }
  });
});
