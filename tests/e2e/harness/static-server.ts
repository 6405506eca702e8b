import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/content-security-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export interface StaticServer {
  /** Origin with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/**
 * A folder served under a URL prefix, e.g. the photo store under /__banmian/photos/: what
 * banmian://photos/… is in the desktop app. Only the listed file types; nothing outside `dir`.
 */
export interface StaticMount {
  prefix: string;
  dir: string;
  extensions: readonly string[];
}

/** The file a mount serves for `pathname`, or null when it is not the mount's or reaches outside it. */
export function mountedFile(mounts: readonly StaticMount[], pathname: string): string | null | undefined {
  const mount = mounts.find((m) => pathname.startsWith(m.prefix));
  if (!mount) return undefined;
  const rest = pathname.slice(mount.prefix.length);
  const segments = rest.split('/');
  if (!rest || segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes('\\') || segment.startsWith('.'))) return null;
  if (!mount.extensions.includes(path.extname(rest).toLowerCase())) return null;
  const dir = path.resolve(mount.dir);
  const file = path.resolve(dir, ...segments);
  return file.startsWith(dir + path.sep) ? file : null;
}

/**
 * Serves the built renderer on 127.0.0.1 with the app's CSP header, the way the app://
 * protocol serves it in Electron, and the `mounts` (fonts, photos) the way banmian:// does.
 * GET and HEAD only; nothing outside `root` and the mounts' folders.
 */
export async function startStaticServer(root: string, mounts: readonly StaticMount[] = []): Promise<StaticServer> {
  const base = path.resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const send = (status: number, text: string) => {
        response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(text);
      };
      if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'method not allowed');
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      } catch {
        return send(400, 'bad request');
      }
      const mounted = mountedFile(mounts, pathname);
      if (mounted === null) return send(403, 'forbidden');
      if (pathname.endsWith('/')) pathname += 'index.html';
      const file = mounted ?? path.resolve(base, `.${pathname}`);
      if (!mounted && file !== base && !file.startsWith(base + path.sep)) return send(403, 'forbidden');
      // A symlink in the photo folder must not lead out of it either.
      if (mounted) {
        const real = await realpath(file).catch(() => null);
        const mount = mounts.find((m) => pathname.startsWith(m.prefix))!;
        const dir = await realpath(mount.dir).catch(() => path.resolve(mount.dir));
        if (real && !real.startsWith(dir + path.sep)) return send(403, 'forbidden');
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(404, 'not found');
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
