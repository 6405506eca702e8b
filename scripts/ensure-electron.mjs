// Electron's own install script downloads its binary from GitHub, which offline newsroom
// machines and our CI cannot reach, so package.json denies it (allowScripts) and this
// script tries the download once, saying clearly what works when it cannot happen.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');
if (!existsSync(join(target, 'install.js')) || existsSync(join(target, 'path.txt'))) process.exit(0);

const result = spawnSync(process.execPath, [join(target, 'install.js')], {
  cwd: target,
  stdio: ['ignore', 'ignore', 'pipe'],
  timeout: 120_000,
  encoding: 'utf8',
});
if (result.status === 0 && existsSync(join(target, 'path.txt'))) {
  console.log('banmian: Electron binary installed.');
} else {
  console.warn(
    'banmian: the Electron binary could not be downloaded (its release host is not reachable).\n' +
      '  Everything except the desktop window works: the CLI, the tests and the renderer in Chromium.',
  );
}
