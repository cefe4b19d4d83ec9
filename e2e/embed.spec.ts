import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect as baseExpect, test, type FrameLocator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';

/*
 * Sharing and embedding a dashboard view: the embeds (/embed/<locale>/<view>) render inside another
 * site's frame and keep the view's state, every other page refuses to be framed, and "Kopiera länk" and
 * "Bädda in" hand out addresses that reproduce the view. Runs on the public record (project "public").
 */

const MAP_ON_2022_09_30 = '/embed/sv/map?date=2022-09-30';

// Pages hydrate and ECharts draws in a browser that shares a busy machine: wait for conditions generously.
const expect = baseExpect.configure({ timeout: 120_000 });
test.describe.configure({ timeout: 600_000 });

/**
 * Another site: a page on its own origin (another port) whose iframe shows the address in `?src=`.
 * Each worker starts its own, on a free port.
 */
async function startOtherSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://other.test').searchParams.get('src') ?? '';
    const attribute = src.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><title>Another site</title></head><body><h1>Another site</h1>` +
        `<iframe src="${attribute}" title="Embedded view" width="100%" height="760" style="border:0"></iframe></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The page of the other site framing `src`, and the frame's response once the frame has loaded. */
async function frameOnOtherSite(page: Page, origin: string, src: string) {
  const response = page.waitForResponse((r) => r.url() === src);
  const loaded = page.waitForEvent('framenavigated', { predicate: (frame) => frame !== page.mainFrame(), timeout: 60_000 });
  await page.goto(`${origin}/?src=${encodeURIComponent(src)}`);
  await expect(page.getByRole('heading', { name: 'Another site' })).toBeVisible();
  return { response: await response, frame: page.frameLocator('iframe'), navigated: await loaded };
}

/** The map embed on 2022-09-30 as a reader sees it: title, date, the map as an image, the source and the way back. */
async function expectMapEmbed(frame: FrameLocator | Page, measureName = 'Regionens beslut') {
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(measureName);
  await expect(frame.getByText('Karta · Läget 2022-09-30')).toBeVisible();
  await expect(frame.getByRole('img', { name: `Karta över regionerna: ${measureName} 2022-09-30` })).toBeVisible();
  await expect(frame.getByText(/^Källa: Uppföljning fast läkarkontakt, Socialstyrelsen/)).toBeVisible();
  await expect(frame.getByRole('link', { name: /^Öppna i Uppföljning fast läkarkontakt/ })).toBeVisible();
}

test.describe('embeds in another site', () => {
  let otherSite: Awaited<ReturnType<typeof startOtherSite>>;
  test.beforeAll(async () => {
    otherSite = await startOtherSite();
  });
  test.afterAll(async () => {
    await otherSite.close();
  });

  test('an embed renders inside another origin’s frame, drawn by ECharts', async ({ page, baseURL }) => {
    const { response, frame } = await frameOnOtherSite(page, otherSite.origin, `${baseURL}${MAP_ON_2022_09_30}`);
    expect(response.status()).toBe(200);
    await expectMapEmbed(frame);
    // ECharts has drawn into the frame (not only the server's placeholder picture).
    await expect(frame.getByRole('img', { name: /^Karta över regionerna/ }).locator('canvas')).toHaveCount(1);
    await expect(frame.getByTestId('example-data-banner')).toHaveCount(0);
  });

  test('the comparison renders inside another origin’s frame, with its date and its table one click away', async ({ page, baseURL }) => {
    const { response, frame } = await frameOnOtherSite(page, otherSite.origin, `${baseURL}/embed/sv/comparison?date=2022-09-30`);
    expect(response.status()).toBe(200);
    await expect(frame.getByText('Jämförelse · Läget 2022-09-30')).toBeVisible();
    await expect(frame.getByTestId('comparison-no-figures')).toBeVisible();
    await expect(frame.getByRole('img').locator('canvas')).toHaveCount(1);
    await frame.locator('details > summary').click();
    await expect(frame.locator('details table tbody tr')).not.toHaveCount(0);
    await expect(frame.getByRole('link', { name: /^Öppna i Uppföljning fast läkarkontakt/ })).toHaveAttribute('href', /^\/\?view=comparison&.*date=2022-09-30/);
  });

  test('the same frame pointed at the dashboard stays empty: the dashboard refuses to be framed', async ({ page, baseURL }) => {
    const { response, navigated } = await frameOnOtherSite(page, otherSite.origin, `${baseURL}/`);
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-frame-options']).toBe('DENY');
    // Chromium puts its error page in place of a refused document: none of the dashboard is in the frame.
    expect(navigated.url()).toMatch(/^chrome-error:/);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('tab')).toHaveCount(0);
    await expect(frame.getByText('Uppföljning fast läkarkontakt')).toHaveCount(0);
    expect(page.frames().some((f) => f.url().startsWith(`${baseURL}`))).toBe(false);
  });
});

test.describe('which pages may be framed', () => {
  test('only the embeds: they allow any ancestor, every other page none', async ({ request }) => {
    for (const path of ['/embed/sv/map', '/embed/en/chart?measure=decisionsOverTime', '/embed/sv/comparison?date=2022-09-30']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-security-policy'], path).toContain('frame-ancestors *');
      expect(response.headers()['x-frame-options'], path).toBeUndefined();
      expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    }
    for (const path of ['/', '/en', '/?view=chart', '/region/01', '/oppna-data', '/logga-in', '/api/v1/regions', '/embed']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(response.headers()['x-frame-options'], path).toBe('DENY');
    }
  });

  test('an unknown view or locale is not found', async ({ request, page }) => {
    for (const path of ['/embed/sv/table', '/embed/sv/nothing', '/embed/de/map', '/embed/sv']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    // The headers treat /EMBED/… as an embed path (Next matches them case-insensitively): it must not be
    // a page of the site either, which another site could then frame.
    const upperCase = await request.get('/EMBED/sv/map');
    expect(upperCase.status()).toBe(404);
    expect(await upperCase.text()).not.toContain('Hoppa till innehållet');
    await page.goto('/embed/en/table');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such view');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('sharing a view', () => {
  test('"Kopiera länk" copies the address with its state; the embed code reproduces the view, and its link leads back', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/?date=2022-09-30');
    // The page is rendered for today and then shows the address's date: from then on it answers to choices.
    await expect(page.getByRole('img', { name: 'Karta över regionerna: Regionens beslut 2022-09-30' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Visa på kartan' }).selectOption('shareWithNamedContact');
    await expect(page).toHaveURL(/\?measure=shareWithNamedContact&date=2022-09-30$/);

    const share = page.getByRole('region', { name: 'Dela' });
    await share.getByRole('button', { name: 'Kopiera länk' }).click();
    await expect(share.getByRole('status').first()).toHaveText('Kopierad: länken till vyn finns i urklipp.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    await share.getByText('Bädda in', { exact: true }).click();
    const code = share.getByLabel('Kod för att bädda in vyn (iframe)');
    await expect(code).toBeVisible();
    const iframe = await code.inputValue();
    const src = /src="([^"]+)"/.exec(iframe)?.[1]?.replaceAll('&amp;', '&');
    expect(src).toBe(`${baseURL}/embed/sv/map?measure=shareWithNamedContact&date=2022-09-30`);
    expect(iframe).toContain('title="Andel med namngiven fast läkarkontakt (Karta), Uppföljning fast läkarkontakt"');
    await share.getByRole('button', { name: 'Kopiera koden' }).click();
    await expect(share.getByRole('status').last()).toHaveText('Kopierad: koden finns i urklipp.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);

    // A change of view makes the notes on earlier copies go, and the code follows the view.
    await page.getByRole('combobox', { name: 'Visa på kartan' }).selectOption('decision');
    await expect(share.getByRole('status').last()).toHaveText('');
    await expect(code).toHaveValue(/src="[^"]+\/embed\/sv\/map\?date=2022-09-30"/);

    const embed = await context.newPage();
    await embed.goto(src!);
    await expectMapEmbed(embed, 'Andel med namngiven fast läkarkontakt');
    const [back] = await Promise.all([embed.waitForEvent('popup'), embed.getByRole('link', { name: /^Öppna i Uppföljning fast läkarkontakt/ }).click()]);
    await expect(back).toHaveURL(`${baseURL}/?measure=shareWithNamedContact&date=2022-09-30`);
    await expect(back.getByRole('combobox', { name: 'Visa på kartan' })).toHaveValue('shareWithNamedContact');
    await expect(back.getByRole('img', { name: 'Karta över regionerna: Andel med namngiven fast läkarkontakt 2022-09-30' })).toBeVisible();
  });

  test('the chart in English: the embed code opens the same chart, and its link the same dashboard view', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/en?view=chart');
    await expect(page.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
    const share = page.getByRole('region', { name: 'Share' });
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(share.getByRole('status').first()).toHaveText('Copied: the link to this view is on the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en?view=chart`);

    await share.getByText('Embed', { exact: true }).click();
    const iframe = await share.getByLabel('Code to embed this view (iframe)').inputValue();
    const src = /src="([^"]+)"/.exec(iframe)?.[1]?.replaceAll('&amp;', '&');
    expect(src).toBe(`${baseURL}/embed/en/chart?measure=decisionsOverTime`);

    const embed = await context.newPage();
    await embed.goto(src!);
    await expect(embed.locator('html')).toHaveAttribute('lang', 'en');
    await expect(embed.getByRole('heading', { level: 1 })).toHaveText('Decisions over time');
    await expect(embed.getByRole('img', { name: /^Bar chart: number of regions in each decision state/ })).toBeVisible();
    // Its text alternative is one click away.
    await embed.getByText('Show the figures as text and a table', { exact: true }).click();
    await expect(embed.getByTestId('timeline-summary')).toBeVisible();
    const [back] = await Promise.all([embed.waitForEvent('popup'), embed.getByRole('link', { name: /^Open in Named GP follow-up/ }).click()]);
    await expect(back).toHaveURL(`${baseURL}/en?view=chart&measure=decisionsOverTime`);
    await expect(back.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
    await expect(back.getByRole('combobox', { name: 'Measure in the chart' })).toHaveValue('decisionsOverTime');
  });

  test('without a clipboard the link is shown selected, to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto('/?date=2022-09-30');
    await expect(page.getByRole('img', { name: 'Karta över regionerna: Regionens beslut 2022-09-30' })).toBeVisible();
    const share = page.getByRole('region', { name: 'Dela' });
    await share.getByRole('button', { name: 'Kopiera länk' }).click();
    await expect(share.getByRole('status').first()).toContainText('Länken kunde inte kopieras automatiskt');
    const field = share.getByRole('textbox', { name: 'Länk till vyn' });
    await expect(field).toHaveValue(page.url());
    await expect(field).toBeFocused();
    expect(await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0))).toBe(page.url());
  });
});

test.describe('embeds for every reader', () => {
  for (const width of [320, 390, 1280]) {
    test(`no WCAG 2.1 AA violations and nothing wider than the screen at ${width} px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of [MAP_ON_2022_09_30, '/embed/en/chart', '/embed/en/comparison?date=2022-09-30']) {
        await page.goto(path);
        await expect(page.getByRole('img').first()).toBeVisible();
        await page.locator('details > summary').click();
        await expect(page.locator('details table')).toBeVisible();
        await expectNoAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        await page.locator('details > summary').click();
        await page.screenshot({ path: testInfo.outputPath(`${path.split('/').slice(2, 4).join('-').split('?')[0]}-${width}.png`) });
      }
    });
  }

  test('the table and the way back are reached by keyboard', async ({ page }) => {
    await page.goto(MAP_ON_2022_09_30);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regionens beslut');
    const summary = page.getByText('Visa uppgifterna som text och tabell', { exact: true });
    await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table', { name: 'Beslut och invånare per fast läkarkontakt 2022-09-30' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table')).toBeHidden();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Socialstyrelsen 2022-04-28' })).toBeFocused();
    await page.keyboard.press('Tab');
    const back = page.getByRole('link', { name: 'Öppna i Uppföljning fast läkarkontakt (öppnas i en ny flik)' });
    await expect(back).toBeFocused();
    await expect(back).toHaveAttribute('href', '/?date=2022-09-30');
    await expect(back).toHaveAttribute('target', '_blank');
  });
});
