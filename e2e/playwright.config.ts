import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests',
  // One stack (CMS, publisher, static server) per worker; a 2-core machine runs one well.
  workers: 1,
  fullyParallel: false,
  timeout: 240_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: a browser is never downloaded here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
