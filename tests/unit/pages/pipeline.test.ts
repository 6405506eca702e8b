import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeDocument } from '../../../main/pages/compose-service';
import { renderPagePdf } from '../../../main/pages/export-page';
import { readImageInfo } from '../../../main/photos/image-info';
import { loadPageFile } from '../../../main/pages/page-files';
import { sampleResources } from '../../../main/sample/sample-resources';
import { openStore } from '../../../main/store/open-store';
import { BROADSHEET } from '../../../shared/compose/templates';
import { PAGE_FORMAT, PAGE_FORMAT_VERSION, type PageDocument } from '../../../shared/model/page';
import { preflightText } from '../../../main/cli/preflight-text';

const photos = sampleResources().photos;
let dir: string;
const cacheBefore = process.env.BANMIAN_CACHE_DIR;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'banmian-pages-'));
  process.env.BANMIAN_CACHE_DIR = join(dir, 'photo-cache');
});
afterEach(() => {
  if (cacheBefore === undefined) delete process.env.BANMIAN_CACHE_DIR;
  else process.env.BANMIAN_CACHE_DIR = cacheBefore;
  rmSync(dir, { recursive: true, force: true });
});

function page(storyId: string, stories: PageDocument['stories'], file: string): PageDocument {
  return {
    format: PAGE_FORMAT,
    version: PAGE_FORMAT_VERSION,
    page: { name: '测试', edition: '2024-03-01', number: 1, section: '要闻' },
    template: structuredClone(BROADSHEET),
    stories,
    assets: { pic: { file } },
    frames: [
      { id: 's', kind: 'story', storyId, area: { column: 0, span: 3, line: 0, depth: 30 }, bodyColumns: 3, headline: { size: 24, face: 'noto-sans-sc-700', align: 'center', deckSize: 14 } },
      { id: 'p', kind: 'photo', area: { column: 3, span: 3, line: 0, depth: 20 }, assetId: 'pic', fit: 'fill', caption: '图片说明。', credit: '本报记者 摄' },
    ],
  };
}

describe('the page pipeline', () => {
  it('reads photo sizes and colour (upright) with sharp', async () => {
    const { readFileSync } = await import('node:fs');
    const cmyk = await readImageInfo(readFileSync(join(photos, 'school-leaf-cmyk.jpg')));
    expect(cmyk).toMatchObject({ width: 1600, height: 1000, colorSpace: 'cmyk' });
    const gray = await readImageInfo(readFileSync(join(photos, 'portrait-camera.jpg')));
    expect(gray).toMatchObject({ width: 512, height: 512, colorSpace: 'gray' });
    const rgb = await readImageInfo(readFileSync(join(photos, 'group-1-boats.jpg')));
    expect(rgb.colorSpace).toBe('rgb');
  });

  it('finds photos relative to the page file, and stories in the database', async () => {
    mkdirSync(join(dir, 'pages', 'img'), { recursive: true });
    copyFileSync(join(photos, 'school-leaf-cmyk.jpg'), join(dir, 'pages', 'img', 'leaf.jpg'));
    const store = openStore(join(dir, 'news.db'));
    try {
      const stored = store.stories.create({
        headline: '数据库里的稿件',
        body: [{ type: 'paragraph', children: [{ text: '这篇稿件只在数据库里，版面文件用编号引用它。' }] }],
      });
      const file = join(dir, 'pages', 'page.json');
      writeFileSync(file, JSON.stringify(page(stored.id, {}, 'img/leaf.jpg')));
      await expect(loadPageFile(file)).rejects.toThrow(/frames\[0\]\.storyId: no story/u);
      const loaded = await loadPageFile(file, store);
      expect(loaded.baseDir).toBe(join(dir, 'pages'));
      const composed = await composeDocument(loaded.doc, { baseDir: loaded.baseDir, store });
      // Nothing but the one-line story's empty frame and the leaf photo's ink: above newsprint's 240 %, brought within it at export.
      expect(composed.result.preflight.map((i) => `${i.severity}:${i.code}:${i.frameId}`)).toEqual(['warning:underset:s', 'warning:ink-limit:p']);
      expect(composed.assets.images.pic).toMatchObject({ width: 1600, height: 1000 });
      expect(composed.result.lines.map((l) => l.text)).toContain('数据库里的稿件');
    } finally {
      store.close();
    }
  });

  it('reports a photo that is not there, naming the file as the page file does, and still composes', async () => {
    const doc = page('x', { x: { section: '', status: 'draft', kicker: '', headline: '标题', subtitle: '', bylines: [], body: [], photoCredit: '', flags: [] } }, 'nowhere.jpg');
    const composed = await composeDocument(doc, { baseDir: dir });
    const issue = composed.result.preflight.find((i) => i.code === 'unknown-asset')!;
    expect(issue.severity).toBe('error');
    expect(preflightText(issue)).toContain('nowhere.jpg: not found');
    expect(preflightText(issue)).not.toContain(dir);
  });

  it('converts an RGB photo to CMYK once for the PDF, while the page is composed', async () => {
    const doc = page('x', { x: { section: '', status: 'draft', kicker: '', headline: '标题', subtitle: '', bylines: [], body: [], photoCredit: '', flags: [] } }, join(photos, 'group-2-path.jpg'));
    const composed = await composeDocument(doc, { baseDir: dir, forPdf: true });
    const source = await composed.assets.resolver('pic');
    const info = await readImageInfo(source!.bytes);
    expect(info.colorSpace).toBe('cmyk');
    const pdf = await renderPagePdf(composed);
    const again = await renderPagePdf(await composeDocument(doc, { baseDir: dir, forPdf: true }));
    expect(Buffer.compare(Buffer.from(pdf), Buffer.from(again))).toBe(0);
    expect(Buffer.from(pdf).toString('latin1')).not.toContain('/DeviceRGB');
  });
});
