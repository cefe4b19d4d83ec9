import { expect, test, type Page } from '@playwright/test';
import { PUBLIC_PORT } from '../playwright.config';
import { E2E_ACCOUNTS, E2E_OIDC } from './accounts';
import { signIn } from './support/sign-in';

// The server's public origin (SITE_URL), where the provider sends the browser back.
const site = `http://localhost:${PUBLIC_PORT}`;

/** Signs in at the identity provider's own login page with the given subject, and consents. */
async function signInAtProvider(page: Page, subject: string) {
  await expect(page).toHaveURL(new RegExp(`^${E2E_OIDC.issuer}/`));
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  // The provider asks for consent the first time only: wait until it asks or has sent the browser back.
  const consent = page.getByRole('button', { name: 'Continue' });
  const atProvider = () => page.url().startsWith(`${E2E_OIDC.issuer}/`);
  await expect.poll(async () => !atProvider() || (await consent.isVisible()), { timeout: 120_000 }).toBe(true);
  if (atProvider() && (await consent.isVisible())) await consent.click();
}

test.describe('signing in through the organisation’s identity provider (OpenID Connect)', () => {
  test('an identity linked to an account signs in as that account and returns to the page asked for', async ({ page }) => {
    await page.goto(`${site}/konto`);
    await expect(page).toHaveURL(/\/logga-in\?next=%2Fkonto$/);
    await page.getByRole('button', { name: `Logga in med ${E2E_OIDC.name}` }).click();
    await signInAtProvider(page, E2E_OIDC.linkedSubject);
    await expect(page).toHaveURL(`${site}/konto`);
    await expect(page.getByTestId('signed-in-as')).toContainText('Olle Hallänning');
    await expect(page.getByText('Behörighet: redigerare för Region Halland.')).toBeVisible();
  });

  test('an identity linked to no account is refused with a clear message and no session', async ({ page }) => {
    await page.goto(`${site}/logga-in`);
    await page.getByRole('button', { name: `Logga in med ${E2E_OIDC.name}` }).click();
    await signInAtProvider(page, 'someone-unknown');
    await expect(page.getByTestId('sign-in-error')).toHaveText(/kontot finns inte här eller är avstängt/);
    expect((await page.context().cookies()).some((c) => c.name.includes('session-token'))).toBe(false);
    await page.goto(`${site}/konto`);
    await expect(page).toHaveURL(/\/logga-in/);
  });
});

test('an administrator links an identity to a new account; it signs in, and once deactivated its session ends and the identity is refused', async ({ browser }) => {
  test.slow();
  const admin = await (await browser.newContext({ baseURL: site })).newPage();
  await signIn(admin, E2E_ACCOUNTS.admin.email);
  await admin.goto('/administration/konton/ny');
  await admin.getByLabel('E-postadress').fill('ulla.uppsala@region.example');
  await admin.getByLabel('Namn').fill('Ulla Uppsalabo');
  await admin.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Uppsala' });
  await admin.getByLabel('Organisationens inloggning: utfärdare').fill(E2E_OIDC.issuer);
  await admin.getByLabel('Organisationens inloggning: personens identitet (sub)').fill('ulla-uppsala');
  await admin.getByRole('button', { name: 'Skapa kontot' }).click();
  await expect(admin.getByRole('row', { name: /Ulla Uppsalabo/ })).toContainText('organisationens inloggning');

  const person = await (await browser.newContext()).newPage();
  await person.goto(`${site}/logga-in`);
  await person.getByRole('button', { name: `Logga in med ${E2E_OIDC.name}` }).click();
  await signInAtProvider(person, 'ulla-uppsala');
  await expect(person).toHaveURL(`${site}/konto`);
  await expect(person.getByText('Behörighet: redigerare för Region Uppsala.')).toBeVisible();

  await admin.getByRole('link', { name: 'Ulla Uppsalabo' }).click();
  await admin.getByLabel('Status').selectOption({ label: 'Avstängt – kan inte logga in' });
  await admin.getByRole('button', { name: 'Spara ändringarna' }).click();
  await expect(admin.getByRole('row', { name: /Ulla Uppsalabo/ })).toContainText('Avstängt');

  await person.goto(`${site}/konto`);
  await expect(person).toHaveURL(/\/logga-in\?next=%2Fkonto$/);
  await person.getByRole('button', { name: `Logga in med ${E2E_OIDC.name}` }).click();
  // The provider still knows the person (its own session): the refusal is the product's.
  if (person.url().startsWith(E2E_OIDC.issuer)) await signInAtProvider(person, 'ulla-uppsala');
  await expect(person.getByTestId('sign-in-error')).toHaveText(/kontot finns inte här eller är avstängt/);
  await person.goto(`${site}/konto`);
  await expect(person).toHaveURL(/\/logga-in/);
});
