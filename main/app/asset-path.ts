import path from 'node:path';

/** A directory a custom protocol may serve from, and the file types it may serve. */
export interface AssetRoot {
  dir: string;
  /** Lower-case extensions with the dot, e.g. ".ttf". Anything else is refused. */
  extensions: readonly string[];
  /** Served for the root URL ("/"), e.g. "index.html". */
  index?: string;
}

/** Roots by URL host: banmian://photos/… is served from roots.photos. */
export type AssetRoots = Readonly<Record<string, AssetRoot>>;

export type AssetResolution =
  | { ok: true; rootName: string; root: AssetRoot; path: string }
  | { ok: false; status: 403 | 404; reason: string };

const refuse = (status: 403 | 404, reason: string): AssetResolution => ({ ok: false, status, reason });

/**
 * Maps a protocol URL to a file path inside one of its roots, without touching the disk.
 * Anything that could name a file outside the root is refused with 403: dot segments in raw
 * or percent-encoded form, encoded slashes or backslashes, drive letters and other colons,
 * empty segments (an absolute path after the host), NUL and other control characters.
 * Symlinks are the disk's business: see `confineToRoot`.
 */
export function resolveAssetPath(url: string, scheme: string, roots: AssetRoots): AssetResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(403, 'not a URL');
  }
  if (parsed.protocol !== `${scheme}:`) return refuse(403, `not a ${scheme}: URL`);
  if (parsed.username || parsed.password || parsed.port) return refuse(403, 'credentials or port in URL');
  const rootName = parsed.hostname;
  if (!Object.prototype.hasOwnProperty.call(roots, rootName)) return refuse(404, `no root "${rootName}"`);
  const root = roots[rootName]!;

  // The URL parser already collapses "..", so look at the path as it was written too.
  const rawPath = rawPathOf(url);
  if (rawPath === undefined) return refuse(403, 'unexpected URL shape');
  for (const segment of rawPath.split('/')) {
    const decoded = safeDecode(segment);
    if (decoded === undefined) return refuse(403, 'malformed percent-encoding');
    if (decoded === '..' || decoded === '.') return refuse(403, 'dot segment in path');
  }

  const decodedPath = safeDecode(parsed.pathname);
  if (decodedPath === undefined) return refuse(403, 'malformed percent-encoding');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(decodedPath)) return refuse(403, 'control character in path');
  if (decodedPath.includes('\\')) return refuse(403, 'backslash in path');
  if (decodedPath.includes(':')) return refuse(403, 'colon in path');

  let relative = decodedPath.replace(/^\//, '');
  if (relative === '' && root.index) relative = root.index;
  if (relative === '') return refuse(404, 'no file named');
  const segments = relative.split('/');
  for (const segment of segments) {
    if (segment === '') return refuse(403, 'empty path segment');
    if (segment === '..' || segment === '.') return refuse(403, 'dot segment in path');
  }
  const fileName = segments[segments.length - 1]!;
  if (fileName.startsWith('.')) return refuse(404, 'hidden file');
  if (!root.extensions.includes(path.extname(fileName).toLowerCase())) return refuse(403, 'file type not served here');

  const rootDir = path.resolve(root.dir);
  const candidate = path.resolve(rootDir, ...segments);
  if (!isInside(rootDir, candidate)) return refuse(403, 'outside the root');
  return { ok: true, rootName, root, path: candidate };
}

/** True when `child` is `parent` or below it. */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The path exactly as written: after "scheme://host", before any query or fragment. */
function rawPathOf(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\\]*([^?#]*)/i.exec(url);
  return match ? match[1] : undefined;
}
