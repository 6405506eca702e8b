import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// End-to-end: the built renderer in Debian's Chromium with the real handlers. One file at a
// time (each starts a browser), generous timeouts for a cold Chromium.
export default defineConfig({
  root: repoRoot,
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    // expect.poll waits 1 s by default: too short for photo conversion or a composition on a
    // busy 2-core machine. Polls still fail when what they wait for never comes.
    expect: { poll: { timeout: 15_000 } },
  },
});
