import { confineToRoot } from './asset-file';
import { resolveAssetPath, type AssetRoots } from './asset-path';
import { mimeType } from './mime-types';

/** Reads one confined file; in Electron it is net.fetch on a file URL (streams, works in asar). */
export type FileLoader = (filePath: string) => Promise<Response>;

export interface AssetServer {
  scheme: string;
  roots: AssetRoots;
  /** Follow symlinks and refuse real paths outside the root (photos, fonts). */
  confineRealPath: boolean;
  /** Headers every answer carries, e.g. the CSP for renderer documents. */
  headers: Record<string, string>;
  load: FileLoader;
}

/**
 * Answers one protocol request: GET or HEAD of a file inside the roots, or an empty 403,
 * 404 or 405. The reason for a refusal goes to `onRefused` (the log), never to the page.
 */
export async function serveAsset(
  server: AssetServer,
  request: { url: string; method: string },
  onRefused?: (url: string, status: number, reason: string) => void,
): Promise<Response> {
  const refuse = (status: number, reason: string) => {
    onRefused?.(request.url, status, reason);
    return new Response(null, { status, headers: { ...server.headers } });
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, `method ${request.method}`);

  const resolved = resolveAssetPath(request.url, server.scheme, server.roots);
  if (!resolved.ok) return refuse(resolved.status, resolved.reason);
  let filePath = resolved.path;
  if (server.confineRealPath) {
    const confined = await confineToRoot(resolved.path, resolved.root.dir);
    if (!confined.ok) return refuse(confined.status, confined.reason);
    filePath = confined.path;
  }

  let upstream: Response;
  try {
    upstream = await server.load(filePath);
  } catch {
    return refuse(404, 'unreadable');
  }
  if (!upstream.ok) return refuse(upstream.status === 404 ? 404 : 403, `loader answered ${upstream.status}`);
  const headers = { ...server.headers, 'Content-Type': mimeType(filePath), 'X-Content-Type-Options': 'nosniff' };
  return new Response(request.method === 'HEAD' ? null : upstream.body, { status: 200, headers });
}
