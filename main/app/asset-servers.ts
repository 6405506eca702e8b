import { assetRoots, rendererRoots } from './asset-roots';
import type { AssetServer, FileLoader } from './asset-response';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, ASSET_SCHEME } from './schemes';

/**
 * app://banmian/: the built renderer. Every answer carries the CSP header, because
 * Electron runs no webRequest header hooks for custom schemes. The files sit inside the
 * read-only app bundle, so lexical confinement is enough.
 */
export function rendererServer(rendererDir: string, load: FileLoader): AssetServer {
  return {
    scheme: APP_SCHEME,
    roots: rendererRoots(APP_HOST, rendererDir),
    confineRealPath: false,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    load,
  };
}

/**
 * banmian://photos/… and banmian://screen-fonts/…: readable by the app origin only (fonts
 * load in CORS mode), never a document with any power of its own, and confined by real path
 * because both folders are user-writable.
 */
export function assetServer(photosDir: string, screenFontsDir: string, load: FileLoader): AssetServer {
  return {
    scheme: ASSET_SCHEME,
    roots: assetRoots(photosDir, screenFontsDir),
    confineRealPath: true,
    headers: { 'Access-Control-Allow-Origin': APP_ORIGIN, 'Content-Security-Policy': "default-src 'none'" },
    load,
  };
}
