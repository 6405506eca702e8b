import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { serveAsset } from './asset-response';
import { assetServer, rendererServer } from './asset-servers';
import { APP_SCHEME, ASSET_SCHEME, PRIVILEGED_SCHEMES } from './schemes';

/** Must run before the app's `ready` event. */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
}

/** net.fetch on a file URL streams the file and reads inside app.asar too. */
const loadFile = (filePath: string) => net.fetch(pathToFileURL(filePath).toString());

function logRefusal(url: string, status: number, reason: string): void {
  console.warn(`banmian: refused ${url} (${status}: ${reason})`);
}

/** Binds app:// and banmian:// on the default session (call after `ready`). */
export function handleProtocols(rendererDir: string, photosDir: string, screenFontsDir: string): void {
  const renderer = rendererServer(rendererDir, loadFile);
  const assets = assetServer(photosDir, screenFontsDir, loadFile);
  protocol.handle(APP_SCHEME, (request) => serveAsset(renderer, request, logRefusal));
  protocol.handle(ASSET_SCHEME, (request) => serveAsset(assets, request, logRefusal));
}
