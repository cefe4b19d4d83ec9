import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PUBLIC_DATA_DIR } from '../playwright.config';
import { E2E_PORT_OFFSET } from './accounts';

test.describe('security headers', () => {
  for (const url of ['/', '/en', '/api/health', '/finns-inte']) {
    test(`are sent on ${url}`, async ({ request }) => {
      const response = await request.get(url);
      const headers = response.headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).toContain("object-src 'none'");
      expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['x-powered-by']).toBeUndefined();
      expect(headers['set-cookie']).toBeUndefined();
    });
  }

  test('forbid framing the site in another page', async ({ page }) => {
    // setContent waits for the load event, which waits for the frame to load or be blocked.
    await page.setContent(`<iframe src="${test.info().project.use.baseURL}/"></iframe>`);
    const frame = page.frames()[1];
    expect(frame).toBeDefined();
    expect(await frame!.locator('table').count()).toBe(0);
  });
});

test.describe('freshness in a shared cache', () => {
  // A CDN or proxy may keep a public answer fresh for a minute and serve it stale for four more while it
  // fetches a new one: a correction reaches every cache in front within five minutes.
  for (const url of ['/', '/en', '/region/01', '/vad-ar-nytt', '/embed/sv/map', '/api/map/sv', '/api/v1/regions']) {
    test(`${url} may be served stale for minutes, not hours`, async ({ request }) => {
      const cacheControl = (await request.get(url)).headers()['cache-control'] ?? '';
      const seconds = (directive: string) => Number(new RegExp(`${directive}=(\\d+)`).exec(cacheControl)?.[1] ?? Number.NaN);
      expect(seconds('s-maxage'), cacheControl).toBeLessThanOrEqual(60);
      expect(seconds('stale-while-revalidate'), cacheControl).toBeLessThanOrEqual(240);
    });
  }
});

test.describe('readiness', () => {
  test('the health endpoint answers with the database in use and is never cached', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
    expect(response.headers()['cache-control']).toContain('no-store');
  });
});

test.describe('the embedded database directory', () => {
  test('cannot be opened by a second seed or server while the server runs, and the server keeps serving everything', async ({ page }) => {
    const second = spawnSync('npm', ['run', '--silent', 'db:seed'], {
      env: { ...process.env, PGLITE_DIR: PUBLIC_DATA_DIR, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(second.status).not.toBe(0);
    expect(second.stderr).toContain(`The embedded database directory ${path.resolve(PUBLIC_DATA_DIR)} is already in use`);
    expect(second.stderr).toContain('server.mjs');

    const secondServer = spawnSync('node', ['server.mjs'], {
      env: { ...process.env, PORT: String(3199 + E2E_PORT_OFFSET), PGLITE_DIR: PUBLIC_DATA_DIR, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(secondServer.status).toBe(1);
    expect(secondServer.stderr).toContain(`The embedded database directory ${path.resolve(PUBLIC_DATA_DIR)} is already in use`);

    await page.goto('/');
    await expect(page.locator('table tbody tr')).toHaveCount(21);
    await expect(page.getByRole('row', { name: /Region Gotland/ })).toContainText('juni 2022');
  });
});
