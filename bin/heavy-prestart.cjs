// Starts the CLI's heavy-work process (main/isolation) before the CLI loads its own bundle, so that
// on two cores the two processes load at the same time: a cold `banmian compose` otherwise spent
// the main process's start (Node, the bundle, the page) before the heavy process began its own.
// The pool takes the child over when it forks one with the same script and options
// (main/isolation/prestarted-child.ts); one it does not take ends with the CLI (its channel closes).
'use strict';
const { fork } = require('node:child_process');
const { join } = require('node:path');

/** Where the pool finds it: the same key in main/isolation/prestarted-child.ts. */
const PRESTARTED = Symbol.for('banmian.prestartedHeavyProcess');

/**
 * What the pool forks for the CLI (heavyProcessEntry and HEAVY_MEMORY_MB in main/isolation/heavy-work.ts):
 * a child forked with anything else is not taken (tests/unit/isolation/prestarted-child.test.ts compares them).
 */
const HEAVY_PRESTART = {
  modulePath: join(__dirname, 'heavy-process.cjs'),
  execArgv: ['--max-old-space-size=1024'],
  args: [],
};

function prestartHeavy() {
  const { modulePath, execArgv, args } = HEAVY_PRESTART;
  const child = fork(modulePath, args, { execArgv, serialization: 'advanced', stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  // Its first message ("ready") may come before the pool listens: kept for it.
  const messages = [];
  const keep = (message) => messages.push(message);
  child.on('message', keep);
  // A child that cannot start is the pool's to find (it forks its own); here it must not end the CLI.
  child.on('error', () => {});
  // Until taken, it must not keep the CLI alive (a usage error, --help).
  child.unref();
  for (const handle of [child.channel, child.stdout, child.stderr]) handle?.unref?.();
  globalThis[PRESTARTED] = { ...HEAVY_PRESTART, child, messages, stopKeeping: () => child.off('message', keep) };
}

/** A prestarted child the CLI will not use (its bundle is being rebuilt): ended now. */
function dropPrestartedHeavy() {
  const prestarted = globalThis[PRESTARTED];
  delete globalThis[PRESTARTED];
  prestarted?.child.kill('SIGKILL');
}

module.exports = { HEAVY_PRESTART, prestartHeavy, dropPrestartedHeavy };
