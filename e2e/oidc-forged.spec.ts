import { expect, test, type Page } from '@playwright/test';
import { E2E_FORGED } from './accounts';

// This server trusts a provider that forges ID tokens (e2e/support/forged-idp.mjs); the provider's
// defect is one setting for all, so the tests run one after another.
test.describe.configure({ mode: 'serial' });

async function useDefect(page: Page, mode: string) {
  const response = await page.request.post(`${E2E_FORGED.issuer}/mode?set=${mode}`);
  expect(response.ok()).toBe(true);
}

async function signInThroughProvider(page: Page) {
  await page.goto('/logga-in?next=%2Fkonto');
  await page.getByRole('button', { name: `Logga in med ${E2E_FORGED.name}` }).click();
}

const hasSession = async (page: Page) => (await page.context().cookies()).some((c) => c.name.includes('session-token'));

test('a correct ID token from the provider signs in the linked account', async ({ page }) => {
  await useDefect(page, 'valid');
  await signInThroughProvider(page);
  // Through the provider and back: on a busy machine this takes longer than expect's 5 s default.
  await expect(page).toHaveURL(/\/konto$/, { timeout: 120_000 });
  await expect(page.getByTestId('signed-in-as')).toContainText('Frida Förfalskningsprov');
});

for (const [defect, what] of [
  ['wrong-issuer', 'another issuer'],
  ['wrong-audience', 'another client as audience'],
  ['wrong-nonce', 'a nonce the app did not send'],
  ['expired', 'an expiry in the past'],
] as const) {
  test(`an ID token with ${what} is refused: no session, and a message`, async ({ page }) => {
    await useDefect(page, defect);
    await signInThroughProvider(page);
    await expect(page).toHaveURL(/\/logga-in\?error=/, { timeout: 120_000 });
    await expect(page.getByTestId('sign-in-error')).toHaveText('Inloggningen misslyckades. Försök igen.');
    expect(await hasSession(page)).toBe(false);
    await page.goto('/konto');
    await expect(page).toHaveURL(/\/logga-in/);
  });
}
