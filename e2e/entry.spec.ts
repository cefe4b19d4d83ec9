import { expect, test } from '@playwright/test';
import { E2E_ACCOUNTS } from './accounts';
import { expectNoAxeViolations } from './accessibility';
import { signedInPage, signIn } from './support/sign-in';
import { fillRoundForm } from './support/rounds';
import { fillStaffingForm } from './support/staffing';

test.describe('a region records its data', () => {
  test('an editor records a decision and a staffing report (with one plausibility question), submits both, and sees them listed with their history; the audit trail has each step', async ({ page, browser }) => {
    // Two accounts signing in, many saves and two axe runs: a long test, however fast the machine.
    test.slow();
    await signIn(page, E2E_ACCOUNTS.varmland.email);
    await page.getByRole('link', { name: 'Rapportera beslut och bemanning för Region Värmland' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapportera för Region Värmland');

    // A decision: a wrong date is pointed out at its field and what was typed stays.
    await page.getByRole('link', { name: 'Registrera ett beslut' }).click();
    await page.getByLabel('Vad beslutades?').selectOption({ label: 'Beslut om en annan siffra' });
    await page.getByLabel('Antal invånare per fast läkarkontakt').fill('1 400');
    await page.getByLabel('Är siffran ett steg på vägen eller målet?').selectOption({ label: 'Ett steg mot 1 100' });
    await page.getByLabel('Beslutsdatum', { exact: true }).fill('2024-13');
    await page.getByLabel('Beslutande organ').fill('Regionfullmäktige');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const decidedOn = page.getByLabel('Beslutsdatum', { exact: true });
    await expect(decidedOn).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#decidedOn-error')).toHaveText('Skriv datumet som ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ.');
    await expect(page.getByLabel('Antal invånare per fast läkarkontakt')).toHaveValue('1 400');
    await expectNoAxeViolations(page);
    await decidedOn.fill('2024-05');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeVisible();
    const decisionRow = page.getByRole('row', { name: /maj 2024/ });
    await expect(decisionRow).toContainText(/Beslut: 1\s400 som steg mot 1\s100/);
    await expect(decisionRow).toContainText('Utkast');

    // A staffing report with more FTE than people: the form asks for an explanation instead of refusing.
    await page.getByRole('link', { name: 'Rapportera bemanning' }).click();
    await fillStaffingForm(page, { referenceDate: '2025-12-31', specialistsHeadcount: '40', specialistsFte: '42,5', traineesHeadcount: '10', traineesFte: '8,5', source: 'Regionens HR-system' });
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect(page.getByTestId('form-warnings')).toContainText('Heltidsekvivalenterna är fler än antalet personer.');
    await expect(page.getByLabel('Specialister (heltidsekvivalenter)')).toHaveValue('42,5');
    await page.getByLabel('Förklaring').fill('Jourtid räknas in i heltiderna.');
    await page.getByRole('button', { name: 'Spara med förklaringen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeVisible();
    const reportRow = page.getByRole('row', { name: /2025-12-31/ });
    await expect(reportRow).toContainText('42,5');

    // Submit both; they become read-only to the region. A staffing report goes in only within a
    // follow-up round for its date: until Socialstyrelsen opens one, it is refused with the reason.
    await decisionRow.getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Uppgiften är inskickad för granskning.' })).toBeVisible();
    await page.getByRole('row', { name: /2025-12-31/ }).getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Det finns ingen uppföljningsomgång för rapportens referensdatum' })).toBeVisible();
    // The refusal names the rounds that do take a report now, and their dates (or that none is open).
    await expect(page.getByRole('alert').getByTestId('round-notice')).toContainText(/Referensdatum som kan skickas in nu|Ingen uppföljningsomgång är öppen/);
    await expect(page.getByRole('row', { name: /2025-12-31/ })).toContainText('Utkast');

    const admin = await signedInPage(browser, E2E_ACCOUNTS.admin.email);
    await admin.getByRole('link', { name: 'Uppföljningsomgångar' }).click();
    await fillRoundForm(admin, { name: 'Uppföljning 2025', referenceDate: '2025-12-31', opensOn: '2026-01-15', closesOn: '2026-01-14' });
    await admin.getByRole('button', { name: 'Öppna omgången' }).click();
    await expect(admin.locator('#closesOn-error')).toHaveText('Sista dagen kan inte ligga före öppningsdagen.');
    await expectNoAxeViolations(admin);
    await admin.getByLabel('Sista dag att rapportera (ÅÅÅÅ-MM-DD)').fill('2099-12-31');
    await admin.getByRole('button', { name: 'Öppna omgången' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Omgången är öppnad.' })).toBeVisible();
    await expect(admin.getByRole('row', { name: /Uppföljning 2025/ })).toContainText('2099-12-31');

    await page.getByRole('row', { name: /2025-12-31/ }).getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByRole('row', { name: /2025-12-31/ })).toContainText('Inskickad');
    await expect(page.getByRole('row', { name: /maj 2024/ })).toContainText('Inskickad');
    await expect(page.getByRole('row', { name: /maj 2024/ }).getByRole('button', { name: 'Skicka in' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Each record's history names every step and who took it.
    await page.getByRole('row', { name: /2025-12-31/ }).getByRole('link', { name: 'Visa' }).click();
    const history = page.getByTestId('record-history');
    await expect(history.locator('li')).toHaveCount(2);
    await expect(history.locator('li').nth(0)).toContainText('skapad av Vera Värmlänning');
    await expect(history.locator('li').nth(1)).toContainText('inskickad av Vera Värmlänning');
    await expect(page.getByRole('button', { name: /Spara/ })).toHaveCount(0);

    // Socialstyrelsen's audit trail has every step, with the values and the explanation.
    await admin.goto(`/administration/logg?who=${E2E_ACCOUNTS.varmland.email}&entity=staffing_report`);
    const trail = admin.getByTestId('audit-table');
    await expect(trail.getByRole('row').filter({ hasText: 'skapad' })).toContainText('plausibilityExplanation: Jourtid räknas in i heltiderna.');
    await expect(trail.getByRole('row').filter({ hasText: 'inskickad' })).toContainText('status: draft → submitted');
    await admin.goto(`/administration/logg?who=${E2E_ACCOUNTS.varmland.email}&entity=decision`);
    for (const step of ['skapad', 'inskickad']) await expect(trail.getByRole('cell', { name: step, exact: true })).toHaveCount(1);

    // Submitted is not published: nothing of it reaches the open data or the region's public page.
    for (const url of ['/api/v1/staffing?region=17', '/api/v1/staffing?region=17&format=csv', '/api/v1/decisions?region=17', '/api/v1/measures?region=17', '/region/17']) {
      const body = await (await page.request.get(url)).text();
      for (const secret of ['42.5', '42,5', 'Jourtid', 'HR-system']) expect(body, url).not.toContain(secret);
    }
  });

  test('an administrator has no region to report for, and a signed-out visitor is sent to sign in', async ({ page }) => {
    await page.goto('/rapportera/beslut/ny');
    await expect(page).toHaveURL(/\/logga-in\?next=%2Frapportera%2Fbeslut%2Fny$/);
    await signIn(page, E2E_ACCOUNTS.admin.email);
    await page.goto('/rapportera');
    await expect(page.getByText('Den här sidan är för regionernas redigerare.')).toBeVisible();
  });
});
