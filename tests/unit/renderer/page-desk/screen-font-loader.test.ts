import { describe, expect, it } from 'vitest';
import type { ScreenFontPart, ScreenFontRequest } from '../../../../shared/ipc/page-contract';
import type { DisplayItem, GlyphRun } from '../../../../shared/model/display-list';
import { createScreenFontLoader, rangePoints, type FontSink } from '../../../../renderer/src/page-desk/canvas/screen-fonts';

// The window's screen-font loader against a stand-in main process that answers like
// main/fonts/screen-fonts.ts: a base part (here: ASCII and 的一是) and an extra part with the
// asked characters the base lacks.

const BASE = 'U+20-7E, U+4E00, U+662F, U+7684';

function run(face: string, text: string): GlyphRun {
  return {
    kind: 'glyphs',
    face,
    size: 9,
    x: 0,
    y: 0,
    color: [0, 0, 0, 1],
    overprint: true,
    glyphs: [...text].map((ch, i) => ({ gid: i + 1, x: i * 9, text: ch, offset: i })),
  } as GlyphRun;
}

function fakeMain(options: { fail?: (url: string) => boolean } = {}) {
  const requests: ScreenFontRequest[] = [];
  const loaded: Array<{ family: string; url: string; range: string }> = [];
  const base = new Set(rangePoints(BASE));
  let n = 0;
  const client = {
    async call(_command: 'pages.screenFonts', input: { faces: ScreenFontRequest }) {
      requests.push(input.faces);
      const answer: Record<string, ScreenFontPart[]> = {};
      for (const [face, { text, base: withBase }] of Object.entries(input.faces)) {
        const parts: ScreenFontPart[] = [];
        if (withBase) parts.push({ kind: 'base', url: `${face}/base.ttf`, unicodeRange: BASE });
        const extra = [...text].filter((ch) => !base.has(ch.codePointAt(0)!));
        if (extra.length) parts.push({ kind: 'extra', url: `${face}/extra-${++n}.ttf`, unicodeRange: extra.map((ch) => `U+${ch.codePointAt(0)!.toString(16)}`).join(', ') });
        answer[face] = parts;
      }
      return answer;
    },
  };
  const sink: FontSink = {
    async load(family, { url, unicodeRange }) {
      if (options.fail?.(url)) throw new Error(`404 ${url}`);
      loaded.push({ family, url, range: unicodeRange });
    },
  };
  return { client, sink, requests, loaded };
}

const quiet = <T>(work: () => Promise<T>): Promise<T> => {
  const error = console.error;
  console.error = () => {};
  return work().finally(() => (console.error = error));
};

describe('screen font loader', () => {
  it('asks for a face once, with its base part and the characters of the page, and loads every part under the face family', async () => {
    const main = fakeMain();
    const loader = createScreenFontLoader(main.client, main.sink);
    const items: DisplayItem[] = [run('noto-serif-sc-400', '的一是鿏'), run('noto-sans-sc-700', 'A版')];
    await loader.cover(items);
    expect(main.requests).toHaveLength(1);
    expect(main.requests[0]!['noto-serif-sc-400']).toEqual({ text: '的一是鿏', base: true });
    expect(main.loaded.map((l) => `${l.family} ${l.url}`)).toEqual([
      'bm-noto-serif-sc-400 noto-serif-sc-400/base.ttf',
      'bm-noto-serif-sc-400 noto-serif-sc-400/extra-1.ttf',
      'bm-noto-sans-sc-700 noto-sans-sc-700/base.ttf',
      'bm-noto-sans-sc-700 noto-sans-sc-700/extra-2.ttf',
    ]);
    // Nothing new: nothing asked, and the caller is told so at once.
    expect(loader.cover(items)).toBeNull();
    expect(loader.cover([run('noto-serif-sc-400', '是的 一')])).toBeNull();
    expect(main.requests).toHaveLength(1);
  });

  it('asks only for characters neither the base part nor earlier parts hold (a story being typed)', async () => {
    const main = fakeMain();
    const loader = createScreenFontLoader(main.client, main.sink);
    await loader.cover([run('noto-serif-sc-400', '的一')]);
    await loader.cover([run('noto-serif-sc-400', '是的鿏鿏䶮')]);
    expect(main.requests[1]).toEqual({ 'noto-serif-sc-400': { text: '鿏䶮' } });
    expect(main.loaded.at(-1)!.range).toBe('U+9fcf, U+4dae');
    await loader.cover([run('noto-serif-sc-400', '䶮')]);
    expect(main.requests).toHaveLength(2);
  });

  it('makes a page wait for the base part a preload has asked for, and does not ask for it twice', async () => {
    const main = fakeMain();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: FontSink = { load: async (...args) => (await gate, main.sink.load(...args)) };
    const loader = createScreenFontLoader(main.client, slow);
    const preloading = loader.preload(['noto-serif-sc-400']);
    expect(preloading).not.toBeNull();
    let shown = false;
    const pending = loader.cover([run('noto-serif-sc-400', '的一')]);
    expect(pending).not.toBeNull();
    void pending!.then(() => (shown = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(shown).toBe(false);
    release();
    await pending;
    expect(main.requests.filter((r) => r['noto-serif-sc-400']?.base)).toHaveLength(1);
    expect(loader.preload(['noto-serif-sc-400'])).toBeNull();
  });

  it('asks again for what could not be loaded', async () => {
    let broken = true;
    const main = fakeMain({ fail: (url) => broken && url.includes('extra') });
    const loader = createScreenFontLoader(main.client, main.sink);
    const items = [run('noto-serif-sc-400', '的鿏')];
    await quiet(() => loader.cover(items)!);
    broken = false;
    const again = loader.cover(items);
    expect(again).not.toBeNull();
    await again;
    // Only the part that failed is asked for again; the base part came the first time.
    expect(main.requests[1]).toEqual({ 'noto-serif-sc-400': { text: '鿏' } });
    expect(main.loaded.map((l) => l.url)).toEqual(['noto-serif-sc-400/base.ttf', 'noto-serif-sc-400/extra-2.ttf']);
  });

  it('does not load a part that failed once again, though its characters are asked for once more', async () => {
    const main = fakeMain({ fail: (url) => url.includes('extra') });
    // A stand-in main that names the same extra part for the same characters, as the real one does.
    const sameUrl = { call: async (c: 'pages.screenFonts', input: { faces: ScreenFontRequest }) => {
      const answer = await main.client.call(c, input);
      for (const parts of Object.values(answer)) for (const p of parts) if (p.kind === 'extra') p.url = 'serif/extra-same.ttf';
      return answer;
    } };
    const tries: string[] = [];
    const sink: FontSink = { load: async (family, part) => (tries.push(part.url), main.sink.load(family, part)) };
    const loader = createScreenFontLoader(sameUrl, sink);
    await quiet(() => loader.cover([run('noto-serif-sc-400', '鿏')])!);
    await quiet(() => loader.cover([run('noto-serif-sc-400', '鿏')]) ?? Promise.resolve());
    expect(main.requests).toHaveLength(2);
    expect(tries.filter((u) => u === 'serif/extra-same.ttf')).toHaveLength(1);
    expect(loader.cover([run('noto-serif-sc-400', '鿏')])).toBeNull();
  });

  it('reads CSS unicode-range lists', () => {
    expect(rangePoints('U+20-22, U+4E00, u+9fcf')).toEqual([0x20, 0x21, 0x22, 0x4e00, 0x9fcf]);
  });
});
