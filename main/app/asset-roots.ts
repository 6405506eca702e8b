import path from 'node:path';
import { bundledFaces, type FaceInfo } from '../fonts/font-catalogue';
import type { AssetRoots } from './asset-path';
import { outsideAsar } from './asset-file';
import { ASSET_SCHEME } from './schemes';

export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.tif', '.tiff', '.avif'] as const;
export const FONT_EXTENSIONS = ['.ttf', '.otf', '.woff', '.woff2'] as const;
/** What a Vite build of the renderer contains. */
export const RENDERER_EXTENSIONS = ['.html', '.js', '.mjs', '.css', '.map', '.json', '.svg', '.png', '.jpg', '.webp', '.ico', '.woff', '.woff2', '.ttf', '.otf', '.txt'] as const;

/** A font family's package directory: faces live in <dir>/<weight>/<file>.ttf. */
function familyDir(face: FaceInfo): string {
  return path.dirname(path.dirname(face.path));
}

/**
 * banmian:// roots: the photo store and one root per bundled font family, named by host
 * (banmian://photos/…, banmian://noto-serif-sc/…). Nothing else on disk is reachable.
 */
export function assetRoots(photosDir: string, faces: Iterable<FaceInfo> = bundledFaces().values()): AssetRoots {
  const roots: Record<string, AssetRoots[string]> = {
    photos: { dir: photosDir, extensions: PHOTO_EXTENSIONS },
  };
  for (const face of faces) {
    roots[face.family] ??= { dir: outsideAsar(familyDir(face)), extensions: FONT_EXTENSIONS };
  }
  return roots;
}

/** app://banmian/… serves the built renderer and nothing else. */
export function rendererRoots(host: string, rendererDir: string): AssetRoots {
  return { [host]: { dir: rendererDir, extensions: RENDERER_EXTENSIONS, index: 'index.html' } };
}

/** The URL the renderer uses for a bundled face, e.g. in @font-face. */
export function fontFaceUrl(face: FaceInfo): string {
  const relative = path.relative(familyDir(face), face.path).split(path.sep).map(encodeURIComponent).join('/');
  return `${ASSET_SCHEME}://${face.family}/${relative}`;
}

/** The URL of a stored photo, given its path relative to the photos directory. */
export function photoUrl(relativePath: string): string {
  return `${ASSET_SCHEME}://photos/${relativePath.split(/[\\/]/).map(encodeURIComponent).join('/')}`;
}
