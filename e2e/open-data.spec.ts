import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';

test.describe('open-data documentation page', () => {
  test('documents every endpoint with working examples, the bulk download and the OpenAPI document', async ({ page, request }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Öppna data' }).click();
    await expect(page).toHaveURL(/\/oppna-data$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Öppna data' })).toBeVisible();
    for (const name of ['regions', 'population', 'decisions', 'staffing', 'measures', 'national', 'named-contact-shares', 'other-measures', 'rounds']) {
      await expect(page.getByRole('heading', { name: `GET /api/v1/${name}` })).toBeVisible();
    }
    const example = page.getByRole('link', { name: '/api/v1/decisions?asOf=2022-07-01' });
    const response = await request.get((await example.getAttribute('href'))!);
    expect(response.status()).toBe(200);

    const spec = await request.get('/api/v1/openapi.json');
    expect((await spec.json()).openapi).toBe('3.1.0');

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('link', { name: /Ladda ned alla tabeller/ }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^fast-lakarkontakt-\d{4}-\d{2}-\d{2}\.zip$/);
  });

  test('has no WCAG 2.1 AA violations in Swedish and English', async ({ page }) => {
    await page.goto('/oppna-data');
    await expectNoAxeViolations(page);
    await page.goto('/en/oppna-data');
    await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('open-data API over HTTP', () => {
  test('answers asOf=2022-07-01 with Gotland decided 1 100 and nothing known for Norrbotten', async ({ request }) => {
    const response = await request.get('/api/v1/decisions?asOf=2022-07-01');
    const body = await response.json();
    expect(body.data.find((d: { regionCode: string }) => d.regionCode === '09')).toMatchObject({ kind: 'decided_1100', state: 'figure_1100', targetFigure: 1100 });
    expect(body.data.find((d: { regionCode: string }) => d.regionCode === '25')).toMatchObject({ kind: null, state: 'unknown' });
  });

  test('revalidates with 304 through the server and lets a CDN cache', async ({ request }) => {
    const first = await request.get('/api/v1/measures');
    const etag = first.headers()['etag'];
    expect(etag).toBeTruthy();
    expect(first.headers()['cache-control']).toContain('public');
    expect(first.headers()['last-modified']).toBeTruthy();
    const second = await request.get('/api/v1/measures', { headers: { 'If-None-Match': etag! } });
    expect(second.status()).toBe(304);
    expect(await second.body()).toHaveLength(0);
  });

  test('allows cross-origin GET and answers the preflight', async ({ request }) => {
    const get = await request.get('/api/v1/regions', { headers: { Origin: 'https://example.org' } });
    expect(get.headers()['access-control-allow-origin']).toBe('*');
    expect(get.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const preflight = await request.fetch('/api/v1/regions', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()['access-control-allow-methods']).toContain('GET');
  });

  test('answers a bad parameter with a 400 problem document naming it', async ({ request }) => {
    const response = await request.get('/api/v1/decisions?asOf=2022-02-30&colour=red');
    expect(response.status()).toBe(400);
    expect(response.headers()['content-type']).toBe('application/problem+json');
    const body = await response.json();
    expect(body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(['asOf', 'colour']);
  });

  test('serves CSV on request', async ({ request }) => {
    const response = await request.get('/api/v1/regions', { headers: { Accept: 'text/csv' } });
    expect(response.headers()['content-type']).toContain('text/csv');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('code,nameSv,nameEn,isoCode');
    expect(lines).toHaveLength(22);
  });
});

test.describe('accessibility statement', () => {
  test('is linked from every page footer and has no WCAG 2.1 AA violations in either language', async ({ page }) => {
    await page.goto('/oppna-data');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await expect(page).toHaveURL(/\/tillganglighet$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tillgänglighetsredogörelse');
    await expect(page.getByRole('link', { name: /digg\.se\/tdosanmalan|DIGG/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/en/tillganglighet');
    await expectNoAxeViolations(page);
  });
});

test.describe('small screens', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('every public page reflows to 320 px without horizontal scrolling of the page', async ({ page }) => {
    for (const path of ['/', '/oppna-data', '/tillganglighet', '/region/09']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
