import { defineConfig } from 'vitest/config';

export const unitConfig = defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

// vitest reads the default export of its config file.
export default unitConfig;
