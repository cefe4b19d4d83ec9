import { expect, test, type Page } from '@playwright/test';
import { E2E_ACCOUNTS } from './accounts';
import { signIn } from './support/sign-in';

/** The script-src directive of a response's policy. */
const scriptSrc = (policy: string | undefined) => policy?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';

/** Collects the page's policy violations, as the browser reports them to the page. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) logged.push(message.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)), ...logged];
}

test('an inline script or event handler injected into a page does not run, and the page still works', async ({ page }) => {
  await page.route('/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<body([^>]*)>/, '<body$1><script>window.__injected=1</script><img src=x onerror="window.__injected2=1">');
    // The server's own headers, its policy included; the body is sent decoded, so without its coding and length.
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !['content-encoding', 'content-length'].includes(name)));
    await route.fulfill({ status: response.status(), headers, body: html });
  });
  await page.goto('/');
  expect(await page.content()).toContain('window.__injected=1');
  // The page hydrated: its tabs switch by click.
  await page.getByRole('tab', { name: 'Tabell' }).click();
  await expect(page.getByRole('tab', { name: 'Tabell' })).toHaveAttribute('aria-selected', 'true');
  expect(await page.evaluate(() => [(window as unknown as { __injected?: number }).__injected, (window as unknown as { __injected2?: number }).__injected2])).toEqual([undefined, undefined]);
});

test('no page allows inline scripts by policy', async ({ page, request }) => {
  const paths = ['/', '/en', '/region/01', '/en/region/25', '/logga-in', '/oppna-data', '/ordlista', '/finns-inte', '/embed/sv/map', '/api/v1/regions'];
  for (const path of paths) {
    const response = await request.get(path);
    const policy = response.headers()['content-security-policy'];
    expect(policy, path).toBeDefined();
    expect(scriptSrc(policy), path).toMatch(/^script-src 'self'/);
    expect(scriptSrc(policy), path).not.toContain("'unsafe-inline'");
  }
  await signIn(page, E2E_ACCOUNTS.norrbotten.email);
  for (const path of ['/konto', '/rapportera']) {
    const response = await page.request.get(path);
    expect(scriptSrc(response.headers()['content-security-policy']), path).not.toContain("'unsafe-inline'");
  }
});

for (const path of ['/', '/en', '/region/01', '/logga-in']) {
  test(`Chromium reports no policy violation on ${path}`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('main')).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}

test('Chromium reports no policy violation on a signed-in page', async ({ page }) => {
  const violations = await watchViolations(page);
  await signIn(page, E2E_ACCOUNTS.norrbotten.email);
  await page.goto('/rapportera');
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
});
