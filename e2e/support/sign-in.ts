import { expect, type Browser, type Page } from '@playwright/test';
import { E2E_PASSWORD } from '../accounts';

/** Signs in through the sign-in form (Swedish) and waits for the account page. */
export async function signIn(page: Page, email: string, password = E2E_PASSWORD): Promise<void> {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  // Signing in checks a password hash, which a busy machine takes a while over: wait for the answer.
  await expect(page).toHaveURL(/\/konto$/, { timeout: 120_000 });
}

/** A page in a browser context of its own (its own cookies), signed in as `email`. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}
