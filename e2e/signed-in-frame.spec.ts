import { expect, test, type Page } from '@playwright/test';
import { E2E_ACCOUNTS } from './accounts';
import { expectNoAxeViolations } from './accessibility';
import { signedInPage } from './support/sign-in';

/*
 * The frame every signed-in page carries (who, in what role, for which region, and the way to each part
 * of their work), the administrators' home, and the public pages' feed links. Public pages are cached
 * for everyone, so they must carry nothing about who asks, even when someone signed in asks.
 */

const frameOf = (page: Page, label = 'Inloggad') => page.getByRole('navigation', { name: label });

test('an editor’s frame names them and their region and leads to reporting, the account and out; public pages name nobody', async ({ browser }) => {
  const { name } = E2E_ACCOUNTS.jamtland;
  const page = await signedInPage(browser, E2E_ACCOUNTS.jamtland.email);

  for (const path of ['/rapportera', '/konto']) {
    await page.goto(path);
    const frame = frameOf(page);
    await expect(frame).toContainText(`Inloggad som ${name}.`);
    await expect(frame).toContainText('Redigerare för Region Jämtland Härjedalen');
    await expect(frame.getByRole('link')).toHaveText(['Rapportera', 'Konto']);
    await expect(frame.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  }
  await frameOf(page).getByRole('link', { name: 'Rapportera' }).click();
  await expect(page).toHaveURL(/\/rapportera$/);

  await page.goto('/en/rapportera');
  const english = frameOf(page, 'Signed in');
  await expect(english).toContainText(`Signed in as ${name}.`);
  await expect(english).toContainText('Editor for Region Jämtland Härjedalen');
  await expect(english.getByRole('link')).toHaveText(['Report', 'Account']);
  await expect(english.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // An editor has no administration: the home refuses, and no frame offers it.
  await page.goto('/administration');
  await expect(page.getByRole('heading', { name: 'Att göra nu' })).toHaveCount(0);

  for (const path of ['/', '/region/23', '/vad-ar-nytt', '/rapporteringslage']) {
    await page.goto(path);
    await expect(page.getByTestId('signed-in-frame'), path).toHaveCount(0);
    expect(await page.content(), `${path} names who asks`).not.toContain(name);
  }
  // The footer of a public page leads to the account page, where a signed-in person's frame is.
  await page.getByRole('contentinfo').getByRole('link', { name: /Konto och inloggning/ }).click();
  await expect(page).toHaveURL(/\/konto$/);
  await expect(frameOf(page)).toContainText(name);
});

test('an administrator’s frame leads to the administration’s home, which says what needs attention now', async ({ browser }) => {
  const page = await signedInPage(browser, E2E_ACCOUNTS.admin.email);
  const frame = frameOf(page);
  await expect(frame).toContainText(`Inloggad som ${E2E_ACCOUNTS.admin.name}.`);
  await expect(frame).toContainText('Administratör på Socialstyrelsen');
  await expect(frame.getByRole('link')).toHaveText(['Administration', 'Konto']);

  await frame.getByRole('link', { name: 'Administration' }).click();
  await expect(page).toHaveURL(/\/administration$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Att göra nu' })).toBeVisible();
  const attention = page.getByTestId('admin-attention');
  await expect(attention.getByRole('link', { name: /väntar på granskning$/ })).toBeVisible();
  await expect(attention).toContainText(/publicer/);
  await expect(page.getByRole('heading', { name: 'Omgångar som väntar på regioner' })).toBeVisible();
  await expectNoAxeViolations(page);

  await attention.getByRole('link', { name: /väntar på granskning$/ }).click();
  await expect(page).toHaveURL(/\/administration\/granskning$/);
  await expect(frameOf(page)).toContainText('Administratör på Socialstyrelsen');

  await page.goto('/en/administration');
  await expect(frameOf(page, 'Signed in')).toContainText('Administrator at Socialstyrelsen');
  await expect(frameOf(page, 'Signed in').getByRole('link')).toHaveText(['Administration', 'Account']);
});

test('the change log and each region page link to their Atom feed, in the page and in its head, and the feed answers', async ({ page, request }) => {
  for (const [path, linkName, feed] of [
    ['/vad-ar-nytt', 'Följ ändringarna i en flödesläsare (Atom)', '/api/feed/sv'],
    ['/en/vad-ar-nytt', /Atom/, '/api/feed/en'],
    ['/region/09', /Atom/, '/api/feed/sv/09'],
    ['/en/region/09', /Atom/, '/api/feed/en/09'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: linkName }), path).toHaveAttribute('href', feed);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute('href', new RegExp(`${feed}$`));
    const response = await request.get(feed);
    expect(response.status(), feed).toBe(200);
    expect(response.headers()['content-type'], feed).toMatch(/^application\/atom\+xml/);
    expect(await response.text(), feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  }
});
