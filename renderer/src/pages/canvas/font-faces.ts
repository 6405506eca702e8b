/**
 * The page's fonts on screen: the very font files the PDF embeds, loaded with the FontFace API
 * (a stylesheet's @font-face would need inline style, which the CSP forbids) under one family
 * name per face id, so `font-family` in the SVG names exactly the face the display list names.
 * Loaded once per window; a second page with the same faces finds them ready.
 */

const loading = new Map<string, Promise<boolean>>();

export function familyFor(faceId: string): string {
  return `bm-${faceId}`;
}

/** Loads the faces not loaded yet; resolves when all have loaded (or failed: false for those). */
export function loadFaces(fonts: Readonly<Record<string, string>>): Promise<boolean[]> {
  return Promise.all(
    Object.entries(fonts).map(([faceId, url]) => {
      let pending = loading.get(faceId);
      if (!pending) {
        const face = new FontFace(familyFor(faceId), `url("${url}")`, { style: 'normal', weight: 'normal', display: 'block' });
        pending = face.load().then(
          (loaded) => {
            document.fonts.add(loaded);
            return true;
          },
          (error: unknown) => {
            console.error(`banmian: the font ${faceId} could not be loaded from ${url}`, error);
            loading.delete(faceId);
            return false;
          },
        );
        loading.set(faceId, pending);
      }
      return pending;
    }),
  );
}

/** Faces of `fonts` that are not loaded yet. */
export function missingFaces(fonts: Readonly<Record<string, string>>): string[] {
  return Object.keys(fonts).filter((faceId) => !loading.has(faceId));
}

let preloading: Promise<unknown> | null = null;

/**
 * Starts loading the faces pages are set in, once per window: the page list calls it, so by the
 * time a page is opened its fonts (10–15 MB each) are usually loaded already.
 */
export function preloadPageFonts(client: { call(command: 'pages.fonts', input: Record<string, never>): Promise<Record<string, string>> }): void {
  preloading ??= client.call('pages.fonts', {}).then(loadFaces, () => (preloading = null));
}
