import { test } from '@playwright/test';
import { REGION_CODES, testPagesAreEnglish } from './support/english';

// The example dataset's server (see playwright.config.ts): staffing figures, example labels and the
// national figure appear only here.
const PAGES = ['/en', '/en?view=chart&measure=residentsPerDoctor', '/en?view=chart&measure=gapTo1100', '/en?view=table', '/en?view=comparison', ...REGION_CODES.slice(0, 4).map((code) => `/en/region/${code}`)];

test.describe('the English pages with example data are in English', () => {
  testPagesAreEnglish(PAGES);
});
