import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAssetPath, type AssetRoots } from '../../../main/app/asset-path';

const photos = path.resolve('/data/banmian/photos');
const fonts = path.resolve('/opt/banmian/fonts/noto-serif-sc');
const roots: AssetRoots = {
  photos: { dir: photos, extensions: ['.jpg', '.png'] },
  'noto-serif-sc': { dir: fonts, extensions: ['.ttf'] },
  banmian: { dir: path.resolve('/opt/banmian/renderer'), extensions: ['.html', '.js'], index: 'index.html' },
};
const resolve = (url: string, scheme = 'banmian') => resolveAssetPath(url, scheme, roots);

describe('asset protocol path resolution', () => {
  it('serves a photo and a font from inside their roots', () => {
    expect(resolve('banmian://photos/3f9a.jpg')).toMatchObject({ ok: true, rootName: 'photos', path: path.join(photos, '3f9a.jpg') });
    expect(resolve('banmian://noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')).toMatchObject({
      ok: true,
      path: path.join(fonts, '400Regular', 'NotoSerifSC_400Regular.ttf'),
    });
  });

  it('decodes percent-encoded names (Chinese file names, spaces) and ignores a query', () => {
    expect(resolve('banmian://photos/%E5%9B%BE%E2%91%A0%20a.jpg?v=2#x')).toMatchObject({ ok: true, path: path.join(photos, '图① a.jpg') });
  });

  it('serves the index file for the root URL of a root that has one', () => {
    expect(resolve('app://banmian/', 'app')).toMatchObject({ ok: true, path: path.resolve('/opt/banmian/renderer/index.html') });
    expect(resolve('banmian://photos/')).toMatchObject({ ok: false, status: 404 });
  });

  it.each([
    ['plain dot-dot', 'banmian://photos/../secret.jpg'],
    ['dot-dot deeper in the path', 'banmian://photos/a/../../secret.jpg'],
    ['encoded dot-dot', 'banmian://photos/%2e%2e/secret.jpg'],
    ['upper-case encoded dot-dot', 'banmian://photos/%2E%2E/%2E%2E/etc/passwd.jpg'],
    ['mixed dot-dot', 'banmian://photos/.%2e/secret.jpg'],
    ['encoded slashes', 'banmian://photos/a%2F..%2F..%2Fsecret.jpg'],
    ['encoded backslashes', 'banmian://photos/..%5C..%5Csecret.jpg'],
    ['an absolute path after the host', 'banmian://photos//etc/secret.jpg'],
    ['an encoded absolute path', 'banmian://photos/%2Fetc%2Fsecret.jpg'],
    ['a Windows drive letter', 'banmian://photos/C:/Windows/secret.jpg'],
    ['an encoded drive letter', 'banmian://photos/C%3A%5Csecret.jpg'],
    ['a NUL byte', 'banmian://photos/a.jpg%00.png'],
    ['a control character', 'banmian://photos/a%0A.jpg'],
    ['malformed percent-encoding', 'banmian://photos/%E0%A4%A.jpg'],
    ['a single dot segment', 'banmian://photos/./a.jpg'],
  ])('refuses %s with 403', (_name, url) => {
    expect(resolve(url)).toMatchObject({ ok: false, status: 403 });
  });

  it('treats a double-encoded dot-dot as a literal file name inside the root', () => {
    const result = resolve('banmian://photos/%252e%252e/a.jpg');
    expect(result).toMatchObject({ ok: true, path: path.join(photos, '%2e%2e', 'a.jpg') });
  });

  it('refuses files of types the root does not serve', () => {
    expect(resolve('banmian://photos/notes.txt')).toMatchObject({ ok: false, status: 403 });
    expect(resolve('banmian://noto-serif-sc/package.json')).toMatchObject({ ok: false, status: 403 });
    expect(resolve('banmian://photos/a.jpg.exe')).toMatchObject({ ok: false, status: 403 });
  });

  it('answers 404 for unknown roots and hidden files', () => {
    expect(resolve('banmian://home/a.jpg')).toMatchObject({ ok: false, status: 404 });
    expect(resolve('banmian://toString/a.jpg')).toMatchObject({ ok: false, status: 404 });
    expect(resolve('banmian://photos/.hidden.jpg')).toMatchObject({ ok: false, status: 404 });
  });

  it('refuses other schemes, credentials and ports', () => {
    expect(resolve('file:///etc/passwd')).toMatchObject({ ok: false, status: 403 });
    expect(resolve('banmian://user:pw@photos/a.jpg')).toMatchObject({ ok: false, status: 403 });
    expect(resolve('banmian://photos:8080/a.jpg')).toMatchObject({ ok: false, status: 403 });
    expect(resolve('not a url')).toMatchObject({ ok: false, status: 403 });
  });
});
