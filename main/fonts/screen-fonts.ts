import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScreenFontPart, ScreenFontRequest } from '../../shared/ipc/page-contract';
import { faceInfo, isFallbackFace } from './font-catalogue';
import { createFontkitMeasurer } from './fontkit-measurer';
import { GB2312_LEVEL1_HANZI, GB2312_SYMBOLS } from './gb2312-characters';
import { openSubsetSource, type SubsetSource } from './hb-subset';

/**
 * The page's fonts for the screen, cut from the very font files the PDF embeds. A full CJK face
 * is 10–15 MB; a window that loaded four of them spent half a second before it could show a page.
 * Instead each face reaches the window in parts, each a TrueType subset with its CSS unicode-range:
 *
 * - the *base* part: Latin, punctuation, GB 2312's symbols and its 3,755 level-1 hanzi (about
 *   1.7 MB for Noto Serif SC) — nearly every character of a Chinese news page;
 * - *extra* parts: the other characters a page or a story being typed uses, a small subset each.
 *
 * The window names the characters it lacks; the browser puts the parts together as one family
 * (unicode-range), so nothing on screen changes but the bytes it loads. Parts are files in a cache
 * folder (served as banmian://screen-fonts/…), named by the font file and the characters they hold,
 * so a part is cut once and found again by later windows and later runs of the app.
 */

const BASE_RANGES: ReadonlyArray<[number, number]> = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x17f], // Latin-1, Latin Extended-A
  [0x2000, 0x206f], // General Punctuation
  [0x20a0, 0x20cf], // currency
  [0x2100, 0x218f], // letterlike symbols, number forms
  [0x2460, 0x24ff], // enclosed alphanumerics
  [0x3000, 0x303f], // CJK Symbols and Punctuation
  [0xff00, 0xffef], // half-width and full-width forms
];

function baseCodePoints(): number[] {
  const set = new Set<number>();
  for (const [from, to] of BASE_RANGES) for (let cp = from; cp <= to; cp++) set.add(cp);
  for (const ch of GB2312_SYMBOLS + GB2312_LEVEL1_HANZI) set.add(ch.codePointAt(0)!);
  return [...set].sort((a, b) => a - b);
}

let base: { points: number[]; set: Set<number>; range: string } | undefined;
function baseSet() {
  if (!base) {
    const points = baseCodePoints();
    base = { points, set: new Set(points), range: unicodeRange(points) };
  }
  return base;
}

/** CSS unicode-range for sorted code points, consecutive ones as ranges: "U+20-7E, U+4E00". */
export function unicodeRange(sorted: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const from = sorted[i]!.toString(16).toUpperCase();
    parts.push(j > i ? `U+${from}-${sorted[j]!.toString(16).toUpperCase()}` : `U+${from}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export interface ScreenFontsOptions {
  /** Folder the parts are written to and served from. */
  cacheDir: string;
  /** The URL the window loads a part file from. */
  url: (fileName: string) => string;
  /** A face's font file (default: the bundled catalogue). */
  resolvePath?: (faceId: string) => string;
  /** Extra-part files kept in the cache; the oldest go first (default 2,000). */
  maxExtraParts?: number;
  /** Whether a face has a glyph for a character (default: its cmap, read with fontkit). */
  hasGlyph?: (faceId: string, codePoint: number) => boolean;
}

export interface ScreenFonts {
  /** For each face: the base part when asked, and a part with the asked characters the base lacks. */
  parts(request: ScreenFontRequest): Promise<Record<string, ScreenFontPart[]>>;
  /** Frees the fonts held open for subsetting. */
  close(): void;
}

const SOURCES_KEPT = 4;

export function createScreenFonts(options: ScreenFontsOptions): ScreenFonts {
  const resolvePath = options.resolvePath ?? ((id: string) => faceInfo(id).path);
  const maxExtra = options.maxExtraParts ?? 2000;
  let cmap: ReturnType<typeof createFontkitMeasurer> | undefined;
  const hasGlyph =
    options.hasGlyph ??
    ((faceId: string, cp: number) => {
      cmap ??= createFontkitMeasurer({ resolvePath, id: 'screen-fonts' });
      return cmap.glyph(faceId, cp).gid !== 0;
    });
  /** Font file → a stamp of its size and time, so a changed font never serves old parts. */
  const stamps = new Map<string, Promise<string>>();
  /** Open HarfBuzz faces, most recently used last. */
  const sources = new Map<string, SubsetSource>();
  const making = new Map<string, Promise<void>>();
  let prepared: Promise<void> | undefined;

  const stampOf = (file: string) => {
    let stamp = stamps.get(file);
    if (!stamp) {
      stamp = stat(file).then((s) => createHash('sha256').update(`${path.basename(file)}:${s.size}:${s.mtimeMs}`).digest('hex').slice(0, 12));
      stamps.set(file, stamp);
      stamp.catch(() => stamps.delete(file));
    }
    return stamp;
  };

  const sourceFor = async (faceId: string, file: string): Promise<SubsetSource> => {
    const held = sources.get(file);
    if (held) {
      sources.delete(file);
      sources.set(file, held);
      return held;
    }
    const source = openSubsetSource(new Uint8Array(await readFile(file)), faceId);
    sources.set(file, source);
    for (const [oldFile, old] of sources) {
      if (sources.size <= SOURCES_KEPT) break;
      old.close();
      sources.delete(oldFile);
    }
    return source;
  };

  /** The part file for these code points of this face, cut unless the cache has it. */
  const partFile = async (faceId: string, points: readonly number[], kind: 'base' | 'extra'): Promise<string> => {
    const file = resolvePath(faceId);
    const stamp = await stampOf(file);
    const digest = createHash('sha256').update(Uint32Array.from(points)).digest('hex').slice(0, 16);
    const name = `${faceId}.${stamp}.${kind}-${digest}.ttf`;
    const target = path.join(options.cacheDir, name);
    let pending = making.get(name);
    if (!pending) {
      pending = (async () => {
        if (await stat(target).then((s) => s.size > 0, () => false)) return;
        const bytes = (await sourceFor(faceId, file)).subset(points);
        const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
        await writeFile(temporary, bytes);
        await rename(temporary, target);
      })();
      making.set(name, pending);
      pending.then(
        () => making.delete(name),
        () => making.delete(name),
      );
    }
    await pending;
    return name;
  };

  return {
    async parts(request) {
      prepared ??= mkdir(options.cacheDir, { recursive: true }).then(() => pruneCache(options.cacheDir, maxExtra, async (faceId) => stampOf(resolvePath(faceId))));
      await prepared;
      const { points: basePoints, set: baseCovers, range: baseRange } = baseSet();
      const answer: Record<string, ScreenFontPart[]> = {};
      for (const [faceId, { text, base }] of Object.entries(request)) {
        const parts: ScreenFontPart[] = [];
        try {
          // A fallback face has none of the base characters (the browser refuses a font of only .notdef).
          if (base && !isFallbackFace(faceId)) parts.push({ kind: 'base', url: options.url(await partFile(faceId, basePoints, 'base')), unicodeRange: baseRange });
          // Characters the face lacks get no part (a font of nothing but .notdef is refused by the
          // browser's sanitiser): they show in a fallback face, and preflight reports them missing.
          const extra = new Set<number>();
          for (const ch of text) {
            const cp = ch.codePointAt(0)!;
            if (!baseCovers.has(cp) && cp > 0x20 && !extra.has(cp) && hasGlyph(faceId, cp)) extra.add(cp);
          }
          if (extra.size) {
            const points = [...extra].sort((a, b) => a - b);
            parts.push({ kind: 'extra', url: options.url(await partFile(faceId, points, 'extra')), unicodeRange: unicodeRange(points) });
          }
        } catch (error) {
          // An unknown face or an unreadable file: the window draws those characters in a fallback
          // face; the page's preflight already reports a missing font.
          console.error(`banmian: no screen font for ${faceId}: ${error instanceof Error ? error.message : String(error)}`);
        }
        answer[faceId] = parts;
      }
      return answer;
    },
    close() {
      for (const source of sources.values()) source.close();
      sources.clear();
    },
  };
}

/** Leftover temporary files go, parts of a font file that has changed, and the oldest extra parts beyond `maxExtra`. */
async function pruneCache(dir: string, maxExtra: number, currentStamp: (faceId: string) => Promise<string>): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.endsWith('.part')).map((n) => rm(path.join(dir, n), { force: true })));
  const stale = await Promise.all(
    names.map(async (n) => {
      const [faceId, stamp] = n.split('.');
      if (!faceId || !stamp || !n.endsWith('.ttf')) return false;
      return currentStamp(faceId).then((current) => current !== stamp, () => true);
    }),
  );
  await Promise.all(names.filter((_, i) => stale[i]).map((n) => rm(path.join(dir, n), { force: true })));
  names.splice(0, names.length, ...names.filter((_, i) => !stale[i]));
  const extras = names.filter((n) => n.includes('.extra-') && n.endsWith('.ttf'));
  if (extras.length <= maxExtra) return;
  const dated = await Promise.all(extras.map(async (n) => ({ n, t: (await stat(path.join(dir, n)).catch(() => null))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => a.t - b.t);
  await Promise.all(dated.slice(0, dated.length - maxExtra).map(({ n }) => rm(path.join(dir, n), { force: true })));
}
