import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The window icon for Linux task bars: inside a package it is copied to resources/icons by
 * electron-builder (extraResources); in a development run it is the repository's file.
 */
export function appIconPath(options: { packaged: boolean; resourcesPath: string; bundleDir: string }): string | undefined {
  const candidate = options.packaged
    ? path.join(options.resourcesPath, 'icons', 'icon.png')
    : path.join(options.bundleDir, '..', '..', 'resources', 'icons', 'icon.png');
  return existsSync(candidate) ? candidate : undefined;
}
