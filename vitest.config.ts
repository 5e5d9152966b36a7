import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: lib/, components/, entrypoints/__tests__ and the simulator's own logic.
export default defineConfig({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.tsx',
      'entrypoints/__tests__/**/*.test.ts',
      'tests/fixtures/**/*.test.ts',
    ],
    setupFiles: ['tests/setup.ts'],
    // A guard against hangs, not a speed goal (those are in npm run bench): some vault tests run
    // Argon2id (64 MiB) several times, which a busy 2-core machine can stretch past 5 s.
    testTimeout: 30_000,
    restoreMocks: true,
  },
});
