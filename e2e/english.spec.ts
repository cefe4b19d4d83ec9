import { expect, test } from '@playwright/test';
import { REGION_CODES, testPagesAreEnglish } from './support/english';

const ALL_COLUMNS = [
  'name', 'decision', 'decisionDate', 'ownTarget', 'population', 'specialistsFte', 'traineesFte', 'capacity',
  'residentsPerDoctor', 'gapTo1100', 'gapToOwnTarget', 'shareWithNamedContact', 'latestReportDate', 'source',
].join(',');

/** Every public page in English, and every view of the dashboard. */
const PAGES = [
  '/en',
  '/en?view=map&measure=shareWithNamedContact',
  '/en?view=map&measure=residentsPerDoctor',
  '/en?view=chart',
  '/en?view=comparison',
  '/en?view=comparison&date=2022-09-30',
  '/en?view=chart&measure=residentsPerDoctor',
  '/en?view=chart&measure=shareWithNamedContact',
  `/en?view=table&columns=${ALL_COLUMNS}`,
  '/en?date=2021-01-01',
  ...REGION_CODES.map((code) => `/en/region/${code}`),
  '/en/oppna-data',
  '/en/tillganglighet',
  '/en/vad-ar-nytt',
  '/en/rapporteringslage',
  '/en/ordlista',
  '/en/logga-in',
  '/en/no-such-page',
  '/embed/en/map',
  '/embed/en/chart',
  '/embed/en/comparison',
];

test.describe('the English pages are in English', () => {
  testPagesAreEnglish(PAGES);

  test('the glossary is linked from every page and explains the Swedish terms an English reader meets', async ({ page }) => {
    await page.goto('/en/tillganglighet');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Glossary' }).click();
    await expect(page).toHaveURL(/\/en\/ordlista$/);
    for (const term of ['fast läkarkontakt', 'ST-läkare', 'riktvärde', 'Riket', 'Socialstyrelsen', 'Regionfullmäktige']) {
      await expect(page.locator('dt[lang="sv"]', { hasText: term }).first()).toBeVisible();
    }
  });

  test('a decision note stored in Swedish is shown in English, and its source title is marked as Swedish', async ({ page }) => {
    await page.goto('/en/region/09');
    const history = page.locator('ol.timeline > li').first();
    await expect(history).toContainText('The decision is confirmed by the Swedish Medical Association’s surveys of 2023 and 2024.');
    await expect(history.locator('[lang="sv"]', { hasText: 'Läkartidningen' })).toBeVisible();
    await page.goto('/en/region/01');
    await expect(page.getByText('Deciding body: Regional Council (budget 2023)')).toBeVisible();
  });
});
