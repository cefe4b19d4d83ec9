import { expect, test } from '@playwright/test';
import { E2E_ACCOUNTS } from './accounts';
import { expectNoAxeViolations } from './accessibility';
import { signedInPage } from './support/sign-in';
import { fillRoundForm } from './support/rounds';
import { fillStaffingForm } from './support/staffing';

test('a region sends in its staffing, Socialstyrelsen returns it with a reason, the region corrects it, it is approved and published; the public status board follows every step, and the region page and the change log show the figures at once', async ({ browser, page }) => {
  test.slow();
  /** Region Norrbotten's state in the round, as the public board shows it. */
  const boardState = async () => {
    await page.goto('/rapporteringslage');
    const row = page.getByRole('table', { name: 'Uppföljning juni 2026: läget per region' }).getByRole('row', { name: /Region Norrbotten/ });
    return (await row.locator('td').first().innerText()).trim();
  };
  const admin = await signedInPage(browser, E2E_ACCOUNTS.admin.email);
  await admin.goto('/administration/omgangar');
  await fillRoundForm(admin, { name: 'Uppföljning juni 2026', referenceDate: '2026-06-30', opensOn: '2026-07-01', closesOn: '2026-09-30' });
  await admin.getByRole('button', { name: 'Öppna omgången' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Omgången är öppnad.' })).toBeVisible();

  // The public status board has the round at once; its last day has passed, so every region is late.
  expect(await boardState()).toBe('Inte påbörjad');
  await expect(page.getByRole('table', { name: 'Uppföljning juni 2026: läget per region' }).getByRole('row', { name: /Region Gotland/ }).locator('td').nth(1)).toHaveText(/^\d+$/);
  await expectNoAxeViolations(page);

  // The public page before: no staffing for the date (and it is now cached).
  await page.goto('/region/25');
  await expect(page.getByRole('cell', { name: '2026-06-30' })).toHaveCount(0);

  const editor = await signedInPage(browser, E2E_ACCOUNTS.norrbotten.email);
  /** The region opens its returned report from its list, reads why, corrects the source and sends it in again. */
  const correctAndResend = async (reason: string, source: string) => {
    await editor.getByRole('row', { name: /2026-06-30/ }).getByRole('link', { name: 'Ändra' }).click();
    await expect(editor.getByTestId('returned-because')).toContainText(reason);
    await editor.getByLabel('Källa för uppgifterna').fill(source);
    await editor.getByRole('button', { name: 'Spara utkast' }).click();
    await editor.getByRole('row', { name: /2026-06-30/ }).getByRole('button', { name: 'Skicka in' }).click();
    await expect(editor.getByRole('row', { name: /2026-06-30/ })).toContainText('Inskickad');
  };
  await editor.goto('/rapportera/bemanning/ny');
  await fillStaffingForm(editor, { referenceDate: '2026-06-30', specialistsHeadcount: '120', specialistsFte: '112,5', traineesHeadcount: '30', traineesFte: '29', source: 'Personalsystemet' });
  await editor.getByRole('button', { name: 'Spara utkast' }).click();
  await editor.getByRole('row', { name: /2026-06-30/ }).getByRole('button', { name: 'Skicka in' }).click();
  await expect(editor.getByRole('row', { name: /2026-06-30/ })).toContainText('Inskickad');
  expect(await boardState()).toBe('Inskickad');

  // Returned with a reason, which the region sees; nothing chosen or no reason is refused first.
  await admin.goto('/administration/granskning');
  const submitted = admin.getByTestId('review-submitted');
  const row = submitted.getByRole('row', { name: /Region Norrbotten/ });
  await expect(row).toContainText('2026-06-30');
  await expect(row).toContainText(/\d+ dagar sent/);
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: 'Skicka tillbaka valda' }).click();
  await expect(admin.getByTestId('review-error')).toHaveText('Välj minst en uppgift.');
  // The error stands right above the records to choose from.
  await expect(admin.locator('#review-submitted-error + [data-testid="review-submitted"] > .table-scroll[aria-labelledby="review-submitted-reports"]')).toBeVisible();
  await admin.getByRole('checkbox', { name: /Bemanning 2026-06-30 från Region Norrbotten/ }).check();
  await admin.getByRole('button', { name: 'Skicka tillbaka valda' }).click();
  await expect(admin.getByTestId('review-error')).toHaveText('Skriv en motivering: regionen behöver veta varför.');
  // …and this one at the comment field, which has the focus and is described by it.
  const comment = admin.getByLabel('Kommentar till regionen');
  await expect(comment).toBeFocused();
  await expect(comment).toHaveAttribute('aria-invalid', 'true');
  await expect(comment).toHaveAttribute('aria-describedby', 'comment-hint comment-error');
  await admin.getByRole('checkbox', { name: /Bemanning 2026-06-30 från Region Norrbotten/ }).check();
  await admin.getByLabel('Kommentar till regionen').fill('Ange vilket system och vilket uttagsdatum.');
  await admin.getByRole('button', { name: 'Skicka tillbaka valda' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'De valda uppgifterna är tillbakaskickade till regionerna.' })).toBeVisible();

  expect(await boardState()).toBe('Återsänd för ändring');
  await editor.goto('/rapportera');
  await expect(editor.getByRole('row', { name: /2026-06-30/ })).toContainText('Återsänd för ändring');
  await correctAndResend('Ange vilket system och vilket uttagsdatum.', 'Personalsystemet Heroma, uttag 2026-07-03');

  // Approved, then published: the public sees it on its next request.
  await admin.goto('/administration/granskning');
  await admin.getByRole('checkbox', { name: /Bemanning 2026-06-30 från Region Norrbotten/ }).check();
  await admin.getByRole('button', { name: 'Godkänn valda' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'De valda uppgifterna är godkända.' })).toBeVisible();
  await editor.goto('/rapportera');
  await expect(editor.getByRole('row', { name: /2026-06-30/ })).toContainText('Godkänd');
  expect(await boardState()).toBe('Godkänd');
  await page.goto('/region/25');
  await expect(page.getByRole('cell', { name: '2026-06-30' })).toHaveCount(0);

  // Reopened with a reason the region sees: no longer locked, back on the board as returned; sent in and approved again.
  const approvedRow = admin.getByTestId('review-approved').getByRole('row', { name: /Region Norrbotten/ });
  await approvedRow.getByLabel('Varför öppnas den igen?').fill('Uttagsdatumet ska vara 30 juni.');
  await approvedRow.getByRole('button', { name: 'Öppna igen för regionen' }).click();
  await expect(admin.getByRole('status').filter({ hasText: /öppnad igen|öppnade igen/ })).toBeVisible();
  expect(await boardState()).toBe('Återsänd för ändring');
  await editor.goto('/rapportera');
  await correctAndResend('Uttagsdatumet ska vara 30 juni.', 'Personalsystemet Heroma, uttag 2026-06-30');
  await admin.goto('/administration/granskning');
  await admin.getByRole('checkbox', { name: /Bemanning 2026-06-30 från Region Norrbotten/ }).check();
  await admin.getByRole('button', { name: 'Godkänn valda' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'De valda uppgifterna är godkända.' })).toBeVisible();

  // Publishing with nothing chosen is refused at the list of approved records.
  await admin.getByRole('button', { name: 'Publicera valda' }).click();
  await expect(admin.locator('#review-approved-error')).toHaveText('Välj minst en uppgift.');
  await admin.getByTestId('review-approved').getByRole('checkbox', { name: /Bemanning 2026-06-30 från Region Norrbotten/ }).check();
  await admin.getByRole('button', { name: 'Publicera valda' }).click();
  await admin.getByRole('button', { name: 'Ja, publicera 1 uppgift' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'De valda uppgifterna är publicerade och syns nu för alla.' })).toBeVisible();

  await page.goto('/region/25');
  // The region's staffing table (the comparison on the same page names the date too).
  const published = page.locator('table:has(caption#staffing-caption)').getByRole('row', { name: /2026-06-30/ });
  await expect(published).toContainText('112,5');
  expect(await boardState()).toBe('Publicerad');
  await page.goto('/vad-ar-nytt');
  await expect(page.getByTestId('change-log').locator('li').first()).toContainText('Region Norrbotten: bemanning 2026-06-30: 112,5 heltider specialister och 29 heltider ST-läkare (ny)');
  await expectNoAxeViolations(page);
  const api = await (await page.request.get('/api/v1/staffing?region=25')).text();
  expect(api).toContain('112.5');
  expect(api).toContain('Heroma');
});
