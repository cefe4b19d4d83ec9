import { expect, test, type Page } from '@playwright/test';
import { E2E_ACCOUNTS } from './accounts';
import { signIn } from './support/sign-in';

/*
 * Input the database cannot hold is refused with a message, never a server error: an id beyond the
 * integer column is a page not found, and a NUL typed into a field is named at the field, both by the
 * browser's own check and (without JavaScript) by the server's.
 */

const CONTROL_MESSAGE = 'Texten innehåller ett tecken som inte kan sparas (styrtecken).';

async function typeNulIntoDecidingBody(page: Page) {
  await page.goto('/rapportera/beslut/ny');
  await page.getByLabel('Vad beslutades?').selectOption({ label: 'Beslut om en annan siffra' });
  await page.getByLabel('Antal invånare per fast läkarkontakt').fill('1 400');
  await page.getByLabel('Beslutsdatum', { exact: true }).fill('2024-05');
  await page.getByLabel('Beslutande organ').fill('Region\u0000fullmäktige');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByLabel('Beslutande organ')).toHaveAttribute('aria-invalid', 'true', { timeout: 120_000 });
  await expect(page.locator('#decidingBody-error')).toHaveText(CONTROL_MESSAGE);
}

test('an id beyond the database’s integers is not found, and a NUL in a field is named at the field', async ({ page }) => {
  test.slow();
  await signIn(page, E2E_ACCOUNTS.gotland.email);
  for (const path of ['/rapportera/beslut/2147483648', '/rapportera/bemanning/2147483648', `/rapportera/beslut/${2 ** 53}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await typeNulIntoDecidingBody(page);
});

test('without JavaScript the server names the same field', async ({ browser }) => {
  test.slow();
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(page, E2E_ACCOUNTS.gotland.email);
  await typeNulIntoDecidingBody(page);
});
