import { expect, test, type Page } from '@playwright/test';
import { E2E_ACCOUNTS, E2E_PASSWORD } from './accounts';
import { expectNoAxeViolations } from './accessibility';

async function signIn(page: Page, email: string, password: string, submit = 'Logga in') {
  await page.getByLabel(/E-postadress|E-mail address/).fill(email);
  await page.getByLabel(/Lösenord|Password/).fill(password);
  await page.getByRole('button', { name: submit, exact: true }).click();
}

const sessionCookie = async (page: Page) => (await page.context().cookies()).find((c) => c.name.includes('session-token'));

test.describe('signing in', () => {
  test('a protected page sends a signed-out visitor to sign in, and back to it afterwards', async ({ page }) => {
    await page.goto('/konto');
    await expect(page).toHaveURL(/\/logga-in\?next=%2Fkonto$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');

    await signIn(page, E2E_ACCOUNTS.gotland.email, E2E_PASSWORD);
    // Checking a password hash takes a while on a busy machine: wait for the answer.
    await expect(page).toHaveURL(/\/konto$/, { timeout: 120_000 });
    await expect(page.getByTestId('signed-in-as')).toContainText(E2E_ACCOUNTS.gotland.name);
    await expect(page.getByText('Behörighet: redigerare för Region Gotland.')).toBeVisible();

    const cookie = await sessionCookie(page);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    // What the session says about the user is only who it is: no name, address, role or region.
    const session = await (await page.request.get('/api/auth/session')).json();
    expect(Object.keys(session).sort()).toEqual(['expires', 'sessionId', 'sessionVersion', 'user', 'userId']);
    expect(Object.keys(session.user)).toEqual(['id']);
    await expectNoAxeViolations(page);

    // Signing out ends the session: the old cookie, replayed, no longer opens the page.
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect(page).toHaveURL(/\/logga-in\?signedOut/);
    await expect(page.getByRole('status').filter({ hasText: 'Du är utloggad.' })).toBeVisible();
    await page.context().addCookies([cookie!]);
    await page.goto('/konto');
    await expect(page).toHaveURL(/\/logga-in/);
  });

  test('a wrong password or an unknown account gets the same message, next to the form, and the address is kept', async ({ page }) => {
    await page.goto('/logga-in');
    await signIn(page, 'ingen.alls@region.example', E2E_PASSWORD);
    const alert = page.locator('#sign-in-summary');
    await expect(alert).toHaveText('Fel e-postadress eller lösenord.');
    await expect(page.getByLabel('E-postadress')).toHaveValue('ingen.alls@region.example');

    await signIn(page, E2E_ACCOUNTS.admin.email, 'ett helt annat lösenord');
    await expect(alert).toHaveText('Fel e-postadress eller lösenord.');
    expect(await sessionCookie(page)).toBeUndefined();
  });

  test('a missing address is pointed out at the field, and the page passes axe with the error shown', async ({ page }) => {
    await page.goto('/logga-in');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    const email = page.getByLabel('E-postadress');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${await email.getAttribute('aria-describedby')}`)).toHaveText('Skriv en e-postadress, till exempel namn@region.se.');
    await expectNoAxeViolations(page);
  });

  test('never returns the user to another site', async ({ page }) => {
    await page.goto('/en/logga-in?next=https%3A%2F%2Fevil.example%2F');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await signIn(page, E2E_ACCOUNTS.norrbotten.email, E2E_PASSWORD, 'Sign in');
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/en\/konto$/, { timeout: 120_000 });
    await expect(page.getByText('Access: editor for Region Norrbotten.')).toBeVisible();
  });

  test('an administrator is shown as such, and works by keyboard alone', async ({ page }) => {
    await page.goto('/logga-in');
    await page.getByLabel('E-postadress').focus();
    await page.keyboard.type(E2E_ACCOUNTS.admin.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(E2E_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/konto$/);
    await expect(page.getByText('Behörighet: administratör på Socialstyrelsen.')).toBeVisible();
  });
});
