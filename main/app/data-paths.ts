import path from 'node:path';

/** Where the desktop app keeps its data, all under Electron's userData directory. */
export interface DataPaths {
  userData: string;
  database: string;
  photos: string;
  /** Subsets of the page fonts cut for the screen (a cache: deleting it loses nothing). */
  screenFonts: string;
  windowState: string;
  /** Settings → 编辑部: server, user, the password encrypted (docs/newsroom.md). */
  newsroomSettings: string;
}

export function dataPaths(userData: string): DataPaths {
  return {
    userData,
    database: path.join(userData, 'banmian.db'),
    photos: path.join(userData, 'photos'),
    screenFonts: path.join(userData, 'screen-fonts'),
    windowState: path.join(userData, 'window-state.json'),
    newsroomSettings: path.join(userData, 'newsroom.json'),
  };
}
