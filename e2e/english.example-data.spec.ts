import { expect, test } from '@playwright/test';
import { expectNoSwedish, REGION_CODES } from './support/english';

// The example dataset's server (see playwright.config.ts): staffing figures, example labels and the
// national figure appear only here.
const PAGES = ['/en', '/en?view=chart&measure=residentsPerDoctor', '/en?view=chart&measure=gapTo1100', '/en?view=table', '/en?view=comparison', ...REGION_CODES.slice(0, 4).map((code) => `/en/region/${code}`)];

test.describe('the English pages with example data are in English', () => {
  for (const path of PAGES) {
    test(`${path}: no Swedish outside an element marked lang="sv"`, async ({ page }) => {
      // A busy machine may take long to render a page the first time; nothing here depends on speed.
      test.setTimeout(120_000);
      await page.goto(path);
      await page.waitForLoadState('networkidle', { timeout: 60_000 });
      await expect(page.locator('h1')).toBeVisible();
      await expectNoSwedish(page);
    });
  }
});
