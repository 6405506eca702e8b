import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What window-state.json holds: the normal (unmaximised) bounds plus the display mode. */
export interface WindowState {
  /** Absent: let the window manager centre it. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

export const DEFAULT_SIZE = { width: 1440, height: 900 };
export const MIN_SIZE = { width: 960, height: 640 };
/** How much of the title bar must be on some screen for the user to grab the window. */
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 16;
const TITLE_BAR_HEIGHT = 32;

const storedSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(MIN_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_SIZE.height).max(20_000),
  maximized: z.boolean(),
  fullScreen: z.boolean().optional(),
});

/** Centred, and no larger than the primary display's work area. */
export function defaultWindowState(primaryWorkArea: ScreenRect): WindowState {
  return {
    width: Math.max(MIN_SIZE.width, Math.min(DEFAULT_SIZE.width, primaryWorkArea.width)),
    height: Math.max(MIN_SIZE.height, Math.min(DEFAULT_SIZE.height, primaryWorkArea.height)),
    maximized: false,
    fullScreen: false,
  };
}

function overlap(a: ScreenRect, b: ScreenRect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** The display whose work area holds enough of the window's title bar to drag it, if any. */
export function displayHoldingTitleBar(bounds: ScreenRect, workAreas: readonly ScreenRect[]): ScreenRect | undefined {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: TITLE_BAR_HEIGHT };
  return workAreas.find((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= GRAB_WIDTH && shared.height >= GRAB_HEIGHT;
  });
}

/**
 * The saved state if the file is valid and the window would be reachable on one of today's
 * displays (a monitor may have been unplugged since); otherwise the defaults. A window
 * larger than its display is shrunk to fit it.
 */
export function parseWindowState(text: string | undefined, workAreas: readonly ScreenRect[], primaryWorkArea: ScreenRect): WindowState {
  const fallback = defaultWindowState(primaryWorkArea);
  if (text === undefined) return fallback;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fallback;
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return fallback;
  const stored = parsed.data;
  const display = displayHoldingTitleBar(stored, workAreas);
  if (!display) return fallback;
  return {
    x: stored.x,
    y: stored.y,
    width: Math.min(stored.width, Math.max(MIN_SIZE.width, display.width)),
    height: Math.min(stored.height, Math.max(MIN_SIZE.height, display.height)),
    maximized: stored.maximized,
    fullScreen: stored.fullScreen ?? false,
  };
}

export function loadWindowState(file: string, workAreas: readonly ScreenRect[], primaryWorkArea: ScreenRect): WindowState {
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  return parseWindowState(text, workAreas, primaryWorkArea);
}

/** What a window reports when it closes; normal bounds so a maximised window restores well. */
export function windowStateOf(window: {
  getNormalBounds(): ScreenRect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}): Required<WindowState> {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized: window.isMaximized(),
    fullScreen: window.isFullScreen(),
  };
}

/**
 * Writes a temporary file next to the target and renames it over the target, so a crash
 * mid-write leaves the old file or the new one, never half of one.
 */
export function saveWindowState(file: string, state: Required<WindowState>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
