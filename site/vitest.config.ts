import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // The whitespace test runs a real Astro build of a small fixture.
    testTimeout: 60_000,
  },
});
