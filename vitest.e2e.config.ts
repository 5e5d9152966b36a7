import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium against the portal simulator.
// One file at a time (each starts its own browser) on these 2-core machines.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
  },
});
