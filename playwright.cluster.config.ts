import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

/**
 * `npm run test:cluster`: the production topology of deploy/ on this machine (tests/cluster): a real
 * PostgreSQL server, two app instances and nginx in front, started and stopped by the test itself.
 * Runs after `next build`, on the build in .next.
 */
export default defineConfig({
  testDir: './tests/cluster',
  outputDir: 'test-results/cluster',
  // Limits that only catch a hang (see playwright.config.ts).
  timeout: 900_000,
  expect: { timeout: 60_000 },
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright-cluster.json' }]],
  use: {
    browserName: 'chromium',
    // The site's certificate is made by the test itself.
    ignoreHTTPSErrors: true,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
