// Bundles the headless CLI (main/cli.ts) into dist/cli.cjs. Packages stay external:
// they are resolved from node_modules at run time like any Node program's.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  await build({
    entryPoints: [join(root, 'main/cli.ts')],
    outfile: join(root, 'dist/cli.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    // import('sharp') becomes a require: bin/compile-cache.cjs caches only modules without import().
    supported: { 'dynamic-import': false },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
