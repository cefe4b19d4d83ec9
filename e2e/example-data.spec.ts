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

test.describe('a region page with the example dataset loaded', () => {
  test('marks the example figures and gives the pace toward 1 100 from them', async ({ page }) => {
    await page.goto('/region/09');
    await expect(page.getByTestId('example-data-banner')).toBeVisible();
    const rows = page.locator('table tbody tr');
    await expect(rows).toHaveCount(4);
    for (const row of await rows.all()) await expect(row).toContainText('Exempeldata');
    await expect(page.getByTestId('region-summary')).toContainText(/nås 1 100 omkring \d{4}|närmar sig regionen inte 1 100|når redan 1 100/);
  });
});

test.describe('the table view', () => {
  test('sorts by residents per doctor with Riket last, filters by name and decision, and keeps its state in the URL', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'Tabell' }).click();
    await expect(page).toHaveURL(/view=table/);
    const table = page.getByRole('table', { name: /Regionernas beslut och bemanning/ });
    await table.getByRole('button', { name: 'Invånare per fast läkarkontakt' }).click();
    await expect(table.getByRole('columnheader', { name: /Invånare per fast läkarkontakt/ })).toHaveAttribute('aria-sort', 'ascending');

    const column = await table.locator('thead th').allTextContents();
    const index = column.findIndex((text) => text.includes('Invånare per fast läkarkontakt'));
    const values = (await table.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents()).map((text) =>
      Number(text.replace(/[^\d,]/g, '').replace(',', '.')),
    );
    expect(values).toHaveLength(21);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    await expect(table.locator('tfoot th')).toContainText('Riket');

    await page.getByLabel('Sök region').fill('got');
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table.locator('tbody tr')).toContainText('Region Gotland');
    await page.getByLabel('Sök region').fill('');
    await page.getByRole('combobox', { name: 'Beslut i kraft' }).selectOption({ label: 'Beslutat 1 100 (riktvärdet)' });
    const decided = (await table.locator('tbody tr th').allTextContents()).map((name) => name.replace('Exempeldata', '').trim());
    expect(decided.sort()).toEqual(['Region Gotland', 'Region Norrbotten', 'Region Stockholm', 'Region Uppsala', 'Region Östergötland'].sort());

    await page.reload();
    await expect(page.getByRole('tab', { name: 'Tabell' })).toHaveAttribute('aria-selected', 'true');
  });

  test('has no WCAG 2.1 AA violations', async ({ page }) => {
    await page.goto('/?view=table');
    await expect(page.getByRole('table', { name: /Regionernas beslut och bemanning/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('the chart view', () => {
  test('draws the chosen regions and Riket, with a text summary and the figures as a table', async ({ page }) => {
    await page.goto('/?view=chart');
    await page.getByRole('checkbox', { name: 'Region Gotland' }).check();
    await page.getByRole('checkbox', { name: 'Region Norrbotten' }).check();
    await expect(page).toHaveURL(/regions=09,25/);
    await expect(page.getByRole('img', { name: /Linjediagram/ }).locator('canvas')).toBeVisible();
    const summary = page.getByTestId('chart-summary');
    await expect(summary).toContainText('Region Gotland');
    await expect(summary).toContainText('Region Norrbotten');
    const table = page.getByRole('table', { name: /Linjediagram: Invånare per fast läkarkontakt/ });
    await expect(table.locator('thead th')).toHaveText(['Referensdatum', 'Region Gotland', 'Region Norrbotten', 'Riket']);
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expectNoAxeViolations(page);
  });
});
