import { expect, test, type Page } from '@playwright/test';
import { E2E_ACCOUNTS } from './accounts';
import { expectNoAxeViolations } from './accessibility';
import { fillRoundForm } from './support/rounds';
import { signedInPage, signIn } from './support/sign-in';

/*
 * Forms that guide: the staffing form names the rounds that take a report before anything is typed;
 * a bad value is answered with what is expected and its limits, next to the field and in a focused
 * summary that links to each field; and all of it can be corrected and saved by keyboard alone.
 */

const editor = E2E_ACCOUNTS.vasternorrland;

/**
 * A reference date of its own for each round this file opens (a round's date is unique, and each worker
 * running these tests opens one), in years no other test uses.
 */
const freshReferenceDate = () => {
  const two = (n: number) => String(n).padStart(2, '0');
  const random = (n: number) => 1 + Math.floor(Math.random() * n);
  return `20${two(random(10))}-${two(random(12))}-${two(random(28))}`;
};
let referenceDate = '';
let roundName = '';

const LABELS = {
  referenceDate: 'Referensdatum (ÅÅÅÅ-MM-DD)',
  specialistsHeadcount: 'Specialister i allmänmedicin som är fast läkarkontakt (antal personer)',
  specialistsFte: 'Specialister (heltidsekvivalenter)',
  residents: 'Invånare med namngiven fast läkarkontakt (frivilligt)',
};

/** Presses `key` until the element with `id` has focus, as a keyboard user moves through the page. */
async function tabUntil(page: Page, id: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press(key);
  }
  throw new Error(`#${id} was not reached by ${key}`);
}

/** Replaces a focused field's text by typing, as a keyboard user does (select all, then type). */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test.describe('forms that guide', () => {
  test.beforeAll(async ({ browser }) => {
    // An open round of this run's own, so the form has a known date to name.
    referenceDate = freshReferenceDate();
    roundName = `Formulärprov ${referenceDate}`;
    const admin = await signedInPage(browser, E2E_ACCOUNTS.admin.email);
    await admin.goto('/administration/omgangar');
    await fillRoundForm(admin, { name: roundName, referenceDate, opensOn: referenceDate, closesOn: '2099-12-31' });
    await admin.getByRole('button', { name: 'Öppna omgången' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Omgången är öppnad.' })).toBeVisible();
    await admin.context().close();
  });

  test('an editor sees the open rounds first, is told each bad value with its limits in a focused summary, and corrects and saves by keyboard alone', async ({ page }) => {
    // Two sign-ins' worth of password hashing and an axe run: a long test, however fast the machine.
    test.slow();
    await signIn(page, editor.email);
    await page.goto('/rapportera/bemanning/ny');

    // Before anything is typed: the dates a report can be sent in for now, this run's round among them.
    const notice = page.getByTestId('round-notice');
    await expect(notice).toContainText('Referensdatum som kan skickas in nu:');
    await expect(notice.getByRole('listitem').filter({ hasText: roundName })).toHaveText(`${referenceDate} (${roundName}, sista dag att rapportera 2099-12-31)`);
    await expect(page.getByLabel(LABELS.referenceDate)).toHaveAttribute('aria-describedby', /referenceDate-notice/);

    // Typed by keyboard from the first field: an empty headcount, a negative FTE and 99 999 999 residents.
    await tabUntil(page, 'referenceDate');
    await page.keyboard.type(referenceDate);
    await page.keyboard.press('Tab'); // the headcount stays empty
    await page.keyboard.press('Tab');
    await page.keyboard.type('-1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('70');
    await page.keyboard.press('Tab');
    await page.keyboard.type('60');
    await page.keyboard.press('Tab');
    await page.keyboard.type('99 999 999');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Regionens HR-system');
    await page.keyboard.press('Enter');

    // The summary takes focus, counts the errors and links to each field with its label and message.
    const summary = page.getByTestId('form-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { level: 2 })).toHaveText('Rätta 3 fel');
    const links = summary.getByRole('link');
    await expect(links).toHaveCount(3);
    await expect(links.nth(0)).toHaveAttribute('href', '#specialistsHeadcount');
    await expect(links.nth(0)).toHaveText(/^Specialister i allmänmedicin som är fast läkarkontakt \(antal personer\): Ange ett heltal mellan 0 och 20\s000\.$/);
    await expect(links.nth(1)).toHaveAttribute('href', '#specialistsFte');
    await expect(links.nth(1)).toHaveText(/^Specialister \(heltidsekvivalenter\): Ange ett tal mellan 0 och 20\s000, till exempel 36,5\.$/);
    await expect(links.nth(2)).toHaveAttribute('href', '#residentsWithNamedContact');
    await expect(links.nth(2)).toHaveText(/: Ange ett heltal mellan 0 och 5\s000\s000\.$/);

    // Each message also stands under its field, tied to it.
    const headcount = page.getByLabel(LABELS.specialistsHeadcount);
    await expect(headcount).toHaveAttribute('aria-invalid', 'true');
    await expect(headcount).toHaveAttribute('aria-describedby', /specialistsHeadcount-error/);
    await expect(page.locator('#specialistsHeadcount-error')).toHaveText(/^Ange ett heltal mellan 0 och 20\s000\.$/);
    await expect(page.locator('#specialistsFte-error')).toHaveText(/^Ange ett tal mellan 0 och 20\s000, till exempel 36,5\.$/);
    await expect(page.locator('#residentsWithNamedContact-error')).toHaveText(/^Ange ett heltal mellan 0 och 5\s000\s000\.$/);
    // What was typed stays.
    await expect(page.getByLabel(LABELS.residents)).toHaveValue('99 999 999');
    await expectNoAxeViolations(page);

    // From the summary by keyboard: the first link leads into the empty field.
    await page.keyboard.press('Tab');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(headcount).toBeFocused();
    await page.keyboard.type('150');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(LABELS.specialistsFte)).toBeFocused();
    await retype(page, '140,5');
    // On past the trainees' fields to the residents; Enter sends the form from there.
    await tabUntil(page, 'residentsWithNamedContact');
    await retype(page, '150 000');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(referenceDate) });
    await expect(row).toContainText('140,5');
    await expect(row).toContainText('Utkast');
  });

  test('a decision\'s year "20x5" is answered the same by the browser\'s check and by the server', async ({ page, browser }) => {
    test.slow();
    await signIn(page, editor.email);
    const yearMessage = 'Ange ett årtal mellan 2000 och 2100, till exempel 2030.';
    const fillDecision = async (form: Page) => {
      await form.goto('/rapportera/beslut/ny');
      await form.getByLabel('Vad beslutades?').selectOption({ label: 'Beslut om en annan siffra' });
      await form.getByLabel('Antal invånare per fast läkarkontakt').fill('1 400');
      await form.getByLabel('Målår (om beslutet har ett)').fill('20x5');
      await form.getByLabel('Beslutsdatum', { exact: true }).fill('2024-05');
      await form.getByRole('button', { name: 'Spara utkast' }).click();
    };

    await fillDecision(page);
    await expect(page.getByTestId('form-summary')).toBeFocused();
    await expect(page.locator('#targetYear-error')).toHaveText(yearMessage);
    await expect(page.getByTestId('form-summary').getByRole('link', { name: `Målår (om beslutet har ett): ${yearMessage}` })).toHaveAttribute('href', '#targetYear');

    // Without JavaScript the server checks alone, with the very same words.
    const serverOnly = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const plain = await serverOnly.newPage();
    await fillDecision(plain);
    await expect(plain.locator('#targetYear-error')).toHaveText(yearMessage);
    await expect(plain.getByTestId('form-summary')).toContainText('Rätta 1 fel');
    await expect(plain.getByTestId('form-summary')).toContainText('Uppgifterna har inte sparats.');
    await expect(plain.getByTestId('form-summary').getByRole('link', { name: `Målår (om beslutet har ett): ${yearMessage}` })).toHaveAttribute('href', '#targetYear');
    await serverOnly.close();
  });

  test('in English every message and the open rounds are in English', async ({ page }) => {
    test.slow();
    await signIn(page, editor.email);
    await page.goto('/en/rapportera/bemanning/ny');
    await expect(page.getByTestId('round-notice')).toContainText('Reference dates that can be sent in now:');
    await expect(page.getByTestId('round-notice').getByRole('listitem').filter({ hasText: roundName })).toHaveText(`${referenceDate} (${roundName}, last day to report 2099-12-31)`);
    await page.getByLabel('Reference date (YYYY-MM-DD)').fill('2011-13-01');
    await page.getByLabel('Specialists (full-time equivalents)').fill('20000,5');
    await page.getByLabel('GP trainees (ST) working as named GP (people)').fill('3');
    await page.getByLabel('GP trainees (full-time equivalents)').fill('2,5');
    await page.getByLabel('Source of the figures').fill('HR');
    await page.getByRole('button', { name: 'Save draft' }).click();

    const summary = page.getByTestId('form-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { level: 2 })).toHaveText('Fix 3 errors');
    await expect(page.locator('#referenceDate-error')).toHaveText('Enter the date as YYYY-MM-DD, for example 2025-12-31.');
    await expect(page.locator('#specialistsHeadcount-error')).toHaveText('Enter a whole number between 0 and 20,000.');
    await expect(page.locator('#specialistsFte-error')).toHaveText('Enter a number between 0 and 20,000, for example 36.5.');
    await expectNoAxeViolations(page);
  });
});
