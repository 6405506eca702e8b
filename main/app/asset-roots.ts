import type { AssetRoots } from './asset-path';
import { ASSET_SCHEME } from './schemes';

export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.tif', '.tiff', '.avif'] as const;
/** The screen's font parts are TrueType subsets (main/fonts/screen-fonts.ts). */
export const SCREEN_FONT_EXTENSIONS = ['.ttf'] as const;
/** What a Vite build of the renderer contains. */
export const RENDERER_EXTENSIONS = ['.html', '.js', '.mjs', '.css', '.map', '.json', '.svg', '.png', '.jpg', '.webp', '.ico', '.woff', '.woff2', '.ttf', '.otf', '.txt'] as const;

/**
 * banmian:// roots: the photo store (banmian://photos/…) and the screen's font parts
 * (banmian://screen-fonts/…). Nothing else on disk is reachable.
 */
export function assetRoots(photosDir: string, screenFontsDir: string): AssetRoots {
  return {
    photos: { dir: photosDir, extensions: PHOTO_EXTENSIONS },
    'screen-fonts': { dir: screenFontsDir, extensions: SCREEN_FONT_EXTENSIONS },
  };
}

/** app://banmian/… serves the built renderer and nothing else. */
export function rendererRoots(host: string, rendererDir: string): AssetRoots {
  return { [host]: { dir: rendererDir, extensions: RENDERER_EXTENSIONS, index: 'index.html' } };
}

/** The URL of a screen font part, by its file name in the screen fonts folder. */
export function screenFontUrl(fileName: string): string {
  return `${ASSET_SCHEME}://screen-fonts/${encodeURIComponent(fileName)}`;
}

/** The URL of a stored photo, given its path relative to the photos directory. */
export function photoUrl(relativePath: string): string {
  return `${ASSET_SCHEME}://photos/${relativePath.split(/[\\/]/).map(encodeURIComponent).join('/')}`;
}
