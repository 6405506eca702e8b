import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  windowStateOf,
  type ScreenRect,
} from '../../../main/app/window-state';

const laptop: ScreenRect = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: ScreenRect = { x: 1920, y: 0, width: 2560, height: 1400 };
const defaults = { width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height, maximized: false, fullScreen: false };
const saved = (state: object) => JSON.stringify({ x: 100, y: 80, width: 1300, height: 850, maximized: false, ...state });

describe('window state', () => {
  it('restores a window saved on a display that is still there', () => {
    expect(parseWindowState(saved({ x: 2100, y: 60, maximized: true }), [laptop, rightMonitor], laptop)).toEqual({
      x: 2100,
      y: 60,
      width: 1300,
      height: 850,
      maximized: true,
      fullScreen: false,
    });
  });

  it('falls back to a centred default window when its monitor was unplugged', () => {
    expect(parseWindowState(saved({ x: 2100, y: 60 }), [laptop], laptop)).toEqual(defaults);
  });

  it('falls back when only a sliver of the title bar would be on screen', () => {
    expect(parseWindowState(saved({ x: 1850, y: 60 }), [laptop], laptop)).toEqual(defaults);
    expect(parseWindowState(saved({ x: 100, y: -40 }), [laptop], laptop)).toEqual(defaults);
  });

  it('shrinks a window that is larger than its display', () => {
    const state = parseWindowState(saved({ x: 0, y: 0, width: 2560, height: 1400 }), [laptop], laptop);
    expect(state).toMatchObject({ x: 0, y: 0, width: 1920, height: 1050 });
  });

  it.each([
    ['an empty file', ''],
    ['broken JSON', '{"x": 1,'],
    ['a JSON array', '[1,2,3]'],
    ['missing sizes', '{"x": 1, "y": 2}'],
    ['text sizes', saved({ width: '1300' })],
    ['a tiny window', saved({ width: 10, height: 10 })],
    ['fractional positions', saved({ x: 10.5 })],
    ['NaN-like values', saved({ x: null })],
  ])('uses the defaults for %s', (_name, text) => {
    expect(parseWindowState(text, [laptop], laptop)).toEqual(defaults);
  });

  it('keeps the default size within a small screen', () => {
    const netbook: ScreenRect = { x: 0, y: 0, width: 1280, height: 720 };
    expect(parseWindowState(undefined, [netbook], netbook)).toMatchObject({ width: 1280, height: 720 });
  });
});

describe('window state file', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('round-trips through window-state.json and leaves no temporary file', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'banmian-window-'));
    const file = path.join(dir, 'nested', 'window-state.json');
    const window = {
      getNormalBounds: () => ({ x: 120.4, y: 90, width: 1500, height: 900 }),
      isMaximized: () => true,
      isFullScreen: () => false,
    };
    saveWindowState(file, windowStateOf(window));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 120, y: 90, width: 1500, height: 900, maximized: true, fullScreen: false });
    expect(readdirSync(path.dirname(file))).toEqual(['window-state.json']);
    expect(loadWindowState(file, [laptop], laptop)).toEqual({ x: 120, y: 90, width: 1500, height: 900, maximized: true, fullScreen: false });
  });

  it('replaces a corrupt file on the next save and reads defaults until then', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'banmian-window-'));
    const file = path.join(dir, 'window-state.json');
    writeFileSync(file, '\u0000\u0000garbage');
    expect(loadWindowState(file, [laptop], laptop)).toEqual(defaults);
    saveWindowState(file, { x: 10, y: 10, width: 1000, height: 700, maximized: false, fullScreen: false });
    expect(loadWindowState(file, [laptop], laptop)).toMatchObject({ x: 10, width: 1000 });
  });

  it('reads defaults when there is no file yet', () => {
    expect(loadWindowState(path.join(tmpdir(), 'banmian-no-such-dir', 'window-state.json'), [laptop], laptop)).toEqual(defaults);
  });
});
