import { app } from 'electron';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * better-sqlite3 in node_modules is compiled for Node (the CLI and the tests use it), and
 * Electron cannot load a Node build. For a development run, scripts/start.mjs compiles an
 * Electron copy elsewhere and names its node_modules folder in BANMIAN_NATIVE_MODULES. We
 * load that copy and register it in the module cache under the usual package's entry file,
 * so the store's plain `import Database from 'better-sqlite3'` receives it. A packaged app
 * has its own rebuilt copy and ignores the variable. Import this before anything else.
 */
export function useElectronNativeModules(nativeModules: string | undefined, packaged: boolean, from = __filename): boolean {
  if (!nativeModules || packaged) return false;
  const requireHere = createRequire(from);
  const usual = requireHere.resolve('better-sqlite3');
  const electronCopy = requireHere.resolve(path.join(nativeModules, 'better-sqlite3'));
  requireHere(electronCopy);
  const loaded = requireHere.cache[electronCopy];
  if (!loaded) return false;
  requireHere.cache[usual] = loaded;
  return true;
}

useElectronNativeModules(process.env.BANMIAN_NATIVE_MODULES, app.isPackaged);
