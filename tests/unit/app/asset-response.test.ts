import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAsset, type FileLoader } from '../../../main/app/asset-response';
import { assetServer, rendererServer } from '../../../main/app/asset-servers';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/content-security-policy';
import { photoUrl, screenFontUrl } from '../../../main/app/asset-roots';

/** Stands in for net.fetch(file://…): reads the file the server chose. */
const readLoader: FileLoader = async (filePath) => new Response(readFileSync(filePath));

let base: string;
let photos: string;
let screenFonts: string;
let renderer: string;
const part = Uint8Array.from([0, 1, 0, 0, 9, 9, 9]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'banmian-assets-'));
  photos = path.join(base, 'userData', 'photos');
  renderer = path.join(base, 'renderer');
  mkdirSync(photos, { recursive: true });
  screenFonts = path.join(base, 'userData', 'screen-fonts');
  mkdirSync(screenFonts, { recursive: true });
  writeFileSync(path.join(screenFonts, 'noto-serif-sc-400.0123456789ab.base-0123456789abcdef.ttf'), part);
  writeFileSync(path.join(screenFonts, 'notes.txt'), 'not a font');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(photos, 'abc123.jpg'), jpeg);
  writeFileSync(path.join(base, 'userData', 'secret.jpg'), 'not for the page');
  mkdirSync(path.join(photos, 'folder.jpg'));
  symlinkSync(path.join(base, 'userData', 'secret.jpg'), path.join(photos, 'escape.jpg'));
  linkSync(path.join(base, 'userData', 'secret.jpg'), path.join(photos, 'hard.jpg'));
  symlinkSync(path.join(photos, 'abc123.jpg'), path.join(photos, 'alias.jpg'));
  symlinkSync(base, path.join(photos, 'up'));
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>版面</title>');
  writeFileSync(path.join(renderer, 'assets', 'index-1.js'), 'console.log(1)');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => ({ url, method });

describe('banmian:// photos and screen fonts', () => {
  const server = () => assetServer(photos, screenFonts, readLoader);

  it('serves a stored photo with its type, to the app origin only', async () => {
    const response = await serveAsset(server(), get(photoUrl('abc123.jpg')));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBe('app://banmian');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(jpeg);
  });

  it('serves a screen font part under the URL the renderer is given, and nothing else from its folder', async () => {
    const url = screenFontUrl('noto-serif-sc-400.0123456789ab.base-0123456789abcdef.ttf');
    expect(url).toBe('banmian://screen-fonts/noto-serif-sc-400.0123456789ab.base-0123456789abcdef.ttf');
    const response = await serveAsset(server(), get(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('font/ttf');
    expect(response.headers.get('access-control-allow-origin')).toBe('app://banmian');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(part);
    expect((await serveAsset(server(), get('banmian://screen-fonts/notes.txt'))).status).toBe(403);
  });

  it('refuses a symlink that leads out of the photos folder', async () => {
    const refusals: string[] = [];
    const response = await serveAsset(server(), get('banmian://photos/escape.jpg'), (_url, status, reason) => refusals.push(`${status} ${reason}`));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
    expect(refusals).toEqual(['403 symlink leads outside the root']);
    expect((await serveAsset(server(), get('banmian://photos/up/userData/secret.jpg'))).status).toBe(403);
  });

  it('refuses a hard link inside the photos folder (the same file has a name outside it)', async () => {
    const refusals: string[] = [];
    const response = await serveAsset(server(), get('banmian://photos/hard.jpg'), (_url, status, reason) => refusals.push(`${status} ${reason}`));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
    expect(refusals[0]).toMatch(/^403 hard link/u);
  });

  it('follows a symlink that stays inside the folder', async () => {
    expect((await serveAsset(server(), get('banmian://photos/alias.jpg'))).status).toBe(200);
  });

  it('answers 404 for missing files and folders, 403 for escapes', async () => {
    expect((await serveAsset(server(), get('banmian://photos/missing.jpg'))).status).toBe(404);
    expect((await serveAsset(server(), get('banmian://photos/folder.jpg'))).status).toBe(404);
    expect((await serveAsset(server(), get('banmian://photos/%2e%2e/secret.jpg'))).status).toBe(403);
    expect((await serveAsset(server(), get('banmian://screen-fonts/%2e%2e/photos/abc123.jpg'))).status).toBe(403);
    // The bundled font packages are not served at all: the screen gets its fonts in parts.
    expect((await serveAsset(server(), get('banmian://noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'))).status).toBe(404);
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await serveAsset(server(), get(photoUrl('abc123.jpg'), 'HEAD'));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await serveAsset(server(), get(photoUrl('abc123.jpg'), 'POST'))).status).toBe(405);
  });

  it('turns a loader failure into 404 rather than an exception', async () => {
    const failing = { ...server(), load: async () => Promise.reject(new Error('EIO')) };
    expect((await serveAsset(failing, get(photoUrl('abc123.jpg')))).status).toBe(404);
  });
});

describe('app:// renderer files', () => {
  const server = () => rendererServer(renderer, readLoader);

  it('serves index.html for the app root with the CSP header', async () => {
    const response = await serveAsset(server(), get('app://banmian/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('版面');
  });

  it('serves module scripts as JavaScript (Chromium refuses them otherwise)', async () => {
    const response = await serveAsset(server(), get('app://banmian/assets/index-1.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('keeps the CSP header on refusals and serves no other host', async () => {
    const refused = await serveAsset(server(), get('app://banmian/../userData/photos/abc123.jpg'));
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await serveAsset(server(), get('app://evil/index.html'))).status).toBe(404);
  });
});
