import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { expectDrawn, pointAt } from './support/charts';

test.describe('start page, Swedish', () => {
  test('lists the 21 regions with population and the decision in force', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Uppföljning fast läkarkontakt');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    const rows = page.locator('table tbody tr');
    await expect(rows).toHaveCount(21);
    await expect(page.getByRole('columnheader', { name: 'Folkmängd' })).toBeVisible();
  });

  test("shows Gotland's and Norrbotten's 1 100 decisions and Värmland's 1 500, dated as far as known, with sources", async ({ page }) => {
    await page.goto('/');
    const gotland = page.getByRole('row', { name: /Region Gotland/ });
    await expect(gotland).toContainText('Beslut: 1 100');
    await expect(gotland).toContainText('juni 2022');
    await expect(gotland).not.toContainText('2022-06-01');
    await expect(gotland.getByRole('link', { name: /Läkartidningen/ })).toHaveAttribute('href', /^https:\/\/lakartidningen\.se\//);

    const norrbotten = page.getByRole('row', { name: /Region Norrbotten/ });
    await expect(norrbotten).toContainText('Beslut: 1 100');
    await expect(norrbotten).toContainText('augusti 2022');

    const varmland = page.getByRole('row', { name: /Region Värmland/ });
    await expect(varmland).toContainText('1 500 som steg mot 1 100');
    await expect(varmland).toContainText('(Verifierad)');

    await expect(page.getByRole('row', { name: /Region Uppsala/ })).toContainText('senast maj 2023');
  });

  test('shows population in Swedish number format with its year, and missing staffing as not reported', async ({ page }) => {
    await page.goto('/');
    const gotland = page.getByRole('row', { name: /Region Gotland/ });
    await expect(gotland.locator('td').first()).toHaveText(/^61\s029\s*31 dec 2023$/);
    await expect(gotland).toContainText('Ej rapporterad');
    await expect(page.getByTestId('national-figure')).toContainText('Ingen region har rapporterat bemanning');
    await expect(page.getByTestId('example-data-banner')).toHaveCount(0);
  });

  test('has no WCAG 2.1 AA violations', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
  });
});

test.describe('start page, English', () => {
  test('is reached from the language link by keyboard and stays on the same data', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab'); // skip link
    await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
    const switchLink = page.getByRole('link', { name: 'Read this page in English' });
    await switchLink.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('columnheader', { name: 'Population' })).toBeVisible();
    const gotland = page.getByRole('row', { name: /Region Gotland/ });
    await expect(gotland).toContainText('Decided: 1,100');
    await expect(gotland).toContainText('June 2022');
    await expect(page.locator('table tbody tr')).toHaveCount(21);
  });

  test('has no WCAG 2.1 AA violations', async ({ page }) => {
    await page.goto('/en');
    await expectNoAxeViolations(page);
  });
});

test.describe('pages that do not exist', () => {
  test('answer 404 with a plain message in the right language', async ({ page }) => {
    const response = await page.goto('/finns-inte');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Sidan finns inte' })).toBeVisible();
    await expectNoAxeViolations(page);

    const english = await page.goto('/en/no-such-page');
    expect(english?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

test.describe('the date slider', () => {
  test('shows the decisions in force on the chosen day and keeps the day in the URL', async ({ page }) => {
    await page.goto('/?date=2022-07-01');
    await expect(page.getByText('Läget 2022-07-01')).toBeVisible();
    await expect(page.getByRole('row', { name: /Region Gotland/ })).toContainText('Beslut: 1 100');
    await expect(page.getByRole('row', { name: /Region Norrbotten/ })).toContainText('Inget känt beslut');

    const slider = page.getByRole('slider', { name: 'Datum' });
    await slider.focus();
    for (let i = 0; i < 62; i += 1) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/date=2022-09-01/);
    await expect(page.getByRole('row', { name: /Region Norrbotten/ })).toContainText('Beslut: 1 100');

    await page.keyboard.press('End');
    await expect(page).not.toHaveURL(/date=/);
  });

  test('plays forward over time and can be paused', async ({ page }) => {
    await page.goto('/?date=2022-04-28');
    await page.getByRole('button', { name: 'Spela upp förändringen över tid' }).click();
    await expect(page).not.toHaveURL(/date=2022-04-28/);
    await page.getByRole('button', { name: 'Pausa' }).click();
    const paused = page.url();
    await page.waitForTimeout(1500);
    expect(page.url()).toBe(paused);
  });

  test('views are tabs operated by arrow keys', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'Karta' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Diagram' })).toBeFocused();
    await expect(page).toHaveURL(/view=chart/);
    await page.keyboard.press('End');
    await expect(page.getByRole('tab', { name: 'Jämförelse' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Tabell' })).toHaveAttribute('aria-selected', 'true');
  });
});

test.describe('the map view', () => {
  test('is drawn on the server, keeps that picture without any charting code, and becomes interactive when pointed at', async ({ page, request }) => {
    // Waits for network idle, then for ECharts to load and draw: generous on a busy machine.
    test.slow();
    const html = await (await request.get('/')).text();
    expect(html).toContain('src="/api/map/sv"');
    const picture = await request.get('/api/map/sv');
    expect(picture.headers()['content-type']).toContain('image/svg+xml');
    expect(picture.headers()['cache-control']).toContain('public');
    const svg = await picture.text();
    expect(svg.match(/<path /g)?.length ?? 0).toBeGreaterThanOrEqual(21);
    expect(svg).toContain('Beslut i kraft');
    // The legend's words, each state apart: no decision per the source is not "nothing known", nor a refusal.
    expect(svg).toContain('Inget känt beslut (ingen källa)');
    expect(svg).toContain('Inget beslut (enligt källan)');
    expect(svg).not.toContain('avstått eller upphävt');
    expect((await request.get('/api/map/xx')).status()).toBe(404);

    let scripts = 0;
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts += 1;
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    const map = page.getByRole('img', { name: /Karta över regionerna: Regionens beslut/ });
    await expect(map).toBeVisible();
    // Until the reader reaches for it, the map is the server's picture and no charting code is fetched.
    await expect(map.locator('img[src="/api/map/sv"]')).toBeVisible();
    await expect(map.locator('canvas')).toHaveCount(0);
    const scriptsBefore = scripts;
    await pointAt(map);
    expect(scripts, 'pointing at the map fetches its code').toBeGreaterThan(scriptsBefore);
    await expect(map.locator('img')).toHaveCount(0);
  });

  test('switches to residents per doctor, and says when nothing is reported', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Visa på kartan').selectOption('residentsPerDoctor');
    await expect(page).toHaveURL(/measure=residentsPerDoctor/);
    await expect(page.getByRole('img', { name: /Invånare per fast läkarkontakt/ })).toBeVisible();
    await expect(page.getByTestId('national-figure')).toContainText('Ingen region har rapporterat bemanning');
  });
});

test.describe('the map view download', () => {
  test('gives the map as SVG before it has been pointed at, drawn from the same option', async ({ page }) => {
    // Loads ECharts with its SVG renderer and draws the map off-screen: generous on a busy machine.
    test.slow();
    await page.goto('/');
    const map = page.getByRole('img', { name: /Karta över regionerna: Regionens beslut/ });
    await expect(map.locator('img[src="/api/map/sv"]')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^fast-lakarkontakt-karta-decision-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = await fs.readFile((await download.path())!, 'utf8');
    expect(svg).toContain('Karta över regionerna: Regionens beslut');
    expect(svg).toContain('Beslut i kraft');
    expect(svg.match(/<path /g)?.length ?? 0).toBeGreaterThanOrEqual(21);
    // Making the file loads the code but leaves the picture on the page as it is.
    await expect(map.locator('img[src="/api/map/sv"]')).toBeVisible();
  });

  test('gives the decisions in force on the slider’s day, and refuses bad requests with a problem document', async ({ page, request }) => {
    await page.goto('/?date=2022-07-01');
    const link = page.getByRole('link', { name: 'CSV' });
    await expect(link).toHaveAttribute('href', /date=2022-07-01/);
    const href = await link.getAttribute('href');
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toContain('attachment');
    const lines = (await response.text()).split('\r\n');
    const header = lines.find((line) => line.startsWith('Region;'))!.split(';');
    const decisionOf = (name: string) => lines.find((line) => line.startsWith(`${name};`))!.split(';')[header.indexOf('Beslut i kraft')];
    expect(decisionOf('Region Gotland')?.replace(/\s/g, ' ')).toBe('Beslut: 1 100 (riktvärdet)');
    expect(decisionOf('Region Norrbotten')).toBe('Inget känt beslut');
    // Nothing is reported in the public record: staffing is missing, never 0.
    expect(lines.find((line) => line.startsWith('Region Gotland;'))!.split(';')[header.indexOf('Invånare per fast läkarkontakt')]).toBe('Ej rapporterad');

    for (const bad of ['view=map&format=pdf', 'view=map&format=csv&date=2021-01-01', 'view=chart&format=csv&regions=99', 'view=map&format=csv&x=1']) {
      const refused = await request.get(`/api/download?${bad}`);
      expect(refused.status(), bad).toBe(400);
      expect(refused.headers()['content-type']).toContain('application/problem+json');
    }
  });
});

test.describe('decision states as the source states them', () => {
  // Dagens Medicin's survey of September 2022 found no decision in these regions: the source says so,
  // which is neither "nothing known" nor a refusal or a revocation.
  const noDecisionRegions = [
    { code: '20', sv: 'Region Dalarna', en: 'Region Dalarna' },
    { code: '07', sv: 'Region Kronoberg', en: 'Region Kronoberg' },
    { code: '01', sv: 'Region Stockholm', en: 'Region Stockholm' },
    { code: '14', sv: 'Västra Götalandsregionen', en: 'Region Västra Götaland' },
  ];
  const refusalWords = /avstått|upphävt|declined|revoked/i;

  for (const { prefix, caption, words } of [
    { prefix: '/', caption: 'Beslut och invånare per fast läkarkontakt 2022-09-30', words: 'Inget beslut (enligt källan)' },
    { prefix: '/en', caption: 'Decisions and residents per named GP on 2022-09-30', words: 'No decision (per the source)' },
  ]) {
    test(`the map's table says "${words}" for the regions the survey found without one (${prefix})`, async ({ page }) => {
      await page.goto(`${prefix}?date=2022-09-30`);
      const table = page.getByRole('table', { name: caption });
      await expect(table.locator('tbody tr')).toHaveCount(21);
      for (const region of noDecisionRegions) {
        const row = table.locator(`tr[data-region="${region.code}"]`);
        await expect(row.getByRole('rowheader')).toHaveText(prefix === '/' ? region.sv : region.en);
        await expect(row.locator('td').nth(1)).toHaveText(words);
        await expect(row).not.toContainText(refusalWords);
      }
      await expect(page.locator('body')).not.toContainText(refusalWords);
    });
  }

  test('the region page says the same', async ({ page }) => {
    await page.goto('/region/20');
    await expect(page.getByRole('heading', { level: 1, name: 'Region Dalarna' })).toBeVisible();
    await expect(page.getByTestId('region-summary')).toContainText('Inget beslut (enligt källan)');
    await expect(page.locator('ol.timeline > li').first()).toContainText('Inget beslut (enligt källan)');
    await expect(page.locator('main')).not.toContainText(refusalWords);

    await page.goto('/en/region/20');
    await expect(page.getByTestId('region-summary')).toContainText('No decision (per the source)');
    await expect(page.locator('ol.timeline > li').first()).toContainText('No decision (per the source)');
    await expect(page.locator('main')).not.toContainText(refusalWords);
  });
});

test.describe('the chart view without staffing figures', () => {
  test('shows decisions over time since the guideline, with its summary and table, and passes axe', async ({ page }) => {
    await page.goto('/?view=chart');
    await expect(page.getByRole('tab', { name: 'Diagram' })).toHaveAttribute('aria-selected', 'true');
    const measure = page.getByLabel('Mått i diagrammet');
    await expect(measure).toHaveValue('decisionsOverTime');
    await expect(measure.locator('option:checked')).toHaveText('Beslut över tid');
    await expectDrawn(page.getByRole('img', { name: /Stapeldiagram: antal regioner per beslutsläge/ }));

    // The summary runs from the first month's end after the guideline (2022-04-28).
    const summary = page.getByTestId('timeline-summary');
    await expect(summary).toContainText('2022-04-30:');
    expect((await summary.innerText()).match(/\d{4}-\d{2}-\d{2}/)?.[0]).toBe('2022-04-30');

    const table = page.getByRole('table', { name: /Stapeldiagram: antal regioner per beslutsläge/ });
    await expect(table.locator('thead th').first()).toHaveText('Månadens slut');
    await expect(table.locator('thead th')).toContainText(['Inget beslut (enligt källan)', 'Inget känt beslut (ingen källa)']);
    const rows = table.locator('tbody tr');
    await expect(rows.first().locator('th')).toHaveText('2022-04-30');
    // Every row counts each of the 21 regions once.
    for (const row of await rows.all()) {
      const counts = (await row.locator('td').allInnerTexts()).map((text) => Number(text.replace(/\s/g, '')));
      expect(counts.reduce((sum, n) => sum + n, 0), await row.locator('th').innerText()).toBe(21);
    }
    await expectNoAxeViolations(page);
  });
});

test.describe('the map of the named-contact share', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test('keeps the decision status table beneath it and passes axe', async ({ page }) => {
    await page.goto('/?measure=shareWithNamedContact&date=2023-06-30');
    await expect(page.getByLabel('Visa på kartan')).toHaveValue('shareWithNamedContact');
    await expectDrawn(page.getByRole('img', { name: /Karta över regionerna: Andel med namngiven fast läkarkontakt 2023-06-30/ }));
    const table = page.getByRole('table', { name: 'Beslut och invånare per fast läkarkontakt 2023-06-30' });
    await expect(table.locator('tbody tr')).toHaveCount(21);
    await expect(table.locator('tfoot th')).toHaveText('Riket');
    await expectNoAxeViolations(page);
  });
});
