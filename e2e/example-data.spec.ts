import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectNoAxeViolations } from './accessibility';
import { expectDrawn, pointAt } from './support/charts';

// This server runs with the example dataset loaded (see playwright.config.ts).
test.describe('with the example dataset loaded', () => {
  test('the page says it shows example data and marks every example figure', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('example-data-banner')).toContainText('Exempeldata');
    const rows = page.locator('table tbody tr');
    await expect(rows).toHaveCount(21);
    for (const row of await rows.all()) {
      await expect(row.locator('td').last()).toContainText('Exempeldata');
    }
    // The map's table ends with Riket, saying what it covers.
    const riket = page.getByRole('table', { name: /Beslut och invånare per fast läkarkontakt/ }).locator('tfoot tr');
    await expect(riket.locator('th')).toHaveText('Riket');
    await expect(page.getByTestId('national-figure')).toContainText('i de 21 av 21 regioner som rapporterat för det datumet (100 % av befolkningen');
    await expect(page.getByTestId('national-figure')).not.toContainText('Delvis');
  });

  test('the English page marks it too', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByTestId('example-data-banner')).toContainText('Example data');
    await expect(page.getByRole('row', { name: /Region Gotland/ }).locator('td').last()).toContainText('Example data');
  });

  test('has no WCAG 2.1 AA violations', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
  });
});

test.describe('a region page with the example dataset loaded', () => {
  test('marks the example figures and gives the pace toward 1 100 from them', async ({ page }) => {
    await page.goto('/region/09');
    await expect(page.getByTestId('example-data-banner')).toBeVisible();
    // The region's staffing table (the comparison on the same page is a table too).
    const rows = page.locator('table:has(caption#staffing-caption) tbody tr');
    await expect(rows).toHaveCount(4);
    for (const row of await rows.all()) await expect(row).toContainText('Exempeldata');
    await expect(page.getByTestId('region-summary')).toContainText(/nås 1 100 omkring \d{4}|närmar sig regionen inte 1 100|når redan 1 100/);
  });
});

test.describe('the table view', () => {
  test('sorts by residents per doctor with Riket last, filters by name and decision, and keeps its state in the URL', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'Tabell' }).click();
    await expect(page).toHaveURL(/view=table/);
    const table = page.getByRole('table', { name: /Regionernas beslut och bemanning/ });
    await table.getByRole('button', { name: 'Invånare per fast läkarkontakt' }).click();
    await expect(table.getByRole('columnheader', { name: /Invånare per fast läkarkontakt/ })).toHaveAttribute('aria-sort', 'ascending');

    const column = await table.locator('thead th').allTextContents();
    const index = column.findIndex((text) => text.includes('Invånare per fast läkarkontakt'));
    const values = (await table.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents()).map((text) =>
      Number(text.replace(/[^\d,]/g, '').replace(',', '.')),
    );
    expect(values).toHaveLength(21);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    await expect(table.locator('tfoot th')).toContainText('Riket');
    // Riket says what it covers: here every region reported for the same date.
    const riket = table.locator('tfoot tr');
    await expect(riket).toContainText('21 av 21 regioner');
    await expect(riket).toContainText('100 % av befolkningen');
    await expect(riket).not.toContainText('delvis');

    await page.getByLabel('Sök region').fill('got');
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table.locator('tbody tr')).toContainText('Region Gotland');
    await page.getByLabel('Sök region').fill('');
    await page.getByRole('combobox', { name: 'Beslut i kraft' }).selectOption({ label: 'Beslutat 1 100 (riktvärdet)' });
    const decided = (await table.locator('tbody tr th').allTextContents()).map((name) => name.replace('Exempeldata', '').trim());
    expect(decided.sort()).toEqual(['Region Gotland', 'Region Norrbotten', 'Region Stockholm', 'Region Uppsala', 'Region Östergötland'].sort());
    // Every decision state can be chosen by its own words; "no decision" per the source is not "nothing known".
    const kind = page.getByRole('combobox', { name: 'Beslut i kraft' });
    await expect(kind.locator('option')).toHaveText([
      'Alla beslut',
      'Beslutad siffra under 1 100 (strängare)',
      'Beslutat 1 100 (riktvärdet)',
      'Beslutad siffra över 1 100',
      'Beslutat minskning utan siffra',
      'Uttalad ambition, ingen beslutad siffra',
      'Inget beslut (enligt källan)',
      'Beslut att inte anta ett mål',
      'Tidigare beslut upphävt',
      'Inget känt beslut (ingen källa)',
    ]);
    await kind.selectOption({ label: 'Inget beslut (enligt källan)' });
    await expect(table.locator('tbody tr')).toHaveCount(2);
    const noDecision = (await table.locator('tbody tr th').allTextContents()).map((name) => name.replace('Exempeldata', '').trim());
    expect(noDecision.sort()).toEqual(['Region Dalarna', 'Region Kronoberg']);
    await kind.selectOption({ label: 'Beslutat 1 100 (riktvärdet)' });

    await page.reload();
    await expect(page.getByRole('tab', { name: 'Tabell' })).toHaveAttribute('aria-selected', 'true');
  });

  test('has no WCAG 2.1 AA violations', async ({ page }) => {
    await page.goto('/?view=table');
    await expect(page.getByRole('table', { name: /Regionernas beslut och bemanning/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('the chart view', () => {
  test('draws the chosen regions and Riket, with a text summary and the figures as a table', async ({ page }) => {
    await page.goto('/?view=chart');
    await page.getByRole('checkbox', { name: 'Region Gotland' }).check();
    await page.getByRole('checkbox', { name: 'Region Norrbotten' }).check();
    await expect(page).toHaveURL(/regions=09,25/);
    await expectDrawn(page.getByRole('img', { name: /Linjediagram/ }));
    const summary = page.getByTestId('chart-summary');
    await expect(summary).toContainText('Region Gotland');
    await expect(summary).toContainText('Region Norrbotten');
    const table = page.getByRole('table', { name: /Linjediagram: Invånare per fast läkarkontakt/ });
    await expect(table.locator('thead th')).toHaveText(['Referensdatum', 'Region Gotland', 'Region Norrbotten', 'Riket']);
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expectNoAxeViolations(page);
  });
});

test.describe('downloads', () => {
  test('the table view downloads as CSV and XLSX with what the table shows: its search, sort and figures', async ({ page, request }) => {
    await page.goto('/?view=table');
    const table = page.getByRole('table', { name: /Regionernas beslut och bemanning/ });
    await table.getByRole('button', { name: 'Invånare per fast läkarkontakt' }).click();
    await page.getByLabel('Sök region').fill('land');
    const shown = (await table.locator('tbody tr th').allTextContents()).map((name) => name.replace('Exempeldata', '').trim());
    expect(shown.length).toBeGreaterThan(1);
    const headers = await table.locator('thead th').allTextContents();
    const perDoctorColumn = headers.findIndex((text) => text.includes('Invånare per fast läkarkontakt'));
    const gotlandFigure = (await table.getByRole('row', { name: /Region Gotland/ }).locator('th, td').nth(perDoctorColumn).innerText()).split('\n')[0]!;

    const csvLink = page.getByRole('link', { name: 'CSV' });
    await csvLink.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await fs.readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    const headerLine = lines.findIndex((line) => line.startsWith('Region;'));
    const dataLines = lines.slice(headerLine + 1, lines.indexOf('', headerLine));
    // The same regions in the same order as on the page, then Riket.
    expect(dataLines.map((line) => line.split(';')[0]!.replace(' (Exempeldata)', ''))).toEqual([...shown, 'Riket']);
    const fileHeaders = lines[headerLine]!.split(';');
    const gotlandCells = dataLines.find((line) => line.startsWith('Region Gotland'))!.split(';');
    expect(Number(gotlandCells[fileHeaders.indexOf('Invånare per fast läkarkontakt')])).toBe(Number(gotlandFigure.replace(/\s/g, '')));
    expect(csv).toContain('CC BY 4.0');
    expect(csv).toContain('Exempeldata');

    const xlsxHref = await page.getByRole('link', { name: 'Excel (XLSX)' }).getAttribute('href');
    const xlsx = await request.get(xlsxHref!);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await xlsx.body()).buffer);
    const sheet = workbook.worksheets[0]!;
    const sheetHeaders = (sheet.getRow(3).values as unknown[]).slice(1);
    const gotlandRow = sheet.getRows(4, shown.length + 1)!.find((row) => String(row.getCell(1).value).startsWith('Region Gotland'))!;
    expect(gotlandRow.getCell(sheetHeaders.indexOf('Invånare per fast läkarkontakt') + 1).value).toBe(Number(gotlandFigure.replace(/\s/g, '')));
  });

  test('a chart downloads as PNG and SVG with its title, date and source drawn in', async ({ page }) => {
    await page.goto('/?view=chart&regions=09');
    await expectDrawn(page.getByRole('img', { name: /Linjediagram/ }));

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    const svg = await fs.readFile((await svgDownload.path())!, 'utf8');
    expect(svg).toContain('Linjediagram: Invånare per fast läkarkontakt över tid');
    expect(svg).toMatch(/Uppgifterna per \d{4}-\d{2}-\d{2}/);
    expect(svg).toContain('Källa: regionernas beslut och bemanning');
    expect(svg).toContain('Innehåller exempeldata');
    expect(svg).toContain('Region Gotland');

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    const png = await fs.readFile((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Width at twice the chart's, height taller than the chart: the frame is in the picture.
    expect(png.readUInt32BE(16)).toBeGreaterThan(600);
    expect(png.readUInt32BE(20)).toBeGreaterThan(2 * 520);
  });
});

test.describe('every view in both languages', () => {
  for (const prefix of ['', '/en']) {
    test(`has no WCAG 2.1 AA violations (${prefix || '/'})`, async ({ page }) => {
      // Four views, each loaded and analysed: a long test, however fast the machine.
      test.slow();
      for (const query of ['', '?measure=residentsPerDoctor&date=2024-06-01', '?view=chart&regions=09,25&measure=gapTo1100', '?view=table&date=2023-06-30']) {
        await page.goto(`${prefix || '/'}${query}`);
        await expect(page.getByRole('tabpanel')).toBeVisible();
        const chart = page.getByRole('img', { name: /Karta|Map|Linjediagram|Line chart/ });
        // The default map is the server's picture until pointed at; the others draw as they come into view.
        if (query === '') await pointAt(chart);
        if (query.includes('view=table')) await expect(page.getByRole('table').first()).toBeVisible();
        else await expectDrawn(chart);
        await expectNoAxeViolations(page);
      }
    });
  }
});
