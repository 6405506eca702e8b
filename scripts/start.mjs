// `npm start`: builds dist/ and opens the desktop app in Electron. `npm start -- --dev` adds
// DevTools and reload (BANMIAN_DEV=1; never in a packaged app).
//
// Two things can stand in the way on a fresh machine, and both are handled here:
// - the Electron binary: its download comes from GitHub, which many newsroom machines (and
//   our CI) cannot reach; without it we say so, say what still works, and exit 1;
// - better-sqlite3: node_modules holds a build for Node (the CLI and the tests need it),
//   which Electron cannot load. We compile an Electron copy into node_modules/.cache and
//   point the app at it (BANMIAN_NATIVE_MODULES, see main/app/native-modules.ts), leaving
//   the Node build alone.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronPackage = join(root, 'node_modules', 'electron');

export function electronVersion() {
  return JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')).version;
}

function platformExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The Electron executable, as node_modules/electron would find it (path.txt written by its
 * installer, or ELECTRON_OVERRIDE_DIST_PATH), or undefined when there is none. We never
 * require('electron') here: without a binary that call starts a download.
 */
export function electronBinary() {
  const pathFile = join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relative || platformExecutable());
    return existsSync(candidate) ? candidate : undefined;
  }
  if (!relative) return undefined;
  const candidate = join(electronPackage, 'dist', relative);
  return existsSync(candidate) ? candidate : undefined;
}

export function missingElectronMessage() {
  const version = existsSync(join(electronPackage, 'package.json')) ? electronVersion() : '45';
  return [
    'banmian: the Electron binary is not installed, so the desktop window cannot open.',
    "  npm install could not download it: it comes from Electron's release host on GitHub.",
    '  To get it, either:',
    '    - on a machine that can reach github.com, run:  node node_modules/electron/install.js',
    `    - or unpack Electron ${version} for this platform somewhere and run:`,
    '        ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder npm start',
    '  Everything else works without it:',
    '    - the CLI:   npx banmian import FILE --db my.db | articles --db my.db --json | search 党建 --db my.db --json',
    '    - the tests, including the renderer in Chromium on the real handlers:  npm test',
  ].join('\n');
}

/** True when `moduleDir` (a better-sqlite3 package folder) opens a database inside Electron. */
function loadsInElectron(electron, moduleDir) {
  const probe = spawnSync(electron, ['-e', "new (require(process.env.BANMIAN_PROBE))(':memory:').close()"], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', BANMIAN_PROBE: moduleDir },
    stdio: 'ignore',
    timeout: 60_000,
  });
  return probe.status === 0;
}

function runIn(cwd, args) {
  return spawnSync(process.execPath, args, { cwd, stdio: 'inherit' }).status === 0;
}

/**
 * Environment for launching Electron so that the store finds a better-sqlite3 it can load:
 * {} when node_modules already holds an Electron build (after install-app-deps), else the
 * cached Electron copy, compiled on first use (prebuilt binary, or node-gyp from source).
 */
export function prepareElectronNative(electron) {
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  if (loadsInElectron(electron, source)) return {};

  const version = electronVersion();
  const modules = join(root, 'node_modules', '.cache', 'banmian-electron', `electron-${version}-${process.platform}-${process.arch}`, 'node_modules');
  const copy = join(modules, 'better-sqlite3');
  if (existsSync(copy) && loadsInElectron(electron, copy)) return { BANMIAN_NATIVE_MODULES: modules };

  console.log(`banmian: compiling better-sqlite3 for Electron ${version} (once; the Node build in node_modules stays for the CLI and tests)…`);
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(modules, { recursive: true });
  cpSync(source, copy, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build') + sep) && path !== join(source, 'build') });
  const target = [`--target=${version}`, '--runtime=electron', `--arch=${process.arch}`];
  const prebuilt = runIn(copy, [require.resolve('prebuild-install/bin.js'), ...target]);
  if (!prebuilt) {
    runIn(copy, [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers']);
  }
  if (!loadsInElectron(electron, copy)) {
    throw new Error(
      `could not build better-sqlite3 for Electron ${version} (that needs a prebuilt binary from GitHub or ` +
        "Electron's headers from electronjs.org, plus a C++ toolchain for the latter). Either let electron-builder rebuild node_modules " +
        '("npx electron-builder install-app-deps"; afterwards "npm rebuild better-sqlite3" restores the Node build ' +
        'for the CLI and tests), or retry where those hosts are reachable.',
    );
  }
  return { BANMIAN_NATIVE_MODULES: modules };
}

async function main() {
  const dev = process.argv.slice(2).includes('--dev');
  const electron = electronBinary();
  if (!electron) {
    console.error(missingElectronMessage());
    process.exit(1);
  }
  const { buildAll } = await import(pathToFileURL(join(root, 'scripts', 'build.mjs')).href);
  await buildAll();
  const nativeEnv = prepareElectronNative(electron);
  const env = { ...process.env, ...nativeEnv };
  if (dev) env.BANMIAN_DEV = '1';
  else delete env.BANMIAN_DEV;
  delete env.ELECTRON_RUN_AS_NODE;

  const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`banmian: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
