// Builds everything the desktop app runs, into dist/:
//   dist/main/index.cjs     Electron main process (esbuild; native and font packages stay in node_modules)
//   dist/main/heavy-process.cjs  its heavy-work utility process (main/isolation; found beside index.cjs)
//   dist/main/integrity-worker.cjs  the background integrity check of a large store (main/store/deferred-integrity.ts)
//   dist/main/search-warm-worker.cjs  the search warm-up after opening (main/store/search-warm.ts)
//   dist/preload/index.cjs  sandboxed preload: one self-contained file, only `electron` external
//   dist/renderer/          the React renderer (Vite, renderer/vite.config.mts)
//   dist/cli.cjs            the headless CLI (scripts/build-cli.mjs)
// Steps whose sources do not exist yet are skipped with a note, so a partial tree still builds.
import { build as esbuild } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * Packages the main bundle loads from node_modules at run time instead of bundling:
 * - electron: provided by the runtime;
 * - better-sqlite3, sharp: native addons (electron-builder rebuilds and unpacks them);
 * - lcms-wasm: an ES module that finds its .wasm file beside itself (import.meta.url);
 * - pouchdb-node: the newsroom replica; its LevelDB binding (leveldown) is a native addon;
 * - @expo-google-fonts/*: font-catalogue.ts finds the TTF files next to their package.json
 *   with require.resolve, so the packages must exist on disk, not in the bundle.
 * Everything else (zod, pdf-lib, fontkit 2, mammoth, linebreak, hyphen, …) is plain
 * JavaScript with its data compiled in; bundling it keeps start-up to one file read.
 */
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3', 'sharp', 'lcms-wasm', 'pouchdb-node', '@expo-google-fonts/*'];

/** Electron 45: Chromium 140, Node 22. */
const CHROME_TARGET = 'chrome140';
const NODE_TARGET = 'node22';

/** The main bundle's esbuild options (the bundle test builds with these too). */
export function mainOptions(outfile = join(root, 'dist/main/index.cjs')) {
  return {
    entryPoints: [join(root, 'main/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: NODE_TARGET,
    external: MAIN_EXTERNALS,
    sourcemap: 'linked',
    logLevel: 'warning',
  };
}

/** The heavy-work process (main/isolation/heavy-process.ts), bundled like the main process and beside it. */
export function heavyProcessOptions(outfile = join(root, 'dist/main/heavy-process.cjs')) {
  return { ...mainOptions(outfile), entryPoints: [join(root, 'main/isolation/heavy-process.ts')] };
}

/** The integrity-check worker (main/store/integrity-worker.ts), beside the main bundle; electron-builder ships dist/main/**. */
export function integrityWorkerOptions(outfile = join(root, 'dist/main/integrity-worker.cjs')) {
  return { ...mainOptions(outfile), entryPoints: [join(root, 'main/store/integrity-worker.ts')] };
}

/** The search warm-up's worker (main/store/search-warm-worker.ts), beside the main bundle. */
export function searchWarmWorkerOptions(outfile = join(root, 'dist/main/search-warm-worker.cjs')) {
  return { ...mainOptions(outfile), entryPoints: [join(root, 'main/store/search-warm-worker.ts')] };
}

export async function buildMain() {
  rmSync(join(root, 'dist/main'), { recursive: true, force: true });
  await Promise.all([esbuild(mainOptions()), esbuild(heavyProcessOptions()), esbuild(integrityWorkerOptions()), esbuild(searchWarmWorkerOptions())]);
}

/** The preload's esbuild options (the preload test builds with these too). */
export function preloadOptions(outfile = join(root, 'dist/preload/index.cjs')) {
  return {
    entryPoints: [join(root, 'preload/index.ts')],
    outfile,
    bundle: true,
    // A sandboxed preload has no Node: platform "browser" makes any Node import a build error.
    platform: 'browser',
    format: 'cjs',
    target: CHROME_TARGET,
    external: ['electron'],
    // The contract's zod schemas come along (client.ts reads the command names from them).
    minify: true,
    sourcemap: 'linked',
    logLevel: 'warning',
  };
}

export async function buildPreload() {
  rmSync(join(root, 'dist/preload'), { recursive: true, force: true });
  await esbuild(preloadOptions());
}

function run(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${label} failed (exit code ${result.status ?? result.signal})`);
}

export function buildRenderer() {
  const config = join(root, 'renderer/vite.config.mts');
  if (!existsSync(config)) {
    console.log('build: renderer/vite.config.mts does not exist yet; skipping the renderer.');
    return;
  }
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  run('vite build', [vite, 'build', '--config', config, '--logLevel', 'warn']);
}

export function buildCli() {
  const script = join(root, 'scripts/build-cli.mjs');
  if (!existsSync(script)) {
    console.log('build: scripts/build-cli.mjs does not exist yet; skipping the CLI.');
    return;
  }
  run('CLI build', [script]);
}

export async function buildAll() {
  await buildMain();
  await buildPreload();
  buildRenderer();
  buildCli();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await buildAll();
    console.log('build: dist/ is ready.');
  } catch (error) {
    console.error(`build: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
