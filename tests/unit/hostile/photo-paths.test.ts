import { execFileSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preflightText } from '../../../main/cli/preflight-text';
import { composeDocument } from '../../../main/pages/compose-service';
import { importPhotos } from '../../../main/photos/photo-store';
import { sampleResources } from '../../../main/sample/sample-resources';
import { cli, oneLine, pageWith, useDesk } from './hostile-fixtures';

// Item 2 of issue 16: the window cannot make the main process read a file; a page file the
// user named reads only regular files under the cap, relative to itself.

const JPEG = join(sampleResources().photos, 'portrait-camera.jpg');
const desk = useDesk();
let socket: Server;

const WINDOW_PATHS = ['/etc/passwd', '/dev/zero', '/root/.ssh/id_rsa', '../../etc/hosts', JPEG];
const WINDOW_COMMANDS = ['pages.compose', 'pages.save', 'pages.exportPdf', 'proof.exportPage'];

describe('a page from the window names photos by store id only', () => {
  it.each(WINDOW_COMMANDS.flatMap((command) => WINDOW_PATHS.map((file) => [command, file] as const)))('refused: %s with a photo file %s', async (command, file) => {
    const document = pageWith({ file });
    const outcome = await desk.call(command, { id: 'p1', version: 1, document });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('invalid-input');
    expect(outcome.error.message).toContain('document.assets.pic');
    expect(outcome.error.message).not.toContain(file);
    expect(oneLine(outcome.error.message)).toBe(true);
    expect((await desk.call('app.info', {})).ok).toBe(true);
  });

  it('refused: a page stored with a file path by an older tool does not open, and says which field', async () => {
    const record = desk.store.pages.create({ name: '旧', editionDate: '2024-03-02', pageNumber: 1, section: '要闻', document: pageWith({ file: JPEG }) as unknown as Record<string, unknown> });
    const outcome = await desk.call('pages.get', { id: record.id });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toMatch(/assets\.pic\.file: a page in the database or from the window names photos in the photo store/u);
  });

  it('refused: the compose service reads no path when no page file was named', async () => {
    const composed = await composeDocument(pageWith({ file: JPEG }), { store: desk.store });
    expect(composed.assets.images.pic).toBeUndefined();
    const issue = composed.result.preflight.find((i) => i.code === 'unknown-asset')!;
    expect(preflightText(issue)).toContain('photo store only');
    expect(preflightText(issue)).not.toContain(JPEG);
  });

  it('accepted: a stored photo by its SHA-256', async () => {
    const [photo] = await importPhotos(desk.store, [{ name: 'p.jpg', bytes: new Uint8Array(readFileSync(JPEG)) }]);
    const outcome = await desk.call('pages.compose', { document: pageWith({ sha256: photo!.sha256 }) });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect((outcome.value as { preflight: Array<{ code: string }> }).preflight.map((i) => i.code)).not.toContain('unknown-asset');
  });

  it('refused: a stored photo whose file has become a hard link (a second name, maybe outside the store)', async () => {
    const outside = join(desk.dir, 'outside.jpg');
    copyFileSync(JPEG, outside);
    const bytes = new Uint8Array(readFileSync(join(sampleResources().photos, 'group-1-boats.jpg')));
    const [photo] = await importPhotos(desk.store, [{ name: 'boats.jpg', bytes }]);
    const stored = desk.store.assets.filePath(desk.store.assets.list().find((a) => a.sha256 === photo!.sha256)!);
    rmSync(stored);
    linkSync(outside, stored);
    const composed = await composeDocument(pageWith({ sha256: photo!.sha256 }), { store: desk.store });
    expect(composed.assets.images.pic).toBeUndefined();
    expect(composed.assets.assets.get('pic')!.problem).toContain('hard link');
  });
});

describe('a page file names regular files only, under the cap', () => {
  let dir: string;
  beforeAll(async () => {
    dir = join(desk.dir, 'cli');
    mkdirSync(join(dir, 'img'), { recursive: true });
    copyFileSync(JPEG, join(dir, 'img', 'photo.jpg'));
    execFileSync('mkfifo', [join(dir, 'fifo.jpg')]);
    mkdirSync(join(dir, 'folder.jpg'));
    writeFileSync(join(dir, 'huge.jpg'), '');
    truncateSync(join(dir, 'huge.jpg'), 60 * 1024 * 1024); // sparse: 60 MB on paper, nothing on disk
    symlinkSync('/dev/zero', join(dir, 'zero-link.jpg'));
    socket = createServer();
    await new Promise<void>((done) => socket.listen(join(dir, 'socket.jpg'), done));
  });
  afterAll(() => new Promise<void>((done) => socket.close(() => done())));

  const pageFile = (file: string) => {
    const path = join(dir, `page-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify(pageWith({ file })));
    return path;
  };

  it.each([
    ['/dev/zero', 'not a regular file'],
    ['/dev/urandom', 'not a regular file'],
    ['fifo.jpg', 'not a regular file'],
    ['socket.jpg', 'not a regular file'],
    ['folder.jpg', 'not a regular file'],
    ['zero-link.jpg', 'not a regular file'],
    ['huge.jpg', 'larger than 50 MB'],
    ['missing.jpg', 'not found'],
  ])('refused: page-save of a page file whose photo is %s', async (file, reason) => {
    const result = await cli('page-save', pageFile(file), '--db', join(desk.dir, 'cli.db'));
    expect(result.code).toBe(1);
    expect(oneLine(result.err)).toBe(true);
    expect(result.err).toContain(`assets.pic: ${file}: ${reason}`);
  });

  it.each(['/dev/zero', 'fifo.jpg', 'folder.jpg', 'huge.jpg'])('refused: %s named as the page file or as copy to import', async (file) => {
    const path = file.startsWith('/') ? file : join(dir, file);
    for (const argv of [['page-save', path], ['import', path]]) {
      const result = await cli(...argv, '--db', join(desk.dir, 'cli.db'));
      expect(result.code).toBe(1);
      expect(oneLine(result.err)).toBe(true);
      expect(result.err).toMatch(/not a regular file|larger than 50 MB/u);
    }
  });

  it('accepted: a photo relative to the page file', async () => {
    const result = await cli('page-save', pageFile('img/photo.jpg'), '--db', join(desk.dir, 'cli.db'));
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });
});
