import { expect as baseExpect, test } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';

// With the example dataset loaded (project "example-data"): the embeds of figures say they are example data.
const expect = baseExpect.configure({ timeout: 120_000 });
test.describe.configure({ timeout: 600_000 });

test.describe('embeds with the example dataset loaded', () => {
  test('the chart of residents per fast läkarkontakt is labelled example data, with its figures one click away', async ({ page }) => {
    await page.goto('/embed/sv/chart?measure=residentsPerDoctor&regions=01,25');
    await expect(page.getByTestId('example-data-banner')).toContainText('Exempeldata');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invånare per fast läkarkontakt');
    await expect(page.getByRole('img', { name: 'Linjediagram: Invånare per fast läkarkontakt över tid' })).toBeVisible();
    await page.getByText('Visa uppgifterna som text och tabell', { exact: true }).click();
    const table = page.getByRole('table', { name: 'Linjediagram: Invånare per fast läkarkontakt över tid' });
    await expect(table.getByRole('columnheader')).toHaveText(['Referensdatum', 'Region Stockholm', 'Region Norrbotten', 'Riket']);
    await expectNoAxeViolations(page);
    const back = page.getByRole('link', { name: /^Öppna i Uppföljning fast läkarkontakt/ });
    await expect(back).toHaveAttribute('href', '/?view=chart&measure=residentsPerDoctor&regions=01,25');
  });

  test('the English map of residents per named GP is labelled too', async ({ page }) => {
    await page.goto('/embed/en/map?measure=residentsPerDoctor');
    await expect(page.getByTestId('example-data-banner')).toContainText('Example data');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Residents per named GP');
    await expect(page.getByRole('img', { name: /^Map of the regions: Residents per named GP/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
