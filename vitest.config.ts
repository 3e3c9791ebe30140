import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Store tests create their own PostgreSQL schema per file, so files can run in parallel.
    pool: 'forks',
    globalSetup: ['test/support/global-setup.ts'],
  },
});
