import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';

test.describe('region page', () => {
  test('is reached from the overview and shows the decision history with sources, newest first', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Region Uppsala' }).click();
    await expect(page).toHaveURL(/\/region\/03$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Region Uppsala' })).toBeVisible();
    const history = page.locator('ol.timeline > li');
    await expect(history).toHaveCount(2);
    await expect(history.nth(0)).toContainText('senast maj 2023');
    await expect(history.nth(0)).toContainText('Beslut: 1 100');
    await expect(history.nth(1)).toContainText('juni 2022');
    await expect(history.nth(1)).toContainText('Beslut om minskning, utan siffra');
    await expect(history.nth(1).getByRole('link')).toHaveAttribute('href', /lakartidningen\.se/);
    await expect(page.getByTestId('region-summary')).toContainText('Regionen har inte rapporterat någon bemanning');
  });

  test('answers 404 for a code that is not a region', async ({ page }) => {
    expect((await page.goto('/region/02'))?.status()).toBe(404);
  });

  test('has no WCAG 2.1 AA violations in Swedish and English', async ({ page }) => {
    await page.goto('/region/17');
    await expectNoAxeViolations(page);
    await page.goto('/en/region/17');
    await expect(page.getByTestId('region-summary')).toContainText('Decided: 1,500 as a step toward 1,100');
    await expectNoAxeViolations(page);
  });
});
