import type { ScreenFontPart, ScreenFontRequest } from '../../../../shared/ipc/page-contract';
import type { DisplayItem } from '../../../../shared/model/display-list';

/**
 * The page's fonts on screen. The main process cuts them from the very files the PDF embeds
 * (main/fonts/screen-fonts.ts) and hands them over in parts: a face's base part (Latin,
 * punctuation and the 3,755 commonest hanzi) and small parts for any other characters a page
 * or a story being typed uses. Each part becomes a FontFace with its unicode-range under the
 * face's one family name, so `font-family` in the SVG names exactly the face the display list
 * names and the browser takes each character from the part that has it. (FontFace rather than
 * @font-face rules: a stylesheet's rules would need inline style, which the CSP forbids.)
 *
 * One loader per window: a part is asked for once, and a second page finds it ready.
 */

type Client = {
  call(command: 'pages.screenFonts', input: { faces: ScreenFontRequest }): Promise<Record<string, ScreenFontPart[]>>;
};

export function familyFor(faceId: string): string {
  return `bm-${faceId}`;
}

/** The code points a CSS unicode-range names ("U+20-7E, U+4E00"). */
export function rangePoints(range: string): number[] {
  const points: number[] = [];
  for (const part of range.split(',')) {
    const match = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!match) continue;
    const from = parseInt(match[1]!, 16);
    const to = match[2] ? parseInt(match[2], 16) : from;
    for (let cp = from; cp <= to; cp++) points.push(cp);
  }
  return points;
}

export interface ScreenFontLoader {
  /**
   * Makes sure every character of these items' glyph runs has been asked for in its face.
   * Null when nothing was missing; otherwise resolves once the new parts are loaded (a part
   * that fails is reported on the console and its characters asked for again next time; the
   * same part is not loaded twice, so a broken one costs one message, not one per composition).
   */
  cover(items: Iterable<DisplayItem>): Promise<void> | null;
  /** Starts loading the base parts of these faces (the page list calls it before a page is opened). */
  preload(faceIds: readonly string[]): Promise<void> | null;
}

interface Wanted {
  points: Set<number>;
  base: boolean;
  /** The glyph runs that asked, so they are looked at again if the part does not come. */
  runs: DisplayItem[];
}

/** Where parts go: the window's FontFaceSet (a test puts its own here). */
export interface FontSink {
  load(family: string, part: ScreenFontPart): Promise<void>;
}

/**
 * Of a family's faces the browser tries the one added last first, and shapes again with the next
 * whatever that one lacks. The base part holds nearly every character, so it is kept last:
 * shaped first, text needs a second pass only for its few rare characters.
 */
function documentFonts(): FontSink {
  const bases = new Map<string, FontFace>();
  return {
    load: (family, part) =>
      new FontFace(family, `url("${part.url}")`, { unicodeRange: part.unicodeRange, display: 'block' }).load().then((face) => {
        document.fonts.add(face);
        if (part.kind === 'base') bases.set(family, face);
        const base = bases.get(family);
        if (part.kind === 'extra' && base) {
          document.fonts.delete(base);
          document.fonts.add(base);
        }
      }),
  };
}

export function createScreenFontLoader(client: Client, sink: FontSink = documentFonts()): ScreenFontLoader {
  const asked = new Map<string, Set<number>>();
  /** Faces whose base part has been asked for: the promise settles when it is loaded (or failed). */
  const bases = new Map<string, Promise<void>>();
  const basesLoaded = new Set<string>();
  /** Glyph runs whose characters have all been asked for (runs are kept across compositions). */
  const covered = new WeakSet<DisplayItem>();
  const failed = new Set<string>();

  const askedFor = (faceId: string) => {
    let set = asked.get(faceId);
    if (!set) asked.set(faceId, (set = new Set()));
    return set;
  };

  const load = (faceId: string, part: ScreenFontPart) =>
    sink.load(familyFor(faceId), part).then(() => {
      const set = askedFor(faceId);
      for (const cp of rangePoints(part.unicodeRange)) set.add(cp);
    });

  /** Asked for, not had: the characters are asked for again when a page next shows them. */
  const forget = (faceId: string, wanted: Wanted, points: Iterable<number> = wanted.points, base = wanted.base) => {
    const set = askedFor(faceId);
    for (const cp of points) set.delete(cp);
    for (const run of wanted.runs) covered.delete(run);
    if (base) bases.delete(faceId);
  };

  const request = (wanted: Map<string, Wanted>): Promise<void>[] => {
    if (!wanted.size) return [];
    const faces: ScreenFontRequest = {};
    for (const [faceId, { points, base }] of wanted) {
      const set = askedFor(faceId);
      for (const cp of points) set.add(cp);
      faces[faceId] = { text: String.fromCodePoint(...points), ...(base ? { base: true } : {}) };
    }
    const answer = client.call('pages.screenFonts', { faces });
    return [...wanted].map(([faceId, entry]) => {
      const done = answer.then(
        (parts) =>
          Promise.all(
            // A part that failed once is not tried again: its characters show in a fallback face.
            (parts[faceId] ?? []).filter((part) => !failed.has(part.url)).map((part) =>
              load(faceId, part).catch((error: unknown) => {
                console.error(`banmian: a screen font part of ${faceId} could not be loaded (${part.url})`, error);
                failed.add(part.url);
                forget(faceId, entry, rangePoints(part.unicodeRange), part.kind === 'base');
              }),
            ),
          ).then(() => undefined),
        (error: unknown) => {
          console.error(`banmian: no screen fonts for ${faceId}`, error);
          forget(faceId, entry);
        },
      );
      if (entry.base) {
        bases.set(faceId, done);
        void done.then(() => bases.get(faceId) === done && basesLoaded.add(faceId));
      }
      return done;
    });
  };

  const settled = (waits: Promise<void>[]): Promise<void> | null => (waits.length ? Promise.all(waits).then(() => undefined) : null);

  return {
    cover(items) {
      const wanted = new Map<string, Wanted>();
      const faces = new Set<string>();
      for (const item of items) {
        if (item.kind !== 'glyphs') continue;
        faces.add(item.face);
        if (covered.has(item)) continue;
        covered.add(item);
        const set = askedFor(item.face);
        let entry = wanted.get(item.face);
        for (const glyph of item.glyphs) {
          for (const ch of glyph.text) {
            const cp = ch.codePointAt(0)!;
            if (cp <= 0x20 || set.has(cp) || entry?.points.has(cp)) continue;
            if (!entry) wanted.set(item.face, (entry = { points: new Set(), base: !bases.has(item.face), runs: [] }));
            entry.points.add(cp);
          }
        }
        entry?.runs.push(item);
      }
      // Text shows once its face's base part is in, whoever asked for it.
      const waits = request(wanted);
      for (const face of faces) if (!wanted.get(face)?.base && bases.has(face) && !basesLoaded.has(face)) waits.push(bases.get(face)!);
      return settled(waits);
    },
    preload(faceIds) {
      const wanted = new Map<string, Wanted>();
      for (const faceId of faceIds) if (!bases.has(faceId)) wanted.set(faceId, { points: new Set(), base: true, runs: [] });
      return settled(request(wanted));
    },
  };
}

const loaders = new WeakMap<object, ScreenFontLoader>();

/** The window's loader for this client. */
export function screenFontLoader(client: Client): ScreenFontLoader {
  let loader = loaders.get(client);
  if (!loader) loaders.set(client, (loader = createScreenFontLoader(client)));
  return loader;
}

/** Starts loading the faces pages are set in, once per window, so they are often ready before a page opens. */
export function preloadPageFonts(client: Client & { call(command: 'pages.fonts', input: Record<string, never>): Promise<string[]> }): void {
  const loader = screenFontLoader(client);
  void client.call('pages.fonts', {}).then(
    (faces) => loader.preload(faces),
    () => undefined,
  );
}
