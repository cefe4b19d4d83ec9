import { expect, test, type APIRequestContext, type Locator, type Page, type Request } from '@playwright/test';
import { E2E_ACCOUNTS } from './accounts';
import { clickWhenHydrated } from './support/hydration';
import { signedInPage } from './support/sign-in';

/*
 * Server actions are public endpoints: whoever can replay the HTTP request can call them. These tests
 * capture a real action request made by region Jämtland's editor (and stop it before it reaches the
 * server), then replay it byte for byte as others. Only the data-access layer stands in the way.
 */

interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** Clicks `button`, captures the server action request it sends, and aborts it before the server sees it. */
async function captureAction(page: Page, button: Locator): Promise<CapturedAction> {
  let captured: Request | null = null;
  await page.route('**/rapportera**', async (route) => {
    if (route.request().method() === 'POST' && route.request().headers()['next-action']) {
      captured = route.request();
      await route.abort();
    } else {
      await route.fallback();
    }
  });
  await clickWhenHydrated(button);
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute('**/rapportera**');
  const request = captured as unknown as Request;
  const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => !['cookie', 'content-length', 'host'].includes(name)));
  return { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
}

/** Replays the action; the outcome is where it sends the user (…?done=… or …?failed=…). */
async function replay(request: APIRequestContext, action: CapturedAction): Promise<string> {
  const response = await request.post(action.url, { headers: action.headers, data: action.body, maxRedirects: 0 });
  return response.headers()['x-action-redirect'] ?? `status ${response.status()}`;
}

async function draftStatus(page: Page, figure: string): Promise<string> {
  await page.goto('/rapportera');
  return (await page.getByRole('row', { name: new RegExp(figure) }).locator('td').nth(1).innerText()).trim();
}

test('a replayed submit of region A’s draft is refused for the signed-out, another region, an administrator and a signed-out session; only its own editor succeeds, once', async ({ browser, playwright, baseURL }) => {
  const owner = await signedInPage(browser, E2E_ACCOUNTS.jamtland.email);
  await owner.goto('/rapportera/beslut/ny');
  await owner.getByLabel('Vad beslutades?').selectOption({ label: 'Beslut om en annan siffra' });
  await owner.getByLabel('Antal invånare per fast läkarkontakt').fill('1 250');
  await owner.getByLabel('Beslutsdatum', { exact: true }).fill('2023-03');
  await owner.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(owner.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeVisible();

  const row = owner.getByRole('row', { name: /mars 2023/ });
  const submit = await captureAction(owner, row.getByRole('button', { name: 'Skicka in' }));
  expect(await draftStatus(owner, 'mars 2023')).toContain('Utkast');

  const anonymous = await playwright.request.newContext({ baseURL });
  expect(await replay(anonymous, submit)).toContain('failed=unauthenticated');

  for (const [account, failure] of [
    [E2E_ACCOUNTS.norrbotten, 'failed=not_found'],
    [E2E_ACCOUNTS.admin, 'failed=forbidden'],
  ] as const) {
    const other = await signedInPage(browser, account.email);
    expect(await replay(other.request, submit), account.email).toContain(failure);
  }
  expect(await draftStatus(owner, 'mars 2023')).toContain('Utkast');

  // The owner's own replay goes through — the captured request is a real one — and only once.
  expect(await replay(owner.request, submit)).toContain('done=submitted');
  expect(await draftStatus(owner, 'mars 2023')).toContain('Inskickad');
  expect(await replay(owner.request, submit)).toContain('failed=read_only');

  // After signing out, the same cookie no longer acts for anyone.
  const cookies = await owner.context().cookies();
  await owner.goto('/konto');
  await owner.getByRole('button', { name: 'Logga ut' }).click();
  await expect(owner).toHaveURL(/signedOut/);
  const stale = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
  expect(await replay(stale, submit)).toContain('failed=unauthenticated');
});

test('a field the form does not have (a region, say) is refused before anything is saved', async ({ browser }) => {
  const owner = await signedInPage(browser, E2E_ACCOUNTS.varmland.email);
  await owner.goto('/rapportera/beslut/ny');
  await owner.getByLabel('Vad beslutades?').selectOption({ label: 'Beslut om 1 100 invånare per fast läkarkontakt (riktvärdet)' });
  await owner.getByLabel('Beslutsdatum', { exact: true }).fill('2019');
  await owner.locator('form.form').evaluate((form) => {
    const injected = document.createElement('input');
    injected.type = 'hidden';
    injected.name = 'regionCode';
    injected.value = '25';
    form.append(injected);
  });
  await owner.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(owner.getByTestId('form-summary')).toContainText('Formuläret innehöll fält som inte hör dit.');
  await owner.goto('/rapportera');
  await expect(owner.getByRole('row', { name: /^2019/ })).toHaveCount(0);
});
