import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where the built-in sample lives: resources/sample/ of the checkout (seed-page.txt and
 * photos/). Found by walking up from this module, so it works from the sources (tsx, vitest)
 * and from the bundled CLI in dist/.
 */
export interface SampleResources {
  dir: string;
  text: string;
  photos: string;
}

let found: SampleResources | undefined;

export function sampleResources(): SampleResources {
  if (found) return found;
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'resources', 'sample');
    if (existsSync(join(candidate, 'seed-page.txt'))) {
      found = { dir: candidate, text: join(candidate, 'seed-page.txt'), photos: join(candidate, 'photos') };
      return found;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`The sample page's files (resources/sample/seed-page.txt) were not found above ${__dirname}`);
    dir = parent;
  }
}
