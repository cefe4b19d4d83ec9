import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';

// This server runs with the example dataset loaded (see playwright.config.ts).
test.describe('with the example dataset loaded', () => {
  test('the page says it shows example data and marks every example figure', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('example-data-banner')).toContainText('Exempeldata');
    const rows = page.locator('table tbody tr');
    await expect(rows).toHaveCount(21);
    for (const row of await rows.all()) {
      await expect(row.locator('td').last()).toContainText('Exempeldata');
    }
    await expect(page.getByTestId('national-figure')).toContainText('de 21 regioner som rapporterat');
  });

  test('the English page marks it too', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByTestId('example-data-banner')).toContainText('Example data');
    await expect(page.getByRole('row', { name: /Region Gotland/ }).locator('td').last()).toContainText('Example data');
  });

  test('has no WCAG 2.1 AA violations', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
  });
});
