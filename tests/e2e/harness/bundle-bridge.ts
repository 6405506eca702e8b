import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** bridge-entry.ts as one classic script for `addInitScript` (no modules in an init script). */
export async function bundleBridge(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(path.dirname(fileURLToPath(import.meta.url)), 'bridge-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no bridge bundle');
  return output.text;
}
