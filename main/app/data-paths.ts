import path from 'node:path';

/** Where the desktop app keeps its data, all under Electron's userData directory. */
export interface DataPaths {
  userData: string;
  database: string;
  photos: string;
  windowState: string;
}

export function dataPaths(userData: string): DataPaths {
  return {
    userData,
    database: path.join(userData, 'banmian.db'),
    photos: path.join(userData, 'photos'),
    windowState: path.join(userData, 'window-state.json'),
  };
}
