import fs from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { expectDrawn } from './support/charts';

/*
 * The comparison against 1 100 on the public record (project "public"), which has decisions but no
 * staffing figures: the regions ordered by decision state, each decided figure compared with 1 100 and
 * named as a decision, and the plain statement that no figures are published yet.
 */

const TARGETS_CAPTION = /^Regionernas beslutade mål jämförda med riktvärdet 1\s100/;
const targetsTable = (page: Page) => page.getByRole('table', { name: TARGETS_CAPTION });
/** The chart is drawn once ECharts has loaded. */
const expectChartDrawn = async (page: Page) => {
  // Charts load as they come into view: scroll to it as a reader would.
  const chart = page.getByRole('img', { name: /beslutade mål|decided targets/ });
  await chart.scrollIntoViewIfNeeded();
  await expectDrawn(chart);
};

test.describe('the comparison view on the public record', () => {
  test('is a tab reached by keyboard, and its view and date are in the address and survive a reload', async ({ page }) => {
    await page.goto('/?date=2022-09-30');
    // The tabs answer keys once the page is interactive: the map is drawn by then.
    await expect(page.getByRole('img', { name: /^Karta/ }).locator('canvas')).toBeVisible({ timeout: 120_000 });
    const mapTab = page.getByRole('tab', { name: 'Karta' });
    await mapTab.focus();
    await page.keyboard.press('End');
    const tab = page.getByRole('tab', { name: 'Jämförelse' });
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/\?view=comparison&date=2022-09-30$/);
    await expect(targetsTable(page)).toHaveAccessibleName(/2022-09-30/);

    await page.reload();
    await expect(page.getByRole('tab', { name: 'Jämförelse' })).toHaveAttribute('aria-selected', 'true');
    await expect(targetsTable(page)).toHaveAccessibleName(/2022-09-30/);
    await expectChartDrawn(page);
  });

  test('says that no staffing figures are published, and lists the decided targets by decision state, never as zero', async ({ page }) => {
    await page.goto('/?view=comparison&date=2022-09-30');
    await expect(targetsTable(page)).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('comparison-no-figures')).toContainText('Inga bemanningssiffror är publicerade ännu');
    const table = targetsTable(page);
    // No rank and no measured figure: only what was decided.
    await expect(table.getByRole('columnheader', { name: 'Nr' })).toHaveCount(0);
    await expect(table.getByRole('columnheader', { name: 'Invånare per fast läkarkontakt' })).toHaveCount(0);
    const groups = await table.locator('tbody th[scope="rowgroup"]').allTextContents();
    expect(groups[0]).toBe('Beslut: 1 100 (riktvärdet)');
    expect(groups[1]).toBe('Beslutad siffra över 1 100');
    expect(groups).toContain('Inget beslut (enligt källan)');
    expect(groups.at(-1)).toBe('Inget känt beslut (ingen källa)');
    const first = table.locator('tbody').first();
    await expect(first.locator('tr[data-code] th')).toHaveText(['Region Gotland', 'Region Norrbotten']);
    await expect(first.locator('tr[data-code="09"]')).toContainText('lika med 1 100');
    const värmland = table.locator('tr[data-code="17"]');
    await expect(värmland).toContainText('1 500');
    await expect(värmland).toContainText('400 över 1 100');
    // Every region once; none shown as 0.
    await expect(table.locator('tr[data-code]')).toHaveCount(21);
    for (const cell of await table.locator('tr[data-code] td.numeric').allTextContents()) expect(cell.trim()).not.toBe('0');
    // Stockholm had no decision per the source: not a refusal.
    const stockholm = table.locator('tr[data-code="01"]');
    await expect(stockholm).toContainText('Inget beslut');
    await expect(stockholm).not.toContainText('inte anta');
  });

  test('downloads the comparison with its rows', async ({ page }) => {
    await page.goto('/?view=comparison&date=2022-09-30');
    // The server draws the default view: the comparison's links exist once the page has read the address.
    await expect(targetsTable(page)).toBeVisible({ timeout: 120_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('fast-lakarkontakt-jamforelse-2022-09-30.csv');
    const lines = (await fs.readFile((await download.path())!, 'utf8')).split('\r\n');
    const names = await targetsTable(page).locator('tr[data-code] th').allTextContents();
    // The file's rows, in the table's order, each beginning with the (empty) rank and the region.
    const fileNames = lines.filter((line) => /^;(Region |Västra)/.test(line)).map((line) => line.split(';')[1]);
    expect(fileNames).toEqual(names);
    expect(lines.find((line) => line.startsWith(';Region Värmland;'))).toContain(';1500;');
  });

  test('a region page highlights its region in the comparison and has no empty chart', async ({ page }) => {
    await page.goto('/region/17');
    await expect(page.getByTestId('region-chart-none')).toContainText('Inga bemanningssiffror är publicerade för Region Värmland ännu');
    await expect(page.getByTestId('comparison-standing')).toContainText('Beslut i kraft för Region Värmland');
    const highlighted = targetsTable(page).locator('tr[aria-current="true"]');
    await expect(highlighted).toHaveCount(1);
    await expect(highlighted.locator('th')).toHaveText('Region Värmland');
    await expect(highlighted.locator('th')).toHaveCSS('font-weight', '700');
    await expectChartDrawn(page);
  });

  for (const width of [390, 1280]) {
    for (const prefix of ['', '/en']) {
      test(`has no WCAG 2.1 AA violations at ${width} px (${prefix || '/'})`, async ({ page }) => {
        test.slow();
        await page.setViewportSize({ width, height: 900 });
        for (const path of [`${prefix || '/'}?view=comparison&date=2024-06-30`, `${prefix}/region/25`]) {
          await page.goto(path);
          await expectChartDrawn(page);
          await expectNoAxeViolations(page);
          // Nothing wider than the screen: the table scrolls in its own region.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        }
      });
    }
  }
});
