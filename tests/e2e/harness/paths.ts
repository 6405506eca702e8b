import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built renderer the harness serves (`npx vite build --config renderer/vite.config.mts`). */
/** BANMIAN_RENDERER_DIST points the harness at another build (e.g. one made outside the shared dist/). */
export const rendererDist = process.env.BANMIAN_RENDERER_DIST ?? path.join(repoRoot, 'dist/renderer');
export const rendererViteConfig = path.join(repoRoot, 'renderer/vite.config.mts');
/** The sample page lives in shared/ beside the repo, on CI as here. */
export const seedPagePath = path.resolve(repoRoot, '../shared/samples/seed-page.txt');
/** Screenshots and other artefacts for a person to look at. */
export const resultsDir = path.join(repoRoot, 'test-results');
export const chromiumPath = process.env.BANMIAN_CHROMIUM ?? '/usr/bin/chromium';
