import fs from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { expectDrawn } from './support/charts';

/*
 * The comparison against 1 100 with the labelled example dataset loaded (project "example-data"):
 * every region reports, so the regions are ranked by residents per fast läkarkontakt.
 */

const CAPTION = /^Regionerna jämförda med riktvärdet 1\s100/;
const table = (page: Page) => page.getByRole('table', { name: CAPTION });
const expectChartDrawn = async (page: Page) => {
  // Charts load as they come into view: scroll to it as a reader would.
  const chart = page.getByRole('img', { name: /Stapeldiagram: regionerna ordnade|Bar chart: the regions ordered/ });
  await chart.scrollIntoViewIfNeeded();
  await expectDrawn(chart);
};
/** "2 473" (with a no-break space) as a number. */
const figure = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** The table's ranked rows: rank, region and figure, in the table's order. */
async function tableRows(page: Page): Promise<[number, string, number][]> {
  const rows = table(page).locator('tbody').first().locator('tr[data-code]');
  return (await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')))).map(
    (cells) => [Number(cells[0]), cells[1] ?? '', figure(cells[2] ?? '')],
  );
}

test.describe('the comparison view with figures', () => {
  test('ranks the regions lowest first, and the chart draws the same rows, in the same order, with the same figures', async ({ page }) => {
    test.slow();
    await page.goto('/?view=comparison&date=2024-12-31');
    await expectChartDrawn(page);
    const rows = await tableRows(page);
    expect(rows).toHaveLength(21);
    const figures = rows.map(([, , value]) => value);
    expect(figures[0]).toBe(Math.min(...figures));
    expect([...figures].sort((a, b) => a - b)).toEqual(figures);
    expect(rows[0]?.[0]).toBe(1);
    // Every region reported 2024-12-31, with an earlier report to compare with.
    await expect(table(page).locator('tbody tr[data-code] td:nth-child(4)')).toHaveText(Array(21).fill('2024-12-31'));
    await expect(table(page).locator('tbody tr[data-code] td:nth-child(5)').first()).toContainText(/[↓↑] [\d ]+ \(sedan 2023-12-31\)|oförändrat/);
    await expect(table(page).locator('tfoot')).toContainText('21 av 21 regioner');

    // The chart as drawn (its SVG download): one label per row, "rank. region · figure".
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    const svg = (await fs.readFile((await download.path())!, 'utf8')).replace(/&#160;|&nbsp;|\u00a0/g, ' ');
    const drawn = [...svg.matchAll(/>(\d+)\. ([^<·]+?) · ([\d ]+?)(?: · [↓↑] [\d ]+)?</g)].map((m) => [Number(m[1]), m[2], figure(m[3] ?? '')]);
    expect(drawn).toEqual(rows);
    expect(svg).toContain('Riktvärde 1 100');
    expect(svg).toContain('Eget beslutat mål');
  });

  test('downloads the rows the table shows', async ({ page }) => {
    await page.goto('/en?view=comparison&date=2024-12-31');
    // The server draws the default view: the comparison's links exist once the page has read the address.
    await expect(page.getByRole('table', { name: /^The regions compared with the guideline/ })).toBeVisible({ timeout: 120_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    const lines = (await fs.readFile((await download.path())!, 'utf8')).split('\r\n');
    const ranked = lines.filter((line) => /^\d+,/.test(line)).map((line) => line.split(','));
    const rows = await page
      .getByRole('table', { name: /^The regions compared with the guideline/ })
      .locator('tbody')
      .first()
      .locator('tr[data-code]')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')));
    expect(ranked.map((cells) => [cells[0], cells[1], cells[2]])).toEqual(rows.map((cells) => [cells[0], cells[1], (cells[2] ?? '').replace(/,/g, '')]));
  });

  test('a region page highlights its region and says where it stands, and draws its own chart with Riket', async ({ page }) => {
    test.slow();
    await page.goto('/region/09');
    const standing = page.getByTestId('comparison-standing');
    await expect(standing).toContainText(/^Region Gotland är nr \d+ av 21 regioner med en publicerad siffra/);
    const rank = Number((await standing.textContent())?.match(/nr (\d+) av/)?.[1]);
    const highlighted = table(page).locator('tr[aria-current="true"]');
    await expect(highlighted).toHaveCount(1);
    await expect(highlighted.locator('th')).toHaveText('Region Gotland');
    await expect(highlighted.locator('td').first()).toHaveText(String(rank));
    await expect(highlighted.locator('th')).toHaveCSS('font-weight', '700');
    await expectChartDrawn(page);

    const regionChart = page.getByRole('img', { name: 'Invånare per fast läkarkontakt över tid' });
    await regionChart.scrollIntoViewIfNeeded();
    await expectDrawn(regionChart);
    await expect(page.getByTestId('region-chart-summary')).toContainText('Region Gotland');
    await expect(page.getByTestId('region-chart-summary')).toContainText('Riket');
  });

  for (const width of [390, 1280]) {
    for (const prefix of ['', '/en']) {
      test(`has no WCAG 2.1 AA violations at ${width} px (${prefix || '/'})`, async ({ page }) => {
        test.slow();
        await page.setViewportSize({ width, height: 900 });
        for (const path of [`${prefix || '/'}?view=comparison`, `${prefix}/region/09`]) {
          await page.goto(path);
          await expectChartDrawn(page);
          await expectNoAxeViolations(page);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        }
      });
    }
  }
});
