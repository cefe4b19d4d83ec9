import { expect, test } from '@playwright/test';
import { E2E_ACCOUNTS } from './accounts';
import { signIn } from './support/sign-in';

test('Auth.js’s own sign-out ends the session for every copy of the cookie', async ({ page, browser }) => {
  await signIn(page, E2E_ACCOUNTS.kalmar.email);
  const cookie = (await page.context().cookies()).find((c) => c.name.includes('session-token'));
  expect(cookie).toBeDefined();

  // A copy of the cookie in another browser is signed in, as the original is.
  const copy = await (await browser.newContext()).newPage();
  await copy.context().addCookies([cookie!]);
  await copy.goto('/konto');
  await expect(copy.getByTestId('signed-in-as')).toContainText(E2E_ACCOUNTS.kalmar.name);

  // Auth.js's sign-out endpoint, as its own sign-out page posts to it: with its CSRF token.
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const signedOut = await page.request.post('/api/auth/signout', { form: { csrfToken, callbackUrl: '/' }, maxRedirects: 0 });
  expect(signedOut.status()).toBe(302);
  expect((await page.context().cookies()).find((c) => c.name.includes('session-token'))).toBeUndefined();

  // The copy no longer signs in, and neither does the original cookie put back.
  await copy.goto('/konto');
  await expect(copy).toHaveURL(/\/logga-in\?next=%2Fkonto$/);
  await page.context().addCookies([cookie!]);
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/logga-in\?next=%2Fkonto$/);
  await copy.context().close();
});
