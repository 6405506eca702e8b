import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { exportPageFromDesk, suggestedPdfName } from '../../../main/pages/desk-export';
import { isSampleLayout } from '../../../main/pages/sample-in-store';
import { createScreenFonts } from '../../../main/fonts/screen-fonts';
import { openStore } from '../../../main/store/open-store';
import type { Store } from '../../../main/store/store-types';
import { BROADSHEET, TABLOID } from '../../../shared/compose/templates';
import type { PageView } from '../../../shared/ipc/page-contract';
import type { PageDocument } from '../../../shared/model/page';
import { caught } from '../store/caught';

// The page desk's commands on a real store: pages kept with versions, the sample page put in
// the database, composition for the screen, export through the CLI's exporter.

let dir: string;
let store: Store;
let call: (command: string, input: unknown) => Promise<unknown>;
const cacheBefore = process.env.BANMIAN_CACHE_DIR;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'banmian-desk-'));
  process.env.BANMIAN_CACHE_DIR = join(dir, 'cache');
  store = openStore(join(dir, 'news.db'));
  const handlers = createHandlers({
    store,
    appInfo: () => ({ name: 'Banmian', version: '0', dataDir: dir, shell: 'harness' }),
    screenFonts: createScreenFonts({ cacheDir: join(dir, 'screen-fonts'), url: (name) => `fonts/${name}` }),
    photoUrl: (relative) => `photos/${relative}`,
    pickPdfPath: async (name) => join(dir, name),
  });
  call = async (command, input) => {
    const outcome = await dispatch(handlers, command, input);
    if (!outcome.ok) throw Object.assign(new Error(outcome.error.message), outcome.error);
    return outcome.value;
  };
});

afterAll(() => {
  store.close();
  if (cacheBefore === undefined) delete process.env.BANMIAN_CACHE_DIR;
  else process.env.BANMIAN_CACHE_DIR = cacheBefore;
  rmSync(dir, { recursive: true, force: true });
});

const info = (number: number, name = '要闻') => ({ name, edition: '2024-03-01', number, section: '要闻' });

describe('pages in the store', () => {
  it('makes a page from a template, lists it by edition and 版次, and refuses a taken slot', async () => {
    const page = (await call('pages.create', { page: info(1), template: BROADSHEET })) as PageView;
    expect(page).toMatchObject({ editionDate: '2024-03-01', pageNumber: 1, name: '要闻', version: 1 });
    expect(page.document.frames).toEqual([]);
    expect(page.document.template).toEqual(BROADSHEET);
    await call('pages.create', { page: info(4, '体育'), template: TABLOID });
    const list = (await call('pages.list', {})) as PageView[];
    expect(list.filter((p) => p.editionDate === '2024-03-01').map((p) => `${p.pageNumber} ${p.name}`)).toEqual(['1 要闻', '4 体育']);
    await expect(call('pages.create', { page: info(1, '重复'), template: BROADSHEET })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('第1版') });
  });

  it('saves with the version it was opened at, refuses a stale version and keeps the other save', async () => {
    const page = (await call('pages.create', { page: info(2), template: BROADSHEET })) as PageView;
    const edited: PageDocument = { ...page.document, page: { ...page.document.page, name: '经济' }, frames: [{ id: 'r', kind: 'rule', area: { column: 0, span: 4, line: 10, depth: 1 }, orientation: 'horizontal', weight: 0.5, color: [0, 0, 0, 1] }] };
    const saved = (await call('pages.save', { id: page.id, version: page.version, document: edited })) as PageView;
    expect(saved.version).toBe(2);
    expect(saved.name).toBe('经济'); // the list's columns follow the document
    const stale = { ...edited, frames: [] };
    await expect(call('pages.save', { id: page.id, version: 1, document: stale })).rejects.toMatchObject({ code: 'conflict' });
    expect(((await call('pages.get', { id: page.id })) as PageView).document.frames).toHaveLength(1);
  });

  it('checks a saved document as a page file is checked, naming the field', async () => {
    const page = (await call('pages.create', { page: info(3), template: BROADSHEET })) as PageView;
    const bad = { ...page.document, frames: [{ id: 's', kind: 'story', storyId: 'nowhere', area: { column: 0, span: 2, line: 0, depth: 10 }, bodyColumns: 2 }] };
    await expect(call('pages.save', { id: page.id, version: 1, document: bad })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('frames[0].storyId') });
  });

  it('duplicates a page with everything on it into another slot', async () => {
    const page = (await call('pages.list', {})) as PageView[];
    const source = page.find((p) => p.pageNumber === 2 && p.editionDate === '2024-03-01')!;
    const copy = (await call('pages.duplicate', { id: source.id, editionDate: '2024-03-02', pageNumber: 2 })) as PageView;
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({ editionDate: '2024-03-02', pageNumber: 2, name: '经济', version: 1 });
    expect(copy.document.frames).toHaveLength(1);
    expect(copy.document.page).toMatchObject({ edition: '2024-03-02', number: 2 });
  });
});

describe('the sample page in the database', () => {
  let sample: PageView;

  beforeAll(async () => {
    sample = (await call('pages.openSample', {})) as PageView;
  });

  it('puts the five stories in the library and the photos in the photo store, with previews', () => {
    expect(sample).toMatchObject({ editionDate: '2024-02-20', pageNumber: 3, name: '基层党建' });
    expect(isSampleLayout(sample.document)).toBe(true);
    expect(sample.document.stories).toEqual({});
    const storyIds = sample.document.frames.flatMap((f) => (f.kind === 'story' ? [f.storyId] : []));
    expect(new Set(storyIds).size).toBe(5);
    for (const id of storyIds) expect(store.stories.get(id).headline).not.toBe('');
    for (const ref of Object.values(sample.document.assets)) {
      expect(ref.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(existsSync(join(dir, 'photos', 'previews', `${ref.sha256}.jpg`))).toBe(true);
    }
  });

  it('opens the same page again rather than importing the stories twice', async () => {
    const before = store.stories.list().length;
    const again = (await call('pages.openSample', {})) as PageView;
    expect(again.id).toBe(sample.id);
    expect(store.stories.list()).toHaveLength(before);
  });

  it('composes for the screen: every item once, then only what changed', async () => {
    type Composed = { order: string[]; items: Record<string, unknown>; faces: string[]; photos: Record<string, { url?: string }>; preflight: { severity: string }[]; frames: { frameId: string; story?: { overset: unknown } }[] };
    const first = (await call('pages.compose', { document: sample.document })) as Composed;
    expect(first.order.length).toBeGreaterThan(300);
    expect(Object.keys(first.items)).toHaveLength(first.order.length);
    expect(new Set(first.order).size).toBe(first.order.length);
    expect(first.faces).toContain('noto-serif-sc-400');
    expect(first.photos['portrait-camera']?.url).toMatch(/^photos\/previews\/[0-9a-f]{64}\.jpg$/);
    expect(first.preflight.filter((i) => i.severity === 'error')).toEqual([]);
    expect(first.frames.filter((f) => f.story?.overset)).toEqual([]);

    // The same page again: nothing to send. The portrait two lines lower: a few items.
    const same = (await call('pages.compose', { document: sample.document, have: first.order })) as Composed;
    expect(same.order).toEqual(first.order);
    expect(same.items).toEqual({});
    const moved = structuredClone(sample.document);
    moved.frames.find((f) => f.id === 'portrait')!.area.line += 2;
    const next = (await call('pages.compose', { document: moved, have: first.order })) as Composed;
    const sent = Object.keys(next.items).length;
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThan(next.order.length / 2);
  });

  it('composes a story as it is typed (a draft) instead of the stored one', async () => {
    const lead = sample.document.frames.find((f) => f.id === 'lead')!;
    if (lead.kind !== 'story') throw new Error('lead is a story frame');
    const stored = store.stories.get(lead.storyId);
    const { id: _i, version: _v, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = stored;
    const composed = (await call('pages.compose', { document: sample.document, drafts: { [lead.storyId]: { ...fields, headline: '草稿里的新标题' } }, lines: true })) as { lines: { text: string }[] };
    expect(composed.lines.map((l) => l.text)).toContain('草稿里的新标题');
  });

  it('fits an overset story to its frames (缩字) and says what it changed; refuses a frame not on the page', async () => {
    const tight = structuredClone(sample.document);
    const lead = tight.frames.find((f) => f.id === 'lead')!;
    lead.area.depth -= 1;
    const outcome = (await call('pages.fitStory', { document: tight, frameId: 'lead', tracking: 50 })) as {
      frameId: string;
      copyfit: { tracking: number } | null;
      before: { linesOver: number };
      fits: boolean;
      changes: { code: string }[];
    };
    expect(outcome.frameId).toBe('lead');
    expect(outcome.before.linesOver).toBeGreaterThan(0);
    expect(outcome.fits).toBe(true);
    expect(outcome.copyfit!.tracking).toBeLessThan(0);
    expect(outcome.changes[0]).toMatchObject({ code: 'tracking' });
    const fitted = structuredClone(tight);
    Object.assign(fitted.frames.find((f) => f.id === 'lead')!, { copyfit: outcome.copyfit });
    const composed = (await call('pages.compose', { document: fitted })) as { frames: { frameId: string; story?: { overset: unknown } }[] };
    expect(composed.frames.find((f) => f.frameId === 'lead')!.story!.overset).toBeNull();
    await expect(call('pages.fitStory', { document: tight, frameId: 'nowhere', tracking: 50 })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('exports the PDF where the shell says, through the CLI exporter, with preflight', async () => {
    const result = await exportPageFromDesk(store, sample.document, undefined, async (name) => join(dir, name));
    expect(result.written).toBe(true);
    expect(result.path).toBe(join(dir, '2024-02-20 第3版 基层党建.pdf'));
    expect(readFileSync(result.path!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result.preflight.filter((i) => i.severity === 'error')).toEqual([]);
    const cancelled = await exportPageFromDesk(store, sample.document, undefined, async () => null);
    expect(cancelled).toMatchObject({ written: false });
    expect(suggestedPdfName({ ...sample.document, page: { ...sample.document.page, name: 'A/B:C' } })).toBe('2024-02-20 第3版 A_B_C.pdf');
  });
});

describe('photos for the page desk', () => {
  const photos = join(__dirname, '../../../resources/sample/photos');

  it('imports JPEG, PNG and TIFF once each, and refuses other files by name', async () => {
    const sharp = (await import('sharp')).default;
    const jpeg = readFileSync(join(photos, 'school-leaf-cmyk.jpg'));
    const png = await sharp(readFileSync(join(photos, 'portrait-camera.jpg'))).resize(64).png().toBuffer();
    const tiff = await sharp(readFileSync(join(photos, 'group-2-path.jpg'))).resize(64).tiff().toBuffer();
    const files = [
      { name: 'leaf.jpg', base64: jpeg.toString('base64') },
      { name: 'p.png', base64: png.toString('base64') },
      { name: 't.tif', base64: tiff.toString('base64') },
    ];
    const imported = (await call('pages.importPhotos', { files })) as { sha256: string; colorSpace: string; width: number; url?: string }[];
    expect(imported.map((p) => p.colorSpace)).toEqual(['cmyk', expect.any(String), expect.any(String)]);
    expect(imported[2]!.url).toMatch(/\.jpg$/); // the browser cannot draw TIFF: it gets a JPEG preview
    const again = (await call('pages.importPhotos', { files: [files[0]] })) as { sha256: string }[];
    expect(again[0]!.sha256).toBe(imported[0]!.sha256);
    await expect(call('pages.importPhotos', { files: [{ name: 'notes.txt', base64: Buffer.from('not a photo').toString('base64') }] })).rejects.toMatchObject({
      code: 'bad-file',
      message: expect.stringContaining('notes.txt'),
    });
  });

  it('converts an RGB photo to CMYK with the exporter’s conversion, as a photo of its own', async () => {
    const rgb = readFileSync(join(photos, 'group-1-boats.jpg'));
    // Already stored with the sample page: the store keeps the first name it was given.
    const [original] = (await call('pages.importPhotos', { files: [{ name: 'boats.jpg', base64: rgb.toString('base64') }] })) as { sha256: string; colorSpace: string; fileName: string }[];
    expect(original!.colorSpace).toBe('srgb');
    const converted = (await call('pages.convertPhoto', { sha256: original!.sha256 })) as { sha256: string; colorSpace: string; fileName: string };
    expect(converted.colorSpace).toBe('cmyk');
    expect(converted.sha256).not.toBe(original!.sha256);
    expect(converted.fileName).toBe(original!.fileName.replace(/\.jpg$/u, '-cmyk.jpg'));
    expect(caught(() => store.assets.get('missing')).code).toBe('not-found');
  });
});
