#!/usr/bin/env node
// The `banmian` command. Runs the bundled CLI, rebuilding it first when a source file
// under main/ or shared/ is newer than the bundle (a checkout is always up to date).
'use strict';
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const bundle = join(root, 'dist', 'cli.cjs');

// `compose` forks its heavy-work process first thing, to load beside this one (bin/heavy-prestart.cjs).
const args = process.argv.slice(2);
const prestart = args[0] === 'compose' && !args.includes('--help') && !args.includes('-h') && existsSync(join(root, 'dist', 'heavy-process.cjs'));
if (prestart) require('./heavy-prestart.cjs').prestartHeavy();

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

async function main() {
  const sourcesPresent = existsSync(join(root, 'main', 'cli.ts'));
  const stale =
    !existsSync(bundle) ||
    !existsSync(join(root, 'dist', 'heavy-process.cjs')) ||
    (sourcesPresent &&
      Math.max(newestSource(join(root, 'main')), newestSource(join(root, 'shared'))) > statSync(bundle).mtimeMs);
  if (stale && sourcesPresent) {
    if (prestart) require('./heavy-prestart.cjs').dropPrestartedHeavy();
    const { buildCli } = await import(join(root, 'scripts', 'build-cli.mjs'));
    await buildCli();
  }
  require('./compile-cache.cjs').enableCompileCache();
  const { runCli } = require(bundle);
  process.exitCode = await runCli(args);
}

main().catch((error) => {
  process.stderr.write(`banmian: ${error && error.message ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
