import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium against the portal simulator.
// One file at a time (each starts its own browser) on these 2-core machines.
export default defineConfig({
  // The extension's own code, used by a test to write a vault as an older version did.
  resolve: {
    alias: { '@': resolve(import.meta.dirname), '#i18n': resolve(import.meta.dirname, '.wxt/i18n/index.ts') },
  },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A real browser on a busy 2-core machine: unlocking (Argon2id, 64 MiB) alone can take a
    // second or two, so waits for what a person would see get ten.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
  },
});
