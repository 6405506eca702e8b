// Bundles the headless CLI (main/cli.ts) into dist/cli.cjs, and its heavy-work process
// (main/isolation/heavy-process.ts) beside it into dist/heavy-process.cjs, which the CLI forks
// through bin/heavy-process.cjs. Packages stay external: they are resolved from node_modules at run time like any Node program's.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const bundles = [
  ['main/cli.ts', 'dist/cli.cjs'],
  ['main/isolation/heavy-process.ts', 'dist/heavy-process.cjs'],
];

export async function buildCli() {
  await Promise.all(bundles.map(([entry, out]) => bundle(entry, out)));
}

function bundle(entry, out) {
  return build({
    entryPoints: [join(root, entry)],
    outfile: join(root, out),
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
