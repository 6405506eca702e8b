import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HeavyFaults } from '../../../main/isolation/heavy-protocol';
import { HeavyPool } from '../../../main/isolation/heavy-pool';
import { HEAVY_MEMORY_MB, heavyProcessEntry } from '../../../main/isolation/heavy-work';
import { forkNodeProcess } from '../../../main/isolation/node-process-transport';

// The CLI forks its heavy-work process before loading its bundle (bin/heavy-prestart.cjs); the Node
// transport takes that child over only when it would fork the same script with the same options
// (main/isolation/prestarted-child.ts), and a prestarted child that died or does not match costs
// nothing but the overlap.

const root = resolve(__dirname, '../../..');
const PRESTARTED = Symbol.for('banmian.prestartedHeavyProcess');

interface Prestart {
  HEAVY_PRESTART: { modulePath: string; execArgv: string[]; args: string[] };
  prestartHeavy(): void;
}
const { HEAVY_PRESTART, prestartHeavy } = createRequire(__filename)(join(root, 'bin', 'heavy-prestart.cjs')) as Prestart;

interface Slot {
  child: ChildProcess;
  messages: unknown[];
}
const slot = () => (globalThis as { [PRESTARTED]?: Slot })[PRESTARTED];

const seed = () => new Uint8Array(readFileSync(join(root, 'resources', 'sample', 'seed-page.txt')));
const pools: HeavyPool[] = [];

/** A pool as the CLI makes it (heavy-work.ts), on the built heavy process the CLI forks. */
function cliPool(faults?: HeavyFaults): HeavyPool {
  const made = new HeavyPool({ spawn: forkNodeProcess, entry: { modulePath: HEAVY_PRESTART.modulePath, execArgv: [] }, maxOldGenerationSizeMb: HEAVY_MEMORY_MB, timeoutMs: 60_000, faults });
  pools.push(made);
  return made;
}

/** Prestarts the heavy process as bin/banmian.cjs does and waits for its "ready" (sent before anyone listens). */
async function prestarted(): Promise<ChildProcess> {
  prestartHeavy();
  const taken = slot()!;
  for (let i = 0; i < 600 && taken.messages.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  expect(taken.messages).toEqual([expect.objectContaining({ ready: true })]);
  return taken.child;
}

const ended = (child: ChildProcess) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r)));

beforeAll(() => {
  // The CLI's bundles: bin/banmian.cjs builds them when missing; a test run from a fresh checkout may not have.
  if (!existsSync(join(root, 'dist', 'heavy-process.cjs'))) expect(spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')]).status).toBe(0);
}, 120_000);

afterEach(async () => {
  slot()?.child.kill('SIGKILL');
  delete (globalThis as { [PRESTARTED]?: Slot })[PRESTARTED];
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('the heavy-work process the CLI starts first', () => {
  it('is forked with what the CLI’s pool would fork: the built process through bin/, the heap limit, no arguments', () => {
    const entry = heavyProcessEntry(join(root, 'dist'));
    expect(HEAVY_PRESTART).toEqual({ modulePath: entry.modulePath, execArgv: [...entry.execArgv, `--max-old-space-size=${HEAVY_MEMORY_MB}`], args: [] });
  });

  it('is taken over by the pool, with the "ready" it said before the pool listened, and ended when the pool closes', async () => {
    const child = await prestarted();
    const heavy = cliPool();
    const stories = await heavy.run('import.read', { name: 'seed-page.txt', bytes: seed() }, { label: 'x' });
    expect(stories[0]!.headline).toContain('沁阳市');
    expect(slot()).toBeUndefined();
    // The same process did the work: still running (a refused one is killed at once), and the pool heard its "ready".
    expect(child.exitCode).toBeNull();
    expect(child.signalCode).toBeNull();
    expect(heavy.starts).toBe(1);
    expect(heavy.heapLimitMb).toBeGreaterThanOrEqual(HEAVY_MEMORY_MB);
    await heavy.close();
    await ended(child);
    expect(child.signalCode).toBe('SIGKILL');
  }, 60_000);

  it('is ended, and a process of its own forked, when the pool asks for other options', async () => {
    const child = await prestarted();
    const heavy = cliPool({ 'photo.prove': 'exit' });
    const stories = await heavy.run('import.read', { name: 'seed-page.txt', bytes: seed() }, { label: 'x' });
    expect(stories.length).toBeGreaterThan(1);
    await ended(child);
    expect(child.signalCode).toBe('SIGKILL');
    // The pool's own process is the one with the faults: it fails the task that provokes one.
    await expect(heavy.run('photo.prove', { bytes: new Uint8Array([1]) }, { label: 'Cannot read "a.jpg"' })).rejects.toThrow(
      'Cannot read "a.jpg": stopped, the work failed (the heavy-work process ended with exit code 70).',
    );
  }, 60_000);

  it('costs nothing when it died before the pool took it: the pool forks another and the task runs', async () => {
    const child = await prestarted();
    child.kill('SIGKILL');
    await ended(child);
    const heavy = cliPool();
    const stories = await heavy.run('import.read', { name: 'seed-page.txt', bytes: seed() }, { label: 'x' });
    expect(stories.length).toBeGreaterThan(1);
    expect(heavy.starts).toBe(1);
  }, 60_000);

  it('fails a task with one line when it crashes after the pool took it, and the next task gets a new process', async () => {
    const child = await prestarted();
    const heavy = cliPool();
    const first = heavy.run('import.read', { name: 'seed-page.txt', bytes: seed() }, { label: 'Cannot import "seed-page.txt"' });
    child.kill('SIGSEGV');
    await expect(first).rejects.toThrow('Cannot import "seed-page.txt": stopped, the work failed (the heavy-work process crashed (SIGSEGV)).');
    const stories = await heavy.run('import.read', { name: 'seed-page.txt', bytes: seed() }, { label: 'x' });
    expect(stories.length).toBeGreaterThan(1);
    expect(heavy.starts).toBe(2);
  }, 60_000);
});
