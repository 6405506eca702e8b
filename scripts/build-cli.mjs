// Bundles the headless CLI (main/cli.ts) into dist/cli.cjs, and its heavy-work process
// (main/isolation/heavy-process.ts) beside it into dist/heavy-process.cjs, which the CLI forks
// through bin/heavy-process.cjs. Packages stay external — resolved from node_modules at run time
// like any Node program's — except pdf-lib and zod (BUNDLED below).
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

/**
 * Packages bundled, from their ES builds, so esbuild keeps only what the CLI uses: loading pdf-lib
 * whole (its forms, appearance streams, standard fonts) cost a cold compose's heavy process ~0.2 s CPU and
 * zod's every locale ~0.05 s per thread; tree-shaken, about a third of that (docs/benchmarks.md).
 * Native addons, packages that find files beside themselves and the rest stay in node_modules.
 */
const BUNDLED = /^(pdf-lib|@pdf-lib\/|pako|tslib|zod)(\/|$)/u;

const externalPackages = {
  name: 'external-packages',
  setup(b) {
    // esbuild's filters are Go regular expressions (no flags).
    b.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED.test(args.path) ? undefined : { path: args.path, external: true }));
  },
};

function bundle(entry, out) {
  return build({
    entryPoints: [join(root, entry)],
    outfile: join(root, out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [externalPackages],
    mainFields: ['module', 'main'],
    // import('sharp') becomes a require: bin/compile-cache.cjs caches only modules without import().
    supported: { 'dynamic-import': false },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
