import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['./tests/global-setup.ts'],
    // Each suite boots a real Strapi (and a real PostgreSQL database): slow to start, then quick.
    hookTimeout: 240_000,
    testTimeout: 60_000,
    fileParallelism: false,
  },
});
