import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, rendererViteConfig } from './paths';

/**
 * Builds the renderer once before the end-to-end files run, so they never test a stale
 * build. In a child process with NODE_ENV=production: inside vitest NODE_ENV is "test",
 * which would bundle React's development build instead of the one the app ships.
 * Set BANMIAN_E2E_SKIP_BUILD=1 when dist/renderer was just built (e.g. by `npm run build`).
 */
export async function setup(): Promise<void> {
  if (process.env.BANMIAN_E2E_SKIP_BUILD === '1') return;
  const viteBin = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  try {
    await promisify(execFile)(process.execPath, [viteBin, 'build', '--config', rendererViteConfig, '--logLevel', 'warn'], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`The renderer build failed:\n${stderr ?? ''}${stdout ?? ''}`, { cause: error });
  }
}
