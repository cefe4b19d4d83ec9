import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';

/*
 * The whole view in the address (the table's search, decision filter, sort and columns beside view and
 * date), and dates one can reach: a date field, Page Up/Down on the slider, and steps from change to
 * change. Runs on the public record (project "public"), where no staffing is reported.
 */

const TABLE_CAPTION = /^Regionernas beslut och bemanning/;
/** The visible columns once "Källa för beslutet" is hidden, as the address and the downloads name them. */
const COLUMNS_WITHOUT_SOURCE =
  'name,decision,decisionDate,population,capacity,residentsPerDoctor,gapTo1100,gapToOwnTarget,shareWithNamedContact,latestReportDate';
const FULL_VIEW = `?view=table&date=2022-09-30&q=k&kind=no_decision&sort=population&columns=${COLUMNS_WITHOUT_SOURCE}`;

const search = (page: Page) => new URL(page.url()).search;
const regionNames = (page: Page) => page.getByRole('table', { name: TABLE_CAPTION }).locator('tbody tr th');

/**
 * The table view as FULL_VIEW asks for it: on 2022-09-30, regions whose name has a "k" and where the
 * source says there was no decision (Stockholm and Kronoberg), by population ascending, without the
 * source column.
 */
async function expectFullView(page: Page) {
  await expect(page.getByRole('tab', { name: 'Tabell' })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByRole('table', { name: TABLE_CAPTION });
  await expect(table).toHaveAccessibleName(/Regionernas beslut och bemanning 2022-09-30/);
  await expect(regionNames(page)).toHaveText(['Region Kronoberg', 'Region Stockholm']);
  await expect(page.getByLabel('Sök region')).toHaveValue('k');
  await expect(page.getByRole('combobox', { name: 'Beslut i kraft' })).toHaveValue('no_decision');
  await expect(table.getByRole('columnheader', { name: 'Folkmängd' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('checkbox', { name: 'Källa för beslutet' })).not.toBeChecked();
  await expect(table.getByRole('columnheader', { name: 'Källa för beslutet' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Visar 2 av 21 regioner' })).toContainText('sorterat efter Folkmängd (stigande)');
  expect(search(page)).toBe(FULL_VIEW);
}

test.describe('the table view in the address', () => {
  test('sorting, searching, filtering and hiding a column survive a reload and a shared link', async ({ page, browser }) => {
    await page.goto('/?view=table&date=2022-09-30');
    const table = page.getByRole('table', { name: TABLE_CAPTION });
    await expect(table).toHaveAccessibleName(/2022-09-30/);

    await table.getByRole('button', { name: 'Folkmängd' }).click();
    await expect(page).toHaveURL(/\?view=table&date=2022-09-30&sort=population$/);
    await page.getByLabel('Sök region').fill('k');
    await expect(page).toHaveURL(/&q=k&sort=population$/);
    await page.getByRole('combobox', { name: 'Beslut i kraft' }).selectOption('no_decision');
    await expect(page).toHaveURL(/&kind=no_decision&/);
    await page.getByRole('checkbox', { name: 'Källa för beslutet' }).uncheck();
    await expect(page).toHaveURL(/&columns=/);
    await expectFullView(page);

    // The downloads carry the same choices.
    const csv = new URL((await page.getByRole('link', { name: 'CSV' }).getAttribute('href'))!, page.url()).searchParams;
    expect(Object.fromEntries(['q', 'kind', 'sort', 'order', 'columns', 'date'].map((name) => [name, csv.get(name)]))).toEqual({
      q: 'k',
      kind: 'no_decision',
      sort: 'population',
      order: 'asc',
      columns: COLUMNS_WITHOUT_SOURCE,
      date: '2022-09-30',
    });

    await page.reload();
    await expectFullView(page);

    // Someone else opening the copied address, with nothing of this browser's state.
    const context = await browser.newContext();
    try {
      const other = await context.newPage();
      await other.goto(page.url());
      await expectFullView(other);
    } finally {
      await context.close();
    }
  });

  test('back and forward step through the choices', async ({ page }) => {
    await page.goto('/?view=table&date=2022-09-30');
    const table = page.getByRole('table', { name: TABLE_CAPTION });
    await expect(table).toHaveAccessibleName(/2022-09-30/);
    await table.getByRole('button', { name: 'Folkmängd' }).click();
    await expect(table.getByRole('columnheader', { name: 'Folkmängd' })).toHaveAttribute('aria-sort', 'ascending');
    await table.getByRole('button', { name: 'Folkmängd' }).click();
    await expect(page).toHaveURL(/sort=population&order=desc$/);
    await expect(table.getByRole('columnheader', { name: 'Folkmängd' })).toHaveAttribute('aria-sort', 'descending');
    await page.getByRole('combobox', { name: 'Beslut i kraft' }).selectOption('no_decision');
    await expect(regionNames(page)).toHaveText(['Region Stockholm', 'Västra Götalandsregionen', 'Region Dalarna', 'Region Kronoberg']);
    await page.getByRole('checkbox', { name: 'Beslutsdatum' }).uncheck();
    await expect(table.getByRole('columnheader', { name: 'Beslutsdatum' })).toHaveCount(0);

    await page.goBack();
    await expect(table.getByRole('columnheader', { name: 'Beslutsdatum' })).toHaveCount(1);
    await expect(page.getByRole('checkbox', { name: 'Beslutsdatum' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Beslut i kraft' })).toHaveValue('no_decision');

    await page.goBack();
    await expect(page.getByRole('combobox', { name: 'Beslut i kraft' })).toHaveValue('all');
    await expect(regionNames(page)).toHaveCount(21);
    await expect(regionNames(page).first()).toHaveText('Region Stockholm');
    expect(search(page)).toBe('?view=table&date=2022-09-30&sort=population&order=desc');

    await page.goBack();
    await expect(table.getByRole('columnheader', { name: 'Folkmängd' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(regionNames(page).first()).toHaveText('Region Gotland');

    await page.goForward();
    await expect(table.getByRole('columnheader', { name: 'Folkmängd' })).toHaveAttribute('aria-sort', 'descending');
    await page.goForward();
    await expect(regionNames(page)).toHaveCount(4);
    await page.goForward();
    await expect(table.getByRole('columnheader', { name: 'Beslutsdatum' })).toHaveCount(0);
    expect(search(page)).toBe('?view=table&date=2022-09-30&kind=no_decision&sort=population&order=desc&columns=name,decision,population,capacity,residentsPerDoctor,gapTo1100,gapToOwnTarget,shareWithNamedContact,latestReportDate,source');
  });

  test('unknown values in the address fall back to the default view', async ({ page }) => {
    await page.goto('/?view=table&date=2022-09-30&kind=decided_everything&sort=nonsense&order=sideways&columns=bogus');
    const table = page.getByRole('table', { name: TABLE_CAPTION });
    await expect(table).toHaveAccessibleName(/2022-09-30/);
    await expect(page.getByRole('combobox', { name: 'Beslut i kraft' })).toHaveValue('all');
    await expect(regionNames(page)).toHaveCount(21);
    await expect(table.locator('th[aria-sort]')).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Källa för beslutet' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Specialister (heltider)' })).not.toBeChecked();
  });
});

test.describe('dates one can reach', () => {
  test('a date typed in the date field moves the map, the table and the address', async ({ page }) => {
    await page.goto('/?date=2022-07-01');
    await expect(page.getByText('Läget 2022-07-01')).toBeVisible();
    const field = page.getByLabel('Gå till datum');
    await expect(field).toHaveAttribute('type', 'date');
    await expect(field).toHaveAttribute('min', '2022-04-28');
    await expect(field).toHaveValue('2022-07-01');

    await field.fill('2023-03-15');
    await expect(page.getByText('Läget 2023-03-15')).toBeVisible();
    await expect(page.getByRole('img', { name: 'Karta över regionerna: Regionens beslut 2023-03-15' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Beslut och invånare per fast läkarkontakt 2023-03-15' })).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Datum' })).toHaveAttribute('aria-valuetext', '2023-03-15');
    expect(search(page)).toBe('?date=2023-03-15');

    await page.getByRole('tab', { name: 'Tabell' }).click();
    await expect(page.getByRole('table', { name: TABLE_CAPTION })).toHaveAccessibleName(/Regionernas beslut och bemanning 2023-03-15/);
    await page.getByLabel('Gå till datum').fill('2022-10-01');
    await expect(page.getByRole('table', { name: TABLE_CAPTION })).toHaveAccessibleName(/Regionernas beslut och bemanning 2022-10-01/);
    await expect(page).toHaveURL(/\?view=table&date=2022-10-01$/);

    // A date without data is not taken: the field says which dates there are, and nothing moves.
    await page.getByLabel('Gå till datum').fill('2021-06-01');
    await expect(page.getByLabel('Gå till datum')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/^Välj ett datum från 2022-04-28 till \d{4}-\d{2}-\d{2}\.$/)).toBeVisible();
    await expect(page.getByRole('table', { name: TABLE_CAPTION })).toHaveAccessibleName(/2022-10-01/);
    await expect(page).toHaveURL(/\?view=table&date=2022-10-01$/);
  });

  test('Page Up and Page Down on the slider move a month, with Shift a year; Home and End still work', async ({ page }) => {
    await page.goto('/?date=2022-07-01');
    await expect(page.getByText('Läget 2022-07-01')).toBeVisible();
    const slider = page.getByRole('slider', { name: 'Datum' });
    await slider.focus();

    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/\?date=2022-08-01$/);
    await expect(page.getByText('Läget 2022-08-01')).toBeVisible();
    await expect(slider).toHaveAttribute('aria-valuetext', '2022-08-01');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/\?date=2022-06-01$/);
    await page.keyboard.press('Shift+PageUp');
    await expect(page).toHaveURL(/\?date=2023-06-01$/);
    await page.keyboard.press('Shift+PageDown');
    await expect(page).toHaveURL(/\?date=2022-06-01$/);
    // Not before the guideline.
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/\?date=2022-04-28$/);
    await expect(slider).toBeFocused();

    await page.keyboard.press('End');
    await expect(page).not.toHaveURL(/date=/);
    await page.keyboard.press('PageUp');
    await expect(page).not.toHaveURL(/date=/);
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/\?date=2022-04-28$/);
  });

  test('"Nästa ändring" from 2022-07-01 lands on 2022-08-31, Norrbotten’s decision of August 2022', async ({ page }) => {
    await page.goto('/?date=2022-07-01');
    await expect(page.getByText('Läget 2022-07-01')).toBeVisible();
    const norrbotten = page.getByRole('row', { name: /Region Norrbotten/ });
    await expect(norrbotten).toContainText('Inget känt beslut');
    const next = page.getByRole('button', { name: 'Nästa ändring' });
    const previous = page.getByRole('button', { name: 'Föregående ändring' });
    await expect(next).toHaveAccessibleName('Nästa ändring (2022-08-31)');

    await next.click();
    await expect(page).toHaveURL(/\?date=2022-08-31$/);
    await expect(page.getByText('Läget 2022-08-31')).toBeVisible();
    await expect(norrbotten).toContainText('Beslut: 1 100');

    // By keyboard, keeping the focus on the button.
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?date=2022-09-30$/);
    await expect(next).toBeFocused();

    await previous.click();
    await expect(page).toHaveURL(/\?date=2022-08-31$/);
    await previous.click();
    await expect(page).toHaveURL(/\?date=2022-06-30$/);
    await expect(norrbotten).toContainText('Inget känt beslut');
    // Each step is a step back can undo.
    await page.goBack();
    await expect(page).toHaveURL(/\?date=2022-08-31$/);
    await expect(page.getByText('Läget 2022-08-31')).toBeVisible();
  });

  test('the steps are unavailable at the ends, and stay in the focus order', async ({ page }) => {
    await page.goto('/?date=2022-04-28');
    await expect(page.getByText('Läget 2022-04-28')).toBeVisible();
    const previous = page.getByRole('button', { name: 'Föregående ändring' });
    const next = page.getByRole('button', { name: 'Nästa ändring' });
    await expect(previous).toBeDisabled();
    await expect(next).toBeEnabled();
    await previous.focus();
    await expect(previous).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?date=2022-04-28$/);

    await page.getByRole('slider', { name: 'Datum' }).focus();
    await page.keyboard.press('End');
    await expect(page).not.toHaveURL(/date=/);
    await expect(next).toBeDisabled();
    await expect(previous).toBeEnabled();
  });
});

test.describe('a date outside the data', () => {
  test('before the guideline is shown as 2022-04-28, with a note, and the address corrected in place', async ({ page }) => {
    await page.goto('/');
    await page.goto('/?date=2021-01-01');
    const note = page.getByTestId('date-correction');
    await expect(note).toHaveText('Datumet 2021-01-01 ligger före riktvärdet (2022-04-28); visar 2022-04-28.');
    await expect(page.getByText('Läget 2022-04-28')).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Datum' })).toHaveAttribute('aria-valuetext', '2022-04-28');
    await expect(page).toHaveURL(/\/\?date=2022-04-28$/);
    // Replaced, not pushed: back leaves the corrected page rather than returning to the wrong date.
    await page.goBack();
    await expect(page).toHaveURL(/:\d+\/$/);

    await page.goForward();
    await expect(page).toHaveURL(/\/\?date=2022-04-28$/);
    await expect(page.getByText('Läget 2022-04-28')).toBeVisible();
    // A choice of one's own replaces the note.
    await page.getByRole('button', { name: 'Nästa ändring' }).click();
    await expect(page).toHaveURL(/\?date=2022-06-30$/);
    await expect(note).toHaveCount(0);
  });

  test('that does not exist, or after today, is moved too, in English', async ({ page }) => {
    await page.goto('/en?view=table&date=2021-02-30');
    const note = page.getByTestId('date-correction');
    await expect(note).toHaveText('The date 2021-02-30 does not exist; showing 2022-04-28.');
    await expect(page.getByRole('table', { name: /^The regions/ })).toHaveAccessibleName(/on 2022-04-28/);
    await expect(page).toHaveURL(/\/en\?view=table&date=2022-04-28$/);

    await page.goto('/en?date=2999-12-31');
    await expect(note).toHaveText(/^The date 2999-12-31 is after today \(\d{4}-\d{2}-\d{2}\); showing \d{4}-\d{2}-\d{2}\.$/);
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole('button', { name: 'Next change' })).toBeDisabled();
  });
});

test.describe('accessibility of the new controls', () => {
  test('the table view with a view from the address, the date field and the steps has no WCAG 2.1 AA violations', async ({ page }) => {
    await page.goto(`/${FULL_VIEW}`);
    await expectFullView(page);
    await expect(page.getByLabel('Gå till datum')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nästa ändring' })).toBeVisible();
    await expectNoAxeViolations(page);

    // With the note on a corrected date and the date field's hint showing.
    await page.goto('/?view=table&date=2021-01-01');
    await expect(page.getByTestId('date-correction')).toBeVisible();
    await page.getByLabel('Gå till datum').fill('2021-06-01');
    await expect(page.getByLabel('Gå till datum')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
  });

  test('in English', async ({ page }) => {
    await page.goto('/en?view=table&date=2022-09-30&sort=population&order=desc');
    await expect(page.getByRole('table', { name: /^The regions/ })).toHaveAccessibleName(/on 2022-09-30/);
    await expect(page.getByRole('button', { name: 'Previous change' })).toBeEnabled();
    await expect(page.getByLabel('Go to date')).toHaveValue('2022-09-30');
    await expectNoAxeViolations(page);
  });
});
