import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { formatNumber, formatShare } from '@/lib/i18n/format';
import { expectNoAxeViolations } from './accessibility';
import { CLOSED_EXAMPLE_ROUND, OPEN_EXAMPLE_ROUND } from './support/example-rounds';
import { checkPage, localised, LOCALES, openPage } from './support/widths';

// The national report of a closed round, on the server with the labelled example dataset: every
// region reported for the round's reference date (e2e/support/example-rounds.ts).
const round = CLOSED_EXAMPLE_ROUND;
const date = round.referenceDate;
const reportPath = `/rapport/${date}`;

type Measures = { regionCode: string; referenceDate: string | null; residentsPerDoctor: number | null; capacity: number | null; gapTo1100: number | null; decisionState: string | null }[];
type National = { residentsPerDoctor: number | null; coverageRegionCount: number; totalRegions: number; coveragePopulationShare: number }[];

async function fromApi(request: APIRequestContext) {
  const measures = (await (await request.get(`/api/v1/measures?asOf=${date}`)).json()).data as Measures;
  const national = (await (await request.get(`/api/v1/national?from=${date}&to=${date}`)).json()).data as National;
  return { regions: measures.filter((m) => m.regionCode !== '00'), riket: national[0]! };
}

/** A cell's text with its spaces (no-break or not) made plain, as a reader compares numbers. */
const plain = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function cellText(page: Page, code: string, measure: string): Promise<string> {
  return plain(await page.getByTestId('report-figures').locator(`tr[data-code="${code}"] [data-measure="${measure}"]`).textContent());
}

for (const { name, prefix } of LOCALES) {
  const locale = prefix ? 'en' : 'sv';
  const number = (value: number, digits = 0) => plain(formatNumber(value, locale, digits));

  test(`the report of a closed round in ${name} shows the same figures as the open-data API`, async ({ page, request }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(localised(prefix, '/rapport'));
    await page.getByTestId('round-reports').getByRole('link', { name: round.name }).click();
    await expect(page).toHaveURL(new RegExp(`${reportPath}$`));
    // Only closed rounds have a report.
    await page.goBack();
    await expect(page.getByTestId('round-reports')).not.toContainText(OPEN_EXAMPLE_ROUND.name);
    await page.goForward();

    await expect(page.getByRole('heading', { level: 1 })).toContainText(round.name);
    await expect(page.getByTestId('example-data-banner')).toBeVisible();
    await expect(page.getByTestId('report-taken-on')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);

    const api = await fromApi(request);
    expect(api.regions).toHaveLength(21);
    for (const region of api.regions) {
      expect(region.referenceDate, `region ${region.regionCode} reported for the round's date`).toBe(date);
      expect(await cellText(page, region.regionCode, 'residentsPerDoctor'), `residents per doctor, ${region.regionCode}`).toBe(number(region.residentsPerDoctor!));
      expect(await cellText(page, region.regionCode, 'capacity'), `capacity, ${region.regionCode}`).toBe(number(region.capacity!, 1));
      expect(await cellText(page, region.regionCode, 'gapTo1100'), `gap to 1 100, ${region.regionCode}`).toBe(number(region.gapTo1100!, 1));
    }

    // Riket with its coverage, in the summary and in the table's last row.
    const { riket } = api;
    expect(await cellText(page, '00', 'residentsPerDoctor')).toBe(number(riket.residentsPerDoctor!));
    const summary = plain(await page.getByTestId('report-national-figure').textContent());
    expect(summary).toContain(number(riket.residentsPerDoctor!));
    expect(summary).toContain(`${riket.coverageRegionCount} ${locale === 'en' ? 'of' : 'av'} ${riket.totalRegions}`);
    expect(summary).toContain(plain(formatShare(riket.coveragePopulationShare, locale)));

    // The ranking: lowest figure first, in the API's order, each decision in the words the map uses.
    const ranked = [...api.regions].sort((a, b) => a.residentsPerDoctor! - b.residentsPerDoctor! || a.regionCode.localeCompare(b.regionCode));
    const rankingRows = page.getByTestId('report-ranking').locator('tbody tr[data-code]');
    expect(await rankingRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')))).toEqual(ranked.map((r) => r.regionCode));
    const states = JSON.parse(fs.readFileSync(`messages/${locale}/charts.json`, 'utf8')).charts.decision.states as Record<string, string>;
    for (const region of api.regions) {
      await expect(rankingRows.and(page.locator(`[data-code="${region.regionCode}"]`)).locator('td').last()).toHaveText(states[region.decisionState!]!);
    }

    // Lateness: the example reports were published without a day of sending in, and the report says so.
    const decisions = page.getByTestId('report-decisions').locator('tbody tr');
    await expect(decisions).toHaveCount(21);
    expect(new Set(await decisions.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-timing'))))).toEqual(new Set(['date_unknown']));
    await expectNoAxeViolations(page);
  });

  for (const width of [390, 1280]) {
    test(`the report in ${name} fits ${width} px, with whole numbers and dates and no axe violation`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const url = localised(prefix, reportPath);
      await openPage(page, url, null);
      await checkPage(page, `${url} at ${width} px`, width);
      await page.screenshot({ path: test.info().outputPath(`report-${locale}-${width}.png`), fullPage: true });
    });
  }
}

test('printed, the report has no site chrome and makes an A4 PDF of a few pages', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(reportPath);
  await expect(page.locator('.site-header')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.site-footer', '.skip-link']) await expect(page.locator(chrome)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut eller spara som PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Sources print with their address.
  const after = await page.locator('a.print-address').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
  await page.screenshot({ path: test.info().outputPath('report-print.png'), fullPage: true });

  // On A4's printable width (210 mm less 2 × 12 mm margins, at 96 px per inch) nothing is cut off at the side.
  await page.setViewportSize({ width: 703, height: 1000 });
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(widths.scroll, 'the printed report is wider than an A4 page').toBeLessThanOrEqual(widths.inner);
  await page.screenshot({ path: test.info().outputPath('report-print-a4.png'), fullPage: true });

  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  fs.writeFileSync(test.info().outputPath('report.pdf'), pdf);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  // Summary, map, ranking, figures, decisions and method each start a page; none runs to dozens.
  expect(pages).toBeGreaterThanOrEqual(6);
  expect(pages).toBeLessThanOrEqual(16);
});

test('a round still open, a date without a round and hostile addresses have no report: 404, never 5xx', async ({ request }) => {
  for (const path of [
    `/rapport/${OPEN_EXAMPLE_ROUND.referenceDate}`,
    '/rapport/1999-12-31',
    '/en/rapport/2024-13-45',
    `/rapport/${encodeURIComponent("2024-12-31' or '1'='1")}`,
    `/rapport/${'9'.repeat(2000)}`,
    '/rapport/..%2F..%2Fetc%2Fpasswd',
  ]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});
