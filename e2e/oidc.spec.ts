import { expect, test, type Page } from '@playwright/test';
import { PUBLIC_PORT } from '../playwright.config';
import { E2E_OIDC } from './accounts';

// Next hands route handlers its own address (localhost), so these tests use that address throughout.
const site = `http://localhost:${PUBLIC_PORT}`;

/** Signs in at the identity provider's own login page with the given subject, and consents. */
async function signInAtProvider(page: Page, subject: string) {
  await expect(page).toHaveURL(new RegExp(`^${E2E_OIDC.issuer}/`));
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  const consent = page.getByRole('button', { name: 'Continue' });
  if (await consent.isVisible({ timeout: 5_000 }).catch(() => false)) await consent.click();
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
